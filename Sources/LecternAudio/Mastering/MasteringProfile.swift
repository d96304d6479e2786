/// What a mastering profile asks of a render: the chain's settings and the limits a
/// finished file is checked against. Loaded from `voices/mastering/NAME.master`.
///
/// Every setting is optional: a profile that sets none (`raw`) leaves the engine's audio
/// exactly as it is.
public struct MasteringProfile: Sendable, Hashable {
  /// How an MP3 spends its bits (libsndfile's `SF_BITRATE_MODE_*`).
  public enum BitrateMode: String, Sendable, Hashable, CaseIterable {
    /// Constant bitrate (`cbr`): every frame the same size, as ACX requires.
    case constant = "cbr"
    /// Average bitrate (`abr`).
    case average = "abr"
    /// Variable bitrate (`vbr`).
    case variable = "vbr"
  }

  /// The profile's name (its file stem).
  public var name: String
  /// The output sample rate; `nil` keeps the engine's. Opus is always written at 48 kHz.
  public var sampleRate: Int?
  /// The integrated loudness to reach, in LUFS; `nil` applies no gain.
  public var loudness: Double?
  /// How far a file's integrated loudness may be from ``loudness`` and still pass, in LU.
  public var loudnessTolerance: Double = 1
  /// The true-peak ceiling, in dBTP; `nil` runs no limiter.
  public var truePeak: Double?
  /// The high-pass corner, in hertz; `nil` runs no high-pass.
  public var highPass: Double?
  /// The limiter's look-ahead, in seconds.
  public var lookahead: Double = 0.005
  /// The limiter's release time constant, in seconds.
  public var release: Double = 0.1
  /// Room tone level, in dBFS RMS; `nil` leaves pauses digital silence.
  public var roomTone: Double?
  /// Seconds of quiet to have before the first speech of each file (room tone is added).
  public var head: Double?
  /// Seconds of quiet to have after the last speech of each file.
  public var tail: Double?
  /// The range the lead-in must be in to pass, in seconds.
  public var headRange: ClosedRange<Double>?
  /// The range the tail must be in to pass, in seconds.
  public var tailRange: ClosedRange<Double>?
  /// The range the file's RMS level must be in to pass, in dBFS (ACX).
  public var rms: ClosedRange<Double>?
  /// The highest sample peak that passes, in dBFS (ACX).
  public var peak: Double?
  /// The highest noise floor that passes (quietest 500 ms RMS), in dBFS (ACX).
  public var noiseFloor: Double?
  /// The MP3 bitrate in kbit/s; `nil` keeps libsndfile's default (VBR).
  public var mp3Bitrate: Int?
  /// The MP3 bitrate mode; `nil` keeps libsndfile's default.
  public var mp3Mode: BitrateMode?

  /// Creates a profile that changes nothing (`raw`).
  public init(name: String) { self.name = name }

  /// Whether the profile leaves the engine's audio untouched.
  public var isRaw: Bool {
    sampleRate == nil && loudness == nil && truePeak == nil && highPass == nil
      && roomTone == nil && head == nil && tail == nil
  }

  /// The sample rate of files of `format` when the engine speaks at `engineRate`.
  public func outputRate(for format: AudioFormat, engineRate: Int) -> Int {
    format == .opus ? AudioFormat.opusSampleRate : sampleRate ?? engineRate
  }

  /// The lead-in quiet of a file, within which samples stay under this level (−50 dBFS:
  /// well above room tone, well below speech).
  public static let quietThreshold: Float = 0.003_16
}
