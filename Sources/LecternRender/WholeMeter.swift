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
  /// The parts done but not yet fed, by number: the part and where its samples wait.
  private var waiting: [Int: (part: MasteredPart, samples: PartSamples)] = [:]
  /// The number of the next part to feed.
  private var next = 0
  /// The last part fed, whose gap is fed when the part after it is known.
  private var last: MasteredPart?
  /// The peaks of the parts fed: those of the whole (a pause adds none).
  private var peaks: [LoudnessFigures] = []

  /// A meter of the whole file of `job`, named `path` in errors.
  init(job: RenderJob, path: String) throws {
    self.job = job
    meter = try LoudnessMeter(
      sampleRate: job.outputRate, modes: [.integrated, .range], path: path)
    levels = LevelScan(sampleRate: job.outputRate)
  }

  /// Part `number` is mastered: `samples` are its samples, which wait in `source`.
  func add(_ part: MasteredPart, number: Int, samples: [Int16], source: PartSamples) throws {
    guard number == next else {
      waiting[number] = (part, source)
      return
    }
    try feed(part, samples)
    while let entry = waiting.removeValue(forKey: next) {
      try feed(entry.part, try entry.samples.load())
    }
  }

  /// The figures of the whole, once every part was added.
  func finish() throws -> LoudnessFigures {
    // The last part has no pause after it (``RenderJob/layout(_:)``).
    return try LoudnessFigures(meter: meter, levels: levels, peaksOf: peaks)
  }

  private func feed(_ part: MasteredPart, _ samples: [Int16]) throws {
    if let last { try emit(gap: job.gap(after: last, before: part), after: last) }
    try emit(samples)
    peaks.append(part.figures)
    last = part
    next += 1
  }

  private func emit(gap: Int, after part: MasteredPart) throws {
    guard gap > 0 else { return }
    try emit(WholeFile.pause(gap, after: part, tone: job.mastering.chain.roomTone))
  }

  private func emit(_ samples: [Int16]) throws {
    try samples.withUnsafeBufferPointer { buffer in
      try meter.add(buffer)
      levels.add(buffer)
    }
  }
}
