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

  /// Writes `parts` (their mastered `samples`) with `gaps[i]` frames after part `i` to `path`.
  func write(
    _ parts: [MasteredPart], samples: [PartSamples], gaps: [Int], to path: String,
    labels: AudioOutput.Labels, staged: StagedOutput
  ) throws {
    try output.write(to: path, labels, staged: staged) { writer in
      for (index, part) in parts.enumerated() {
        try samples[index].load().withUnsafeBufferPointer { try writer.write($0) }
        guard gaps[index] > 0 else { continue }
        try Self.pause(gaps[index], after: part, tone: tone).withUnsafeBufferPointer {
          try writer.write($0)
        }
      }
    }
  }

  /// The `count` frames of pause after `part`: its room tone (seeded by the part's key, so
  /// the same pause sounds the same in every render), or silence.
  static func pause(_ count: Int, after part: MasteredPart, tone: RoomTone?) -> [Int16] {
    guard let tone else { return [Int16](repeating: 0, count: count) }
    let noise = tone.samples(count: count, seed: RoomTone.seed(fromKey: part.key, stream: 3))
    return noise.map { Int16(($0 * 32768).rounded()) }
  }
}

extension LoudnessFigures {
  /// Figures from a meter of loudness and range and a level scan, with the largest peaks of
  /// `parts`.
  init(meter: LoudnessMeter, levels: LevelScan, peaksOf parts: [LoudnessFigures]) throws {
    self.init(
      integrated: try meter.integrated(), range: try meter.range(),
      truePeak: parts.map(\.truePeak).max() ?? -.infinity,
      samplePeak: parts.map(\.samplePeak).max() ?? -.infinity, rms: levels.rms,
      noiseFloor: levels.noiseFloor, head: levels.head, tail: levels.tail,
      duration: Double(levels.frames) / Double(levels.sampleRate))
  }
}
