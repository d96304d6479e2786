import CEbur128
import Foundation

/// Loudness as EBU R 128 defines it, measured by libebur128 (the reference implementation of
/// ITU-R BS.1770-4 gating, EBU Tech 3342 loudness range and 4× oversampled true peak).
///
/// Owns its `ebur128_state`: freed in `deinit`. Not `Sendable`: one thread feeds it.
public final class LoudnessMeter {
  /// What a meter measures (the C `EBUR128_MODE_*` flags; fewer modes cost less).
  public struct Modes: OptionSet, Sendable {
    /// The raw C flags.
    public let rawValue: Int32
    /// Creates modes from raw C flags.
    public init(rawValue: Int32) { self.rawValue = rawValue }
    /// Integrated (gated) loudness. The C flag is `EBUR128_MODE_I`.
    public static let integrated = Modes(rawValue: Int32(EBUR128_MODE_I.rawValue))
    /// Loudness range. The C flag is `EBUR128_MODE_LRA`.
    public static let range = Modes(rawValue: Int32(EBUR128_MODE_LRA.rawValue))
    /// Sample peak. The C flag is `EBUR128_MODE_SAMPLE_PEAK`.
    public static let samplePeak = Modes(rawValue: Int32(EBUR128_MODE_SAMPLE_PEAK.rawValue))
    /// True peak. The C flag is `EBUR128_MODE_TRUE_PEAK`.
    public static let truePeak = Modes(rawValue: Int32(EBUR128_MODE_TRUE_PEAK.rawValue))
    /// Gating from a histogram of 1,000 bins of 0.1 LU instead of every block's energy:
    /// fixed memory (about 16 KiB) whatever the length, each block counted at its bin's
    /// centre (within 0.05 LU of its own loudness). The C flag is `EBUR128_MODE_HISTOGRAM`.
    public static let histogram = Modes(rawValue: Int32(EBUR128_MODE_HISTOGRAM.rawValue))
    /// Everything a report shows.
    public static let all: Modes = [.integrated, .range, .samplePeak, .truePeak]
  }

  private let state: UnsafeMutablePointer<ebur128_state>
  /// The path named in errors.
  private let path: String
  /// Frames per second.
  public let sampleRate: Int
  /// Samples per frame.
  public let channels: Int
  /// Frames added so far.
  public private(set) var frames = 0

  /// Creates a meter. The corresponding C function is `ebur128_init`.
  public init(
    sampleRate: Int, channels: Int = 1, modes: Modes, path: String
  ) throws(AudioError) {
    guard let state = ebur128_init(UInt32(channels), UInt(sampleRate), modes.rawValue) else {
      throw AudioError(
        .invalidArgument, path: path, call: "ebur128_init",
        message: "cannot measure \(channels) channels at \(sampleRate) Hz")
    }
    self.state = state
    self.path = path
    self.sampleRate = sampleRate
    self.channels = channels
  }

  deinit {
    var pointer: UnsafeMutablePointer<ebur128_state>? = state
    ebur128_destroy(&pointer)
  }

  /// Adds interleaved samples in [-1, 1]. The corresponding C function is
  /// `ebur128_add_frames_float`.
  public func add(_ samples: UnsafeBufferPointer<Float>) throws(AudioError) {
    guard let base = samples.baseAddress, samples.count >= channels else { return }
    let count = samples.count / channels
    try check(ebur128_add_frames_float(state, base, count), "ebur128_add_frames_float")
    frames += count
  }

  /// Adds interleaved 16-bit samples. The corresponding C function is
  /// `ebur128_add_frames_short`.
  public func add(_ samples: UnsafeBufferPointer<Int16>) throws(AudioError) {
    guard let base = samples.baseAddress, samples.count >= channels else { return }
    let count = samples.count / channels
    try check(ebur128_add_frames_short(state, base, count), "ebur128_add_frames_short")
    frames += count
  }

  /// Integrated loudness in LUFS; `nil` when nothing passed the gates (too short or silent).
  /// The corresponding C function is `ebur128_loudness_global`.
  public func integrated() throws(AudioError) -> Double? {
    var value = 0.0
    try check(ebur128_loudness_global(state, &value), "ebur128_loudness_global")
    return value.isFinite ? value : nil
  }

  /// Loudness range in LU. The corresponding C function is `ebur128_loudness_range`.
  public func range() throws(AudioError) -> Double {
    var value = 0.0
    try check(ebur128_loudness_range(state, &value), "ebur128_loudness_range")
    return value.isFinite ? value : 0
  }

  /// The largest true peak of any channel, linear. The C function is `ebur128_true_peak`.
  public func truePeak() throws(AudioError) -> Double {
    try peak(ebur128_true_peak, "ebur128_true_peak")
  }

  /// The largest sample magnitude of any channel, linear. The C function is
  /// `ebur128_sample_peak`.
  public func samplePeak() throws(AudioError) -> Double {
    try peak(ebur128_sample_peak, "ebur128_sample_peak")
  }

  /// Integrated loudness of several meters' audio together, gated as one programme (`nil`
  /// when nothing passed the gates). The C function is `ebur128_loudness_global_multiple`.
  public static func integrated(of meters: [LoudnessMeter]) throws(AudioError) -> Double? {
    var states: [UnsafeMutablePointer<ebur128_state>?] = meters.map(\.state)
    var value = 0.0
    let status = ebur128_loudness_global_multiple(&states, states.count, &value)
    if status != Int32(EBUR128_SUCCESS.rawValue), let first = meters.first {
      try first.check(status, "ebur128_loudness_global_multiple")
    }
    return value.isFinite ? value : nil
  }

  private func peak(
    _ function: (UnsafeMutablePointer<ebur128_state>?, UInt32, UnsafeMutablePointer<Double>?)
      -> Int32,
    _ call: String
  ) throws(AudioError) -> Double {
    var largest = 0.0
    for channel in 0..<channels {
      var value = 0.0
      try check(function(state, UInt32(channel), &value), call)
      largest = max(largest, value)
    }
    return largest
  }

  private func check(_ status: Int32, _ call: String) throws(AudioError) {
    guard status != Int32(EBUR128_SUCCESS.rawValue) else { return }
    let reason =
      switch status {
      case Int32(EBUR128_ERROR_NOMEM.rawValue): "out of memory"
      case Int32(EBUR128_ERROR_INVALID_MODE.rawValue): "the meter was not made for this measure"
      case Int32(EBUR128_ERROR_INVALID_CHANNEL_INDEX.rawValue): "no such channel"
      default: "error \(status)"
      }
    throw AudioError(.invalidArgument, path: path, call: call, message: reason)
  }

  /// `value` (linear) in decibels; −∞ for 0.
  public static func decibels(_ value: Double) -> Double { 20 * log10(value) }
}
