import LecternAudio
import LecternSystem
import Synchronization

/// Measures the whole address while its parts are still being synthesized: each part, and
/// the pause before it, is fed to the meter as soon as it and every part before it are
/// mastered, so the gated loudness of the whole (the longest single computation of a
/// render after synthesis) runs while the synthesis processes work on the parts after it.
///
/// What it is fed is exactly what ``WholeFile`` writes, sample for sample: the parts in
/// order, each followed by its gap of silence or room tone (``RenderJob/gap(after:before:)``).
/// A part that is done before the parts ahead of it waits in its spool file (or in memory).
///
/// With a ``MeterHeadStart`` (a `watch`), the first parts are not fed while they are those
/// it was fed: at the first part that differs, it takes the head start's meter when every
/// part before was one it fed, else feeds those parts itself after all. Either way the
/// meter has had the same samples in the same calls.
///
/// The part that completes the render, and the parts that waited for it, are fed on another
/// thread while that part is measured and the whole file written (``startRest()``).
final class WholeMeter {
  private let job: RenderJob
  private var whole: WholeFeed
  /// The meter fed ahead, while the parts so far are the ones it was fed.
  private var headStart: MeterHeadStart?
  /// The parts so far, not fed here because the head start fed them.
  private var skipped: [PartSummary] = []
  /// The parts done but not yet fed, by number (their samples wait where they say).
  private var waiting: [Int: PartSummary] = [:]
  /// The number of the next part to feed.
  private var next = 0
  /// The last part fed, whose gap is fed when the part after it is known.
  private var last: PartSummary?
  /// The largest peaks of the parts fed: those of the whole (a pause adds none).
  private var peaks = (truePeak: -Double.infinity, samplePeak: -Double.infinity)
  /// Whether the head start's meter was taken (for tests).
  private(set) var tookHeadStart = false
  /// The thread feeding the parts that waited for the last (``startRest()``), and what
  /// failed there.
  private var rest: BackgroundThread?
  private let restFailure = FailureBox()
  /// The part fed before it was measured (``startRest(completing:key:samples:padding:)``).
  private var unmeasured: Int?

  /// What comes before a part in the whole file: the part before it (its audio key) and the
  /// pause after that part; `nil` for the first part.
  typealias Preceding = (key: String, pause: Int)?

  /// Whether the meter still has to be fed a part, and what comes before it.
  private enum Admission {
    /// The head start fed it.
    case fedAhead
    /// It must be fed, after what precedes it.
    case feed(after: Preceding)
  }

  /// A meter of the whole file of `job`, named `path` in errors, that takes `headStart`'s
  /// meter when the parts it fed are this render's first.
  init(job: RenderJob, path: String, headStart: MeterHeadStart? = nil) throws {
    self.job = job
    let modes = Self.modes(job)
    whole = try WholeFeed(sampleRate: job.outputRate, modes: modes, path: path)
    let tone = job.mastering.chain.roomTone
    if let headStart, headStart.suits(sampleRate: job.outputRate, modes: modes, tone: tone) {
      self.headStart = headStart
    }
  }

  /// What the whole file of `job` is measured for: loudness and range, gated from a
  /// histogram for a long document (``gatesByHistogram(_:)``).
  static func modes(_ job: RenderJob) -> LoudnessMeter.Modes {
    [.integrated, .range, gatesByHistogram(job.plan) ? .histogram : []]
  }

  /// Part `number` is mastered: `samples` are its samples (they also wait where `part`
  /// says, for a part that must wait for the parts before it). The part that completes the
  /// render (`completing`) starts the feeding of those that waited, and its own, on another
  /// thread (``startRest()``).
  func add(_ part: PartSummary, number: Int, samples: [Int16], completing: Bool = false) throws {
    if number == unmeasured {
      include(peaks: part.peaks)
      return
    }
    guard number == next, !completing else {
      waiting[number] = part
      if completing { try startRest() }
      return
    }
    try feed(part, samples)
    while let part = waiting.removeValue(forKey: next) {
      try feed(part, try part.samples.load())
    }
  }

