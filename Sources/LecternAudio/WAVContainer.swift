import LecternSystem

/// The container of a WAV file: plain RIFF while the file fits its 32-bit size fields (4 GiB),
/// RF64 (EBU Tech 3306, the same layout with 64-bit sizes in a `ds64` chunk) beyond.
///
/// libsndfile 1.2.0 writes a plain WAV file of more than 4 GiB without a word: its RIFF and
/// `data` sizes wrap around, and readers see a few megabytes of it. Since Lectern knows a
/// file's length before writing it, it picks RF64 for a file that would not fit, and RIFF,
/// byte for byte as before, for every other file. libsndfile, ffmpeg, sox and Audacity read
/// RF64; the file keeps its `.wav` name, as RF64 files do.
public enum WAVContainer: Sendable, Hashable {
  /// RIFF WAVE: 32-bit sizes.
  case riff
  /// RF64 WAVE: 64-bit sizes in a `ds64` chunk.
  case rf64

  /// The largest RIFF size field: a plain WAV file holds this many bytes after its first 8.
  public static let riffLimit = Int(UInt32.max)

  /// Room kept for what libsndfile writes before the samples (tags in a `LIST` chunk), as
  /// large as the header buffer it writes them from.
  public static let headerAllowance = 1 << 16

  /// The container of a 16-bit file of `frames` frames of `channels` with one cue point per
  /// label of `cueLabels` (see ``WAVCueChunk`` and ``WaveLabels``): RF64 when its RIFF size
  /// could pass `limit` (4 GiB; a test passes less).
  public static func choose(
    frames: Int, channels: Int = 1, cueLabels: [String] = [], limit: Int = riffLimit
  ) -> WAVContainer {
    let cues = cueLabels.isEmpty ? 0 : 12 + cueLabels.count * WAVCueChunk.pointSize
    let labels = cueLabels.isEmpty ? 0 : WaveLabels.chunkSize(cueLabels)
    let (samples, overflow) = frames.multipliedReportingOverflow(by: 2 * channels)
    guard !overflow else { return .rf64 }
    return samples > limit - cues - labels - headerAllowance ? .rf64 : .riff
  }
}

/// The size fields at the head of a finished RIFF or RF64 WAVE file, which Lectern updates
/// when it appends a chunk after libsndfile closed the file.
struct WAVHead {
  /// The file's container.
  let container: WAVContainer
  /// The RIFF size: the length of the file after its first 8 bytes, as the head says.
  let size: Int
  /// The real length of the `data` chunk of an RF64 file (its chunk header says 0xFFFFFFFF).
  let dataSize: Int?

  /// Where RF64 keeps the RIFF size: in the `ds64` chunk, the first after `WAVE`.
  private static let ds64SizeOffset = 20

  /// The head of `file`, or `nil` when it does not start like a RIFF or RF64 WAVE file.
  static func read(_ file: borrowing Descriptor) throws(SystemError) -> WAVHead? {
    let bytes = try file.read(count: 36, at: 0)
    guard bytes.count >= 12, Array(bytes[8..<12]) == Array("WAVE".utf8) else { return nil }
    switch Array(bytes[0..<4]) {
    case Array("RIFF".utf8):
      return WAVHead(container: .riff, size: littleEndian(bytes, at: 4, count: 4), dataSize: nil)
    case Array("RF64".utf8):
      guard bytes.count == 36, Array(bytes[12..<16]) == Array("ds64".utf8) else { return nil }
      return WAVHead(
        container: .rf64, size: littleEndian(bytes, at: ds64SizeOffset, count: 8),
        dataSize: littleEndian(bytes, at: ds64SizeOffset + 8, count: 8))
    default:
      return nil
    }
  }

  /// The size field holding `size`, or `nil` when a plain RIFF file cannot hold it.
  func sizeField(_ size: Int) -> (offset: Int, bytes: [UInt8])? {
    switch container {
    case .riff:
      guard let value = UInt32(exactly: size) else { return nil }
      return (4, (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) })
    case .rf64:
      let value = UInt64(size)
      return (Self.ds64SizeOffset, (0..<8).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) })
    }
  }

  private static func littleEndian(_ bytes: [UInt8], at offset: Int, count: Int) -> Int {
    Int(
      truncatingIfNeeded: (0..<count).reduce(UInt64(0)) {
        $0 | UInt64(bytes[offset + $1]) << (8 * $1)
      })
  }
}
