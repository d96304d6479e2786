#if canImport(Glibc)
  import Glibc
#endif

/// The file a synthesis child leaves for its parent, also the render cache's entry format:
/// the speech of a sequence of calls, checksummed so that a torn or corrupt file is refused.
///
/// Layout, little-endian: magic `LSPA`, version (`UInt16`), reserved (`UInt16`), speech count
/// (`UInt32`), body length (`UInt64`); per speech its sample rate, sample count and event
/// count (`UInt32` each), the samples (`Int16`), the events (kind `UInt8`, then sample, text
/// position and length as `UInt32`); last the CRC-32 of everything before it.
public enum SpeechArchive {
  /// The first four bytes of an archive.
  static let magic: [UInt8] = Array("LSPA".utf8)
  /// The format version this code writes and reads.
  static let version: UInt16 = 1
  private static let headerSize = 4 + 2 + 2 + 4 + 8

  /// Writes `speeches` to `path` atomically: into a temporary file beside it, then renamed.
  ///
  /// - Throws: ``SpeechError`` naming the path and the failed system call.
  public static func write(_ speeches: [Speech], to path: String) throws(SpeechError) {
    let bytes = encode(speeches)
    let temporary = "\(path).tmp-\(getpid())"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw SpeechError.system("open", subject: temporary, errno: errno, exitStatus: .cannotCreate)
    }
    do throws(SpeechError) {
      try SystemCall.writeAll(descriptor, bytes, subject: temporary)
    } catch {
      close(descriptor)
      unlink(temporary)
      throw error
    }
    if close(descriptor) != 0 {
      let code = errno
      unlink(temporary)
      throw SpeechError.system("close", subject: temporary, errno: code, exitStatus: .ioError)
    }
    if rename(temporary, path) != 0 {
      let code = errno
      unlink(temporary)
      throw SpeechError.system("rename", subject: path, errno: code, exitStatus: .cannotCreate)
    }
  }

  /// Reads the speeches archived at `path`.
  ///
  /// Lengths and structure are always checked; the checksum over the whole file is skipped
  /// only when `verifyingChecksum` is `false`, for an archive the caller already verified or
  /// that a child it waited for has just written.
  ///
  /// - Throws: ``SpeechError`` when the file cannot be read, or is not an archive of this
  ///   version, or is truncated, or its checksum does not match: never garbage.
  public static func read(
    _ path: String, verifyingChecksum: Bool = true
  ) throws(SpeechError) -> [Speech] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw SpeechError.system("open", subject: path, errno: errno, exitStatus: .noInput)
    }
    defer { close(descriptor) }
    return try decode(
      SystemCall.readAll(descriptor, subject: path), path: path,
      verifyingChecksum: verifyingChecksum)
  }

  /// The archive bytes of `speeches`.
  static func encode(_ speeches: [Speech]) -> [UInt8] {
    let bodySize = speeches.reduce(0) { $0 + 12 + $1.samples.count * 2 + $1.events.count * 13 }
    var archive = ByteWriter(capacity: headerSize + bodySize + 4)
    archive.append(contentsOf: magic)
    archive.append(version)
    archive.append(UInt16(0))
    archive.append(UInt32(clamping: speeches.count))
    archive.append(UInt64(bodySize))
    for speech in speeches {
      archive.append(UInt32(clamping: speech.sampleRate))
      archive.append(UInt32(clamping: speech.samples.count))
      archive.append(UInt32(clamping: speech.events.count))
      archive.append(speech.samples)
      for event in speech.events {
        archive.append(kindCodes[event.kind] ?? 0)
        archive.append(UInt32(clamping: event.sample))
        archive.append(UInt32(clamping: event.textPosition))
        archive.append(UInt32(clamping: event.length))
      }
    }
    archive.append(CRC32.checksum(archive.bytes[...]))
    return archive.bytes
  }

  /// The speeches in archive `bytes`, read from `path`.
  static func decode(
    _ bytes: [UInt8], path: String, verifyingChecksum: Bool = true
  ) throws(SpeechError) -> [Speech] {
    guard bytes.count >= headerSize + 4, Array(bytes[0..<4]) == magic else {
      throw SpeechError.archive(path, problem: "no LSPA header")
    }
    var header = ByteReader(bytes, offset: 4)
    guard let fileVersion = header.read(UInt16.self), fileVersion == version else {
      throw SpeechError.archive(path, problem: "format version is not \(version)")
    }
    _ = header.read(UInt16.self)
    guard let count = header.read(UInt32.self), let bodyLength = header.read(UInt64.self),
      UInt64(bytes.count) == UInt64(headerSize) + bodyLength + 4
    else {
      throw SpeechError.archive(path, problem: "length does not match its header (truncated?)")
    }
    var trailer = ByteReader(bytes, offset: bytes.count - 4)
    if verifyingChecksum {
      guard trailer.read(UInt32.self) == CRC32.checksum(bytes[0..<(bytes.count - 4)]) else {
        throw SpeechError.archive(path, problem: "checksum mismatch")
      }
    }
    var reader = ByteReader(bytes, offset: headerSize, end: bytes.count - 4)
    var speeches: [Speech] = []
    for _ in 0..<count {
      guard let speech = readSpeech(&reader) else {
        throw SpeechError.archive(path, problem: "speech \(speeches.count) is cut short")
      }
      speeches.append(speech)
    }
    guard reader.remaining == 0 else {
      throw SpeechError.archive(path, problem: "unexpected bytes after the last speech")
    }
    return speeches
  }

  private static func readSpeech(_ reader: inout ByteReader) -> Speech? {
    guard let rate = reader.read(UInt32.self), let sampleCount = reader.read(UInt32.self),
      let eventCount = reader.read(UInt32.self),
      let samples = reader.readSamples(count: Int(sampleCount))
    else { return nil }
    var events: [SynthesisEvent] = []
    for _ in 0..<eventCount {
      guard let code = reader.read(UInt8.self), let kind = kinds[code],
        let sample = reader.read(UInt32.self), let position = reader.read(UInt32.self),
        let length = reader.read(UInt32.self)
      else { return nil }
      events.append(
        SynthesisEvent(
          kind: kind, sample: Int(sample), textPosition: Int(position), length: Int(length)))
    }
    return Speech(samples: samples, sampleRate: Int(rate), events: events)
  }

  private static let kinds: [UInt8: SynthesisEvent.Kind] = [1: .sentence, 2: .word, 3: .end]
  private static let kindCodes: [SynthesisEvent.Kind: UInt8] = [.sentence: 1, .word: 2, .end: 3]
}