  /// Once every part was added (the last with `completing`): starts feeding the parts still
  /// waiting on another thread, while the caller measures the last part and writes the whole
  /// file. Until ``finish()``, nothing but the measured part's summary may be added.
  private func startRest() throws {
    guard rest == nil else { return }
    var waited: [(samples: PartSamples, after: Preceding)] = []
    while let part = waiting.removeValue(forKey: next) {
      if case .feed(let preceding) = try admit(part) { waited.append((part.samples, preceding)) }
    }
    let (parts, whole, tone, failure) = (waited, whole, job.mastering.chain.roomTone, restFailure)
    rest = BackgroundThread {
      do {
        for part in parts { try whole.add(try part.samples.load(), after: part.after, tone: tone) }
      } catch {
        failure.error.withLock { $0 = error }
      }
    }
  }

  /// ``startRest()`` with part `number`, which completes the render, before it is measured:
  /// its `samples` (of audio key `key`, with `padding`) go to the meter with no peaks, and
  /// its summary, once measured, adds them (``add(_:number:samples:completing:)``).
  func startRest(
    completing number: Int, key: String, samples: [Int16], padding: (head: Int, tail: Int)
  ) throws {
    let part = PartSummary(
      key: key, frames: samples.count, padding: padding, peaks: (-.infinity, -.infinity),
      samples: .held(samples))
    try add(part, number: number, samples: samples, completing: true)
    unmeasured = number
  }

  /// The peaks of the part that completed the render, measured after its samples went to
  /// the meter with none: the whole's peaks are the largest of the parts'.
  private func include(peaks part: (truePeak: Double, samplePeak: Double)) {
    peaks = (max(peaks.truePeak, part.truePeak), max(peaks.samplePeak, part.samplePeak))
  }

  /// The figures of the whole, once every part was added: waits for the parts
  /// ``startRest()`` feeds (feeding them here if it was not called).
  func finish() throws -> LoudnessFigures {
    try startRest()
    rest?.join()
    if let error = restFailure.error.withLock({ $0.take() }) { throw error }
    if let headStart { try settle(headStart) }
    // The last part has no pause after it (``RenderJob/layout(_:)``).
    return try LoudnessFigures(meter: whole.meter, levels: whole.levels, peaks: peaks)
  }

  private func feed(_ part: PartSummary, _ samples: [Int16]) throws {
    guard case .feed(let preceding) = try admit(part) else { return }
    try whole.add(samples, after: preceding, tone: job.mastering.chain.roomTone)
  }

  /// Moves past `part`, the next in order: whether the meter must be fed it.
  private func admit(_ part: PartSummary) throws -> Admission {
    let previous = last.map { (key: $0.key, pause: job.gap(after: next - 1, $0, before: part)) }
    defer { advance(part) }
    if let headStart {
      if headStart.covers(next, key: part.key, after: previous?.pause ?? 0) {
        skipped.append(part)
        return .fedAhead
      }
      try settle(headStart)
    }
    return .feed(after: previous)
  }

  /// Ends following the head start: takes its meter when it fed exactly the parts so far,
  /// else feeds them here.
  private func settle(_ headStart: MeterHeadStart) throws {
    self.headStart = nil
    defer { skipped = [] }
    if skipped.count == headStart.keys.count, let fed = headStart.take() {
      whole = fed
      tookHeadStart = true
      return
    }
    headStart.join()
    for (number, part) in skipped.enumerated() {
      let previous = number == 0 ? nil : skipped[number - 1]
      let pause = previous.map {
        (key: $0.key, pause: job.gap(after: number - 1, $0, before: part))
      }
      try whole.add(try part.samples.load(), after: pause, tone: job.mastering.chain.roomTone)
    }
  }

  private func advance(_ part: PartSummary) {
    peaks = (max(peaks.truePeak, part.peaks.truePeak), max(peaks.samplePeak, part.peaks.samplePeak))
    last = part
    next += 1
  }
}

/// What failed on a thread, for the thread that joins it.
private final class FailureBox: Sendable {
  let error = Mutex<(any Error)?>(nil)
}
