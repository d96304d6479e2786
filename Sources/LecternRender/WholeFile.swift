import LecternAudio

/// Writes the whole address: every mastered part from its spool file, with the pause after
/// it (room tone when the profile asks for it, else silence).
///
/// The whole file is the parts and the pauses, sample for sample: nothing is mastered again.
/// It was measured as its parts were mastered (``WholeMeter``), from the same samples.
struct WholeFile {
  let output: AudioOutput
  /// The profile's room tone, or `nil` for silent pauses.
  let tone: RoomTone?

  /// Writes `parts` (their mastered samples, where each summary says they wait) with
  /// `gaps[i]` frames after part `i` to `path`.
  func write(
    _ parts: [PartSummary], gaps: [Int], to path: String, labels: AudioOutput.Labels,
    staged: StagedOutput
  ) throws {
    let frames = parts.map(\.frames).reduce(0, +) + gaps.reduce(0, +)
    try output.write(to: path, labels, staged: staged, frames: frames) { writer in
      for (index, part) in parts.enumerated() {
        try part.samples.load().withUnsafeBufferPointer { try writer.write($0) }
        guard gaps[index] > 0 else { continue }
        try Self.pause(gaps[index], after: part.key, tone: tone).withUnsafeBufferPointer {
          try writer.write($0)
        }
      }
    }
  }

  /// The `count` frames of pause after the part of audio key `key`: its room tone (seeded by
  /// that key, so the same pause sounds the same in every render), or silence.
  static func pause(_ count: Int, after key: String, tone: RoomTone?) -> [Int16] {
    guard let tone else { return [Int16](repeating: 0, count: count) }
    let noise = tone.samples(count: count, seed: RoomTone.seed(fromKey: key, stream: 3))
    return noise.map { Int16(($0 * 32768).rounded()) }
  }
}

extension LoudnessFigures {
  /// Figures from a meter of loudness and range and a level scan, with the parts' largest
  /// `peaks` (−∞ when there are none).
  init(
    meter: LoudnessMeter, levels: LevelScan, peaks: (truePeak: Double, samplePeak: Double)
  ) throws {
    self.init(
      integrated: try meter.integrated(), range: try meter.range(), truePeak: peaks.truePeak,
      samplePeak: peaks.samplePeak, rms: levels.rms, noiseFloor: levels.noiseFloor,
      head: levels.head, tail: levels.tail,
      duration: Double(levels.frames) / Double(levels.sampleRate))
  }
}
