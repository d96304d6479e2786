import CSndFile

/// How an MP3 is encoded: bitrate mode and bitrate, set through libsndfile before the first
/// sample.
public struct MP3Bitrate: Sendable, Hashable {
  /// Constant, average or variable bitrate.
  public var mode: MasteringProfile.BitrateMode
  /// Kilobits per second (the mean for `abr`; sets the quality for `vbr`).
  public var kilobits: Int

  /// Creates encoder settings.
  public init(mode: MasteringProfile.BitrateMode, kilobits: Int) {
    self.mode = mode
    self.kilobits = kilobits
  }

  /// The settings a profile asks for, if it names a bitrate.
  public init?(_ profile: MasteringProfile) {
    guard let kilobits = profile.mp3Bitrate else { return nil }
    self.init(mode: profile.mp3Mode ?? .constant, kilobits: kilobits)
  }

  /// libsndfile's compression level (0…1) for `kilobits` at `sampleRate`. libsndfile 1.2.0
  /// maps a level c to `(int)(top − c × (top − bottom))` kbit/s, over 32…320 for MPEG-1
  /// (≥ 32 kHz), 8…160 for MPEG-2 and 8…64 for MPEG-2.5; aiming half a kbit/s above the
  /// wanted rate survives the truncation.
  func compressionLevel(sampleRate: Int) -> Double {
    let (top, bottom) =
      sampleRate >= 32_000 ? (320.0, 32.0) : sampleRate >= 16_000 ? (160, 8) : (64, 8)
    let wanted = min(top, max(bottom, Double(kilobits)))
    return min(1, max(0, (top - wanted - 0.5) / (top - bottom)))
  }

  /// Sets the level, then the mode (setting the mode re-reads the level, and fails when none
  /// was set). The C calls are `sf_command` with `SFC_SET_COMPRESSION_LEVEL` and
  /// `SFC_SET_BITRATE_MODE`.
  func apply(to handle: OpaquePointer, sampleRate: Int, path: String) throws(AudioError) {
    var level = compressionLevel(sampleRate: sampleRate)
    var mode: Int32 =
      switch self.mode {
      case .constant: Int32(SF_BITRATE_MODE_CONSTANT)
      case .average: Int32(SF_BITRATE_MODE_AVERAGE)
      case .variable: Int32(SF_BITRATE_MODE_VARIABLE)
      }
    let levelSet = sf_command(
      handle, Int32(SFC_SET_COMPRESSION_LEVEL), &level, Int32(MemoryLayout<Double>.size))
    let modeSet = sf_command(
      handle, Int32(SFC_SET_BITRATE_MODE), &mode, Int32(MemoryLayout<Int32>.size))
    guard levelSet == SF_TRUE, modeSet == SF_TRUE else {
      throw AudioError(
        .unsupportedFormat, path: path,
        call:
          "sf_command(\(levelSet == SF_TRUE ? "SFC_SET_BITRATE_MODE" : "SFC_SET_COMPRESSION_LEVEL"))",
        message: "the MP3 encoder refuses \(self.mode.rawValue) at \(kilobits) kbit/s")
    }
  }
}
