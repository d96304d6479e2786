import LecternAudio

/// Measures the whole address while its parts are still being synthesized: each part, and
/// the pause before it, is fed to the meter as soon as it and every part before it are
/// mastered, so the gated loudness of the whole (the longest single computation of a
/// render after synthesis) runs while the synthesis processes work on the parts after it.
///
/// What it is fed is exactly what ``WholeFile`` writes, sample for sample: the parts in
/// order, each followed by its gap of silence or room tone (``RenderJob/gap(after:before:)``).
/// A part that is done before the parts ahead of it waits in its spool file (or in memory).
final class WholeMeter {
  private let job: RenderJob
  private let meter: LoudnessMeter
  private var levels: LevelScan
  /// The parts done but not yet fed, by number (their samples wait where they say).
  private var waiting: [Int: PartSummary] = [:]
  /// The number of the next part to feed.
  private var next = 0
  /// The last part fed, whose gap is fed when the part after it is known.
  private var last: PartSummary?
  /// The largest peaks of the parts fed: those of the whole (a pause adds none).
  private var peaks = (truePeak: -Double.infinity, samplePeak: -Double.infinity)

  /// A meter of the whole file of `job`, named `path` in errors.
  init(job: RenderJob, path: String) throws {
    self.job = job
    let histogram: LoudnessMeter.Modes = Self.gatesByHistogram(job.plan) ? .histogram : []
    meter = try LoudnessMeter(
      sampleRate: job.outputRate, modes: [.integrated, .range, histogram], path: path)
    levels = LevelScan(sampleRate: job.outputRate)
  }

  /// Part `number` is mastered: `samples` are its samples (they also wait where `part`
  /// says, for a part that must wait for the parts before it).
  func add(_ part: PartSummary, number: Int, samples: [Int16]) throws {
    guard number == next else {
      waiting[number] = part
      return
    }
    try feed(part, samples)
    while let part = waiting.removeValue(forKey: next) {
      try feed(part, try part.samples.load())
    }
  }

  /// The figures of the whole, once every part was added.
  func finish() throws -> LoudnessFigures {
    // The last part has no pause after it (``RenderJob/layout(_:)``).
    return try LoudnessFigures(meter: meter, levels: levels, peaks: peaks)
  }

  private func feed(_ part: PartSummary, _ samples: [Int16]) throws {
    if let last {
      let gap = job.gap(after: next - 1, last, before: part)
      if gap > 0 {
        try emit(WholeFile.pause(gap, after: last.key, tone: job.mastering.chain.roomTone))
      }
    }
    try emit(samples)
    peaks = (max(peaks.truePeak, part.peaks.truePeak), max(peaks.samplePeak, part.peaks.samplePeak))
    last = part
    next += 1
  }

  private func emit(_ samples: [Int16]) throws {
    try samples.withUnsafeBufferPointer { buffer in
      try meter.add(buffer)
      levels.add(buffer)
    }
  }
}
