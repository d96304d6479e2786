import Foundation
import LecternAudio

/// A part's or the whole file's measured loudness in the manifest, and whether it meets the
/// render's mastering profile.
public struct LoudnessEntry: Sendable, Hashable, Codable {
  /// Integrated loudness, LUFS (`null` when too short or too quiet to gate).
  public var integrated: Double?
  /// Loudness range, LU.
  public var range: Double
  /// True peak, dBTP.
  public var truePeak: Double
  /// Sample peak, dBFS.
  public var samplePeak: Double
  /// RMS level, dBFS.
  public var rms: Double
  /// Quietest 500 ms, dBFS (`null` when shorter, or digital silence).
  public var noiseFloor: Double?
  /// Seconds of quiet before the first sound.
  public var head: Double
  /// Seconds of quiet after the last sound.
  public var tail: Double
  /// Whether every limit of the profile holds.
  public var meets: Bool
  /// What does not hold, one phrase each.
  public var problems: [String]

  /// The entry for `figures` judged against `profile` at `sampleRate`.
  init(_ figures: LoudnessFigures, profile: MasteringProfile, sampleRate: Int, format: AudioFormat)
  {
    let round = { (value: Double) in (value * 100).rounded() / 100 }
    integrated = figures.integrated.map(round)
    range = round(figures.range)
    truePeak = figures.truePeak.isFinite ? round(figures.truePeak) : -200
    samplePeak = figures.samplePeak.isFinite ? round(figures.samplePeak) : -200
    rms = figures.rms.isFinite ? round(figures.rms) : -200
    noiseFloor = figures.noiseFloor.flatMap { $0.isFinite ? round($0) : nil }
    head = round(figures.head)
    tail = round(figures.tail)
    problems = profile.problems(with: figures, sampleRate: sampleRate, format: format)
    meets = problems.isEmpty
  }

  /// "−16.0 LUFS, LRA 4.2 LU, true peak −1.0 dBTP, sample peak −1.3 dBFS".
  var summary: String {
    let loudness = integrated.map { String(format: "%.1f LUFS", $0) } ?? "not gated"
    return "\(loudness), LRA \(String(format: "%.1f", range)) LU, true peak "
      + "\(String(format: "%.1f", truePeak)) dBTP, sample peak \(String(format: "%.1f", samplePeak)) dBFS"
  }
}
