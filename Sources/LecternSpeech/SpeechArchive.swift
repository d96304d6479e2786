import LecternSystem

/// The file a synthesis child leaves for its parent, also the render cache's entry format:
/// the speech of a sequence of calls, bound to the key it was made for, checksummed so that
/// a torn, corrupt or misplaced file is refused.
///
/// Layout, little-endian: magic `LSPA`, version (`UInt16`), reserved (`UInt16`), speech count
/// (`UInt32`), the key (length `UInt32`, UTF-8); per speech its sample rate, sample count and
/// event count (`UInt32` each), the samples (`Int16`), the events (kind `UInt8`, then sample,
/// text position and length as `UInt32`); then the length of everything before it
/// (`UInt64`), and last the CRC-32 of everything before the CRC. The length and checksum
/// come last so that a worker can stream each call's speech to the file as it is made.
public enum SpeechArchive {
  /// The first four bytes of an archive.
  static let magic: [UInt8] = Array("LSPA".utf8)
  /// The format version this code writes and reads (2: the key is stored, trailer at end).
  static let version: UInt16 = 2
  /// The size of the trailer: the length (`UInt64`) and the CRC-32.
  static let trailerSize = 12
  /// The largest archive read (≈ 6 hours of audio): a part's limit, with room.
  public static let sizeLimit = 1 << 30

  /// Streams speeches into an archive: a temporary beside `path`, renamed to it by
  /// ``finish()``, removed if dropped unfinished. Memory holds one speech at a time.
  public final class Writer {
    let path: String
    private let temporary: String
    private var file: Descriptor?
    private var state = CRC32.start
    private var length: UInt64 = 0
    private let expected: Int
    private var written = 0

    /// Creates the temporary and writes the header for `calls` speeches made for `key`.
    ///
    /// - Throws: ``SpeechError`` (exit `EX_CANTCREAT`) when the file cannot be created.
    public init(path: String, key: String = "", calls: Int) throws(SpeechError) {
      self.path = path
      self.expected = calls
      temporary = TemporaryName.path(beside: path)
      do throws(SystemError) {
        file = try Descriptor.createNew(temporary)
      } catch {
        throw SpeechError(error.reporting(temporary, as: path))
      }
      var header = ByteWriter()
      header.append(contentsOf: SpeechArchive.magic)
      header.append(SpeechArchive.version)
      header.append(UInt16(0))
      header.append(UInt32(clamping: calls))
      header.append(key)
      try write(header.bytes)
    }

    deinit {
      if file != nil {
        file = nil
        FileSystem.removeTree(temporary)
      }
    }

    /// Appends the next speech.
    public func append(_ speech: Speech) throws(SpeechError) {
      var head = ByteWriter(capacity: 12)
      head.append(UInt32(clamping: speech.sampleRate))
      head.append(UInt32(clamping: speech.samples.count))
      head.append(UInt32(clamping: speech.events.count))
      try write(head.bytes)
      #if _endian(little)
        // The samples go out from their own storage, already little-endian: a copy would
        // touch as many new pages again in a short-lived worker.
        try writeSamples(speech.samples)
      #else
        var samples = ByteWriter(capacity: speech.samples.count * 2)
        samples.append(speech.samples)
        try write(samples.bytes)
      #endif
      var record = ByteWriter(capacity: speech.events.count * 13)
      for event in speech.events {
        record.append(SpeechArchive.kindCodes[event.kind] ?? 0)
        record.append(UInt32(clamping: event.sample))
        record.append(UInt32(clamping: event.textPosition))
        record.append(UInt32(clamping: event.length))
      }
      try write(record.bytes)
      written += 1
    }

    /// Writes the trailer, syncs nothing (the cache is a cache) and renames the file into
    /// place.
    public func finish() throws(SpeechError) {
      guard written == expected else {
        throw SpeechError(
          "\(path): \(written) speeches written for \(expected) calls", exitStatus: .software)
      }
      var trailer = ByteWriter()
      trailer.append(length + 8)
      try write(trailer.bytes)
      var checksum = ByteWriter()
      checksum.append(CRC32.finish(state))
      do throws(SystemError) {
        try file?.write(checksum.bytes)
        if let open = file.take() { try open.close() }
        try FileSystem.rename(temporary, to: path, failureStatus: .cannotCreate)
      } catch {
        FileSystem.removeTree(temporary)
        throw SpeechError(error.reporting(temporary, as: path))
      }
    }

