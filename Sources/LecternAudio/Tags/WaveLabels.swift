import Glibc
import LecternSystem

/// Names a WAV file's cue points: appends a `LIST` chunk of type `adtl` holding one `labl`
/// chunk per cue (RIFF/WAVE, Microsoft Multimedia Standards Update 1991), which editors such
/// as Audacity, Reaper and Adobe Audition show as marker names.
///
/// libsndfile 1.2.0 writes the `cue ` chunk but drops names, so Lectern adds them after the
/// file is closed: the new chunk goes at the end of the RIFF and the RIFF size (bytes 4–7, or
/// the `ds64` chunk's of an RF64 file) grows by its length. Readers that do not know `adtl`
/// skip it by its size, as RIFF demands.
public enum WaveLabels {
  /// Appends labels for cues 1…`labels.count` (the numbering libsndfile's cue chunk uses).
  ///
  /// The corresponding C functions are `open`, `pread`, `fstat` and `pwrite`.
  public static func append(_ labels: [String], to path: String) throws(AudioError) {
    guard !labels.isEmpty else { return }
    let chunk = self.chunk(labels)
    let file = try system(path) { () throws(SystemError) in
      try Descriptor.open(path, O_RDWR, failureStatus: .ioError)
    }
    let (head, end) = try system(path) { () throws(SystemError) in
      (try WAVHead.read(file), try file.status().size)
    }
    guard let head else {
      throw AudioError(.cannotFinish, path: path, call: "pread", message: "not a RIFF WAVE file")
    }
    guard end % 2 == 0, let field = head.sizeField(end - 8 + chunk.count) else {
      throw AudioError(
        .cannotFinish, path: path, call: "fstat", message: "no room for cue labels in the RIFF")
    }
    try system(path) { () throws(SystemError) in
      try file.write(chunk, at: end)
      try file.write(field.bytes, at: field.offset)
    }
    do throws(SystemError) {
      try file.close()
    } catch {
      throw failure(error, path)
    }
  }

  /// Runs `body`, wording its system error as an ``AudioError`` on `path`.
  private static func system<T: ~Copyable>(
    _ path: String, _ body: () throws(SystemError) -> T
  ) throws(AudioError) -> T {
    do throws(SystemError) {
      return try body()
    } catch {
      throw failure(error, path)
    }
  }

  private static func failure(_ error: SystemError, _ path: String) -> AudioError {
    AudioError(
      .cannotFinish, path: path, call: error.call, message: error.reason,
      errorNumber: error.errno?.rawValue)
  }

  /// The length in bytes of the chunk naming `labels`.
  static func chunkSize(_ labels: [String]) -> Int {
    labels.reduce(12) { size, label in
      let text = label.utf8.count + 1
      return size + 12 + text + text % 2
    }
  }

  /// The chunk's bytes, made in one buffer of its exact size (a label per part: at 10,000
  /// parts, growing and copying it was a sixth of a render's peak memory).
  private static func chunk(_ labels: [String]) -> [UInt8] {
    let size = chunkSize(labels)
    var chunk: [UInt8] = []
    chunk.reserveCapacity(size)
    chunk += "LIST".utf8
    chunk += littleEndian(UInt32(size - 8))
    chunk += "adtl".utf8
    for (index, label) in labels.enumerated() {
      let text = label.utf8.count + 1
      chunk += "labl".utf8
      chunk += littleEndian(UInt32(4 + text))
      chunk += littleEndian(UInt32(index + 1))
      chunk += label.utf8
      chunk.append(0)
      if text % 2 == 1 { chunk.append(0) }  // chunks are word-aligned
    }
    return chunk
  }

  private static func littleEndian(_ value: UInt32) -> [UInt8] {
    (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
  }
}
