import LecternAudio

/// Writes the whole address: every mastered part from its spool file, with the pause after
/// it (room tone when the profile asks for it, else silence), measuring what it writes.
///
/// The whole file is the parts and the pauses, sample for sample: nothing is mastered again.
struct WholeFile {
  let output: AudioOutput
  /// The profile's room tone, or `nil` for silent pauses.
  let tone: RoomTone?

  /// Writes `parts` (samples in the spool files `spool(i)`) with `gaps[i]` frames after part `i` to `path`;
  /// returns the figures of the whole. `each` sees every part's samples as they are written
  /// (the listening page's envelope is measured there).
  ///
  /// Integrated loudness, range, RMS and the quiet are measured on the whole as written;
  /// the peaks are the parts' own (a pause of silence or room tone adds none).
  func write(
    _ parts: [PartSummary], spool: (Int) -> String, gaps: [Int], to path: String,
    labels: AudioOutput.Labels, staged: StagedOutput, each: (Int, [Int16]) throws -> Void
  ) throws -> LoudnessFigures {
    let meter = try LoudnessMeter(
      sampleRate: output.sampleRate, modes: [.integrated, .range], path: path)
    var levels = LevelScan(sampleRate: output.sampleRate)
    try output.write(to: path, labels, staged: staged) { writer in
      for (index, part) in parts.enumerated() {
        let samples = try PartSpool.load(spool(index))
        try emit(samples, to: &writer, meter, &levels)
        try each(index, samples)
        guard gaps[index] > 0 else { continue }
        if let tone {
          let seed = RoomTone.seed(fromKey: part.key, stream: 3)
          let noise = tone.samples(count: gaps[index], seed: seed)
          try emit(noise.map { Int16(($0 * 32768).rounded()) }, to: &writer, meter, &levels)
        } else {
          try emit([Int16](repeating: 0, count: gaps[index]), to: &writer, meter, &levels)
        }
      }
    }
    var figures = try LoudnessFigures(meter: meter, levels: levels, peaksOf: parts.map(\.peaks))
    figures.duration = Double(levels.frames) / Double(output.sampleRate)
    return figures
  }

  private func emit(
    _ samples: [Int16], to writer: inout SoundFileWriter, _ meter: LoudnessMeter,
    _ levels: inout LevelScan
  ) throws {
    try samples.withUnsafeBufferPointer { buffer in
      try writer.write(buffer)
      try meter.add(buffer)
      levels.add(buffer)
    }
  }
}

extension LoudnessFigures {
  /// Figures from a meter of loudness and range and a level scan, with the largest peaks of
  /// `parts`.
  init(
    meter: LoudnessMeter, levels: LevelScan,
    peaksOf parts: [(truePeak: Double, samplePeak: Double)]
  ) throws {
    self.init(
      integrated: try meter.integrated(), range: try meter.range(),
      truePeak: parts.map(\.truePeak).max() ?? -.infinity,
      samplePeak: parts.map(\.samplePeak).max() ?? -.infinity, rms: levels.rms,
      noiseFloor: levels.noiseFloor, head: levels.head, tail: levels.tail,
      duration: Double(levels.frames) / Double(levels.sampleRate))
  }
}
