#if canImport(Glibc)
  import Glibc
#endif

/// Names a WAV file's cue points: appends a `LIST` chunk of type `adtl` holding one `labl`
/// chunk per cue (RIFF/WAVE, Microsoft Multimedia Standards Update 1991), which editors such
/// as Audacity, Reaper and Adobe Audition show as marker names.
///
/// libsndfile 1.2.0 writes the `cue ` chunk but drops names, so Lectern adds them after the
/// file is closed: the new chunk goes at the end of the RIFF and the RIFF size in bytes 4–7
/// grows by its length. Readers that do not know `adtl` skip it by its size, as RIFF demands.
public enum WaveLabels {
  /// Appends labels for cues 1…`labels.count` (the numbering libsndfile's cue chunk uses).
  ///
  /// The corresponding C functions are `open`, `pread`, `pwrite` and `lseek`.
  public static func append(_ labels: [String], to path: String) throws(AudioError) {
    guard !labels.isEmpty else { return }
    var body: [UInt8] = Array("adtl".utf8)
    for (index, label) in labels.enumerated() {
      let text = Array(label.utf8) + [0]
      body += Array("labl".utf8) + littleEndian(UInt32(4 + text.count))
      body += littleEndian(UInt32(index + 1)) + text
      if text.count % 2 == 1 { body.append(0) }  // chunks are word-aligned
    }
    let chunk = Array("LIST".utf8) + littleEndian(UInt32(body.count)) + body
    let descriptor = open(path, O_RDWR | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw AudioError.system(.cannotFinish, path: path, call: "open", errorNumber: errno)
    }
    defer { close(descriptor) }
    var header = [UInt8](repeating: 0, count: 12)
    guard header.withUnsafeMutableBytes({ pread(descriptor, $0.baseAddress, 12, 0) }) == 12,
      header[0..<4] == [0x52, 0x49, 0x46, 0x46], header[8..<12] == [0x57, 0x41, 0x56, 0x45]
    else {
      throw AudioError(.cannotFinish, path: path, call: "pread", message: "not a RIFF WAVE file")
    }
    let end = lseek(descriptor, 0, SEEK_END)
    guard end >= 0, end % 2 == 0, let size = UInt32(exactly: Int(end) - 8 + chunk.count) else {
      throw AudioError(
        .cannotFinish, path: path, call: "lseek", message: "no room for cue labels in the RIFF")
    }
    let sizeBytes = littleEndian(size)
    guard
      chunk.withUnsafeBytes({ pwrite(descriptor, $0.baseAddress, chunk.count, end) })
        == chunk.count,
      sizeBytes.withUnsafeBytes({ pwrite(descriptor, $0.baseAddress, 4, 4) }) == 4
    else {
      throw AudioError.system(.cannotFinish, path: path, call: "pwrite", errorNumber: errno)
    }
  }

  private static func littleEndian(_ value: UInt32) -> [UInt8] {
    (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
  }
}