    private func write(_ bytes: [UInt8]) throws(SpeechError) {
      var failure: SpeechError?
      bytes.withUnsafeBytes { raw in
        do throws(SpeechError) { try write(raw) } catch { failure = error }
      }
      if let failure { throw failure }
    }

    private func writeSamples(_ samples: [Int16]) throws(SpeechError) {
      var failure: SpeechError?
      samples.withUnsafeBytes { raw in
        do throws(SpeechError) { try write(raw) } catch { failure = error }
      }
      if let failure { throw failure }
    }

    private func write(_ bytes: UnsafeRawBufferPointer) throws(SpeechError) {
      do throws(SystemError) {
        try file?.write(bytes)
      } catch {
        throw SpeechError(error.reporting(temporary, as: path))
      }
      state = CRC32.update(state, with: bytes)
      length += UInt64(bytes.count)
    }
  }

  /// Writes `speeches` to `path` atomically (for tests and tools; workers stream with
  /// ``Writer``).
  public static func write(
    _ speeches: [Speech], to path: String, key: String = ""
  )
    throws(SpeechError)
  {
    let writer = try Writer(path: path, key: key, calls: speeches.count)
    for speech in speeches { try writer.append(speech) }
    try writer.finish()
  }

  /// Reads the speeches archived at `path`.
  ///
  /// Lengths and structure are always checked; the checksum over the whole file is skipped
  /// only when `verifyingChecksum` is `false`, for an archive that a child it waited for has
  /// just written. `key`, when given, must be the key the archive was made for.
  ///
  /// - Throws: ``SpeechError`` when the file cannot be read (or is not a regular file, or is
  ///   larger than ``sizeLimit``), or is not an archive of this version, or is truncated, or
  ///   its checksum or key does not match: never garbage.
  public static func read(
    _ path: String, key: String? = nil, verifyingChecksum: Bool = true
  ) throws(SpeechError) -> [Speech] {
    switch BoundedFile.read(path, limit: sizeLimit) {
    case .success(let bytes):
      return try decode(bytes, path: path, key: key, verifyingChecksum: verifyingChecksum)
    case .failure(.system(let error)):
      throw SpeechError(error.with(.noInput))
    case .failure(let refusal):
      throw SpeechError.archive(path, problem: refusal.description)
    }
  }

  /// The archive bytes of `speeches`.
  static func encode(_ speeches: [Speech], key: String = "") -> [UInt8] {
    var archive = ByteWriter()
    archive.append(contentsOf: magic)
    archive.append(version)
    archive.append(UInt16(0))
    archive.append(UInt32(clamping: speeches.count))
    archive.append(key)
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
    archive.append(UInt64(archive.bytes.count + 8))
    archive.append(CRC32.checksum(archive.bytes[...]))
    return archive.bytes
  }

  /// The speeches in archive `bytes`, read from `path`.
  static func decode(
    _ bytes: [UInt8], path: String, key: String? = nil, verifyingChecksum: Bool = true
  ) throws(SpeechError) -> [Speech] {
    guard bytes.count >= 16 + trailerSize, Array(bytes[0..<4]) == magic else {
      throw SpeechError.archive(path, problem: "no LSPA header")
    }
    var header = ByteReader(bytes, offset: 4)
    guard let fileVersion = header.read(UInt16.self), fileVersion == version else {
      throw SpeechError.archive(path, problem: "format version is not \(version)")
    }
    var trailer = ByteReader(bytes, offset: bytes.count - trailerSize)
    guard let length = trailer.read(UInt64.self), length == UInt64(bytes.count - 4),
      let checksum = trailer.read(UInt32.self)
    else {
      throw SpeechError.archive(path, problem: "length does not match its trailer (truncated?)")
    }
    if verifyingChecksum, checksum != CRC32.checksum(bytes[0..<(bytes.count - 4)]) {
      throw SpeechError.archive(path, problem: "checksum mismatch")
    }
    _ = header.read(UInt16.self)
    guard let count = header.read(UInt32.self), let stored = header.readString() else {
      throw SpeechError.archive(path, problem: "header cut short")
    }
    if let key, stored != key {
      throw SpeechError.archive(path, problem: "made for another key (\(stored.prefix(12))…)")
    }
    var reader = ByteReader(bytes, offset: header.offset, end: bytes.count - trailerSize)
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
  static let kindCodes: [SynthesisEvent.Kind: UInt8] = [.sentence: 1, .word: 2, .end: 3]
}
