#if canImport(Glibc)
  import Glibc
#endif

/// Runs synthesis jobs in forked child processes, at most `jobs` at once.
///
/// Each job runs in a fresh child forked from an initialized engine, so that:
/// - output is reproducible: such a child synthesizes exactly what a first call in a new
///   process would, whatever ran before;
/// - jobs run in parallel (the engine itself is single-threaded);
/// - an engine crash (Debian's build aborts on some inputs) ends one child, not the render.
///
/// The children are not forked from this process but from a *synthesis process* that the pool
/// forks once, on its first ``run(_:onOutcome:)`` (see ``SynthesisZygote``): that process does
/// nothing but read job requests and fork, so its memory stays untouched between forks. The
/// process that owns the pool then never forks again: it pays no copy-on-write faults for
/// its own heap, however many jobs it runs (measured on 340 parts: a fifth of its time).
///
/// Create the pool in a process that has started no other threads than the engine's own
/// (no Dispatch, no Swift concurrency) and has not synthesized: only the forking thread
/// exists in a child, and the engine state it forks must be fresh.
public final class ForkingSynthesisPool {
  /// The most children running at once.
  public let width: Int
  /// The sample rate of the empty speech that stands in for a skipped call.
  public let sampleRate: Int
  /// The most wall-clock seconds a child may live (0: no limit); then `SIGALRM` ends it and
  /// its job is reported as crashed. A guard against an engine that loops or a child that
  /// deadlocks; the whole seed takes well under a second.
  public var jobTimeLimit: UInt32 = 600
  private let prepare: (SynthesisCall) -> Void
  private let synthesize: (SynthesisCall) throws(SpeechError) -> Speech
  private var zygote: SynthesisZygote.Handle?

  /// Creates a pool of at most `jobs` concurrent children, each running `synthesize` for its
  /// calls. `prepare` runs in the synthesis process with a job's first call just before its
  /// child is forked (to load that call's voice once there, not in every child); both
  /// closures run only in those processes, never in this one.
  public init(
    jobs: Int, sampleRate: Int = 22_050, prepare: @escaping (SynthesisCall) -> Void = { _ in },
    synthesize: @escaping (SynthesisCall) throws(SpeechError) -> Speech
  ) {
    self.width = max(1, jobs)
    self.sampleRate = sampleRate
    self.prepare = prepare
    self.synthesize = synthesize
  }

  deinit {
    zygote?.stop()
  }

  /// Runs `jobs` and calls `onOutcome` as each one ends, in order of completion; returns when
  /// all have ended.
  ///
  /// `meanwhile` runs once, after the first jobs are handed out and before this process
  /// first waits for one: work of the caller's that then overlaps with synthesis.
  ///
  /// - Throws: ``SpeechError`` when the synthesis process cannot be started or ends
  ///   unexpectedly (after the jobs it had ended have been reported).
  public func run(
    _ jobs: [SynthesisJob], meanwhile: () -> Void = {},
    onOutcome: (SynthesisJob, SynthesisOutcome) -> Void
  ) throws(SpeechError) {
    guard !jobs.isEmpty else {
      meanwhile()
      return
    }
    let zygote = try startedZygote()
    // Every request goes out at once: the synthesis process queues them and starts the next
    // job the moment a worker ends, without a round trip through this process.
    var requests: [UInt8] = []
    for (sequence, job) in jobs.enumerated() {
      requests += ZygoteMessage.run(sequence: sequence, job: job, timeLimit: jobTimeLimit).encoded
    }
    do throws(SpeechError) {
      try SystemCall.writeAll(zygote.requests, requests, subject: "synthesis process")
    } catch {
      self.zygote = nil
      zygote.stop()
      throw error
    }
    meanwhile()
    var remaining = jobs.count
    var buffer: [UInt8] = []
    while remaining > 0 {
      guard let bytes = SystemCall.readSome(zygote.outcomes) else {
        // The synthesis process is gone (killed, or interrupted with Ctrl-C).
        self.zygote = nil
        zygote.stop()
        throw SpeechError(
          kind: .system(call: "read", subject: "synthesis process", reason: "ended unexpectedly"),
          message: "the synthesis process ended unexpectedly", exitStatus: .software)
      }
      buffer += bytes
      for case .ended(let sequence, let outcome) in ZygoteMessage.take(from: &buffer)
      where jobs.indices.contains(sequence) {
        remaining -= 1
        onOutcome(jobs[sequence], outcome)
      }
    }
  }

  /// Starts the synthesis process now rather than on the first ``run(_:onOutcome:)``, and
  /// has it load `voice` (as `prepare` would) while this process goes on with other work.
  ///
  /// - Throws: ``SpeechError`` when the process cannot be forked.
  public func start(warmingUp voice: VoiceParameters? = nil) throws(SpeechError) {
    guard zygote == nil else { return }
    let warmUp = voice.map { SynthesisCall(text: "", voice: $0) }
    zygote = try SynthesisZygote.start(
      width: width, sampleRate: sampleRate, warmUp: warmUp, prepare: prepare,
      synthesize: synthesize)
  }

  private func startedZygote() throws(SpeechError) -> SynthesisZygote.Handle {
    try start()
    guard let zygote else {
      throw SpeechError(
        kind: .other, message: "the synthesis process did not start", exitStatus: .software)
    }
    return zygote
  }
}

/// The pool is confined to the thread that runs its jobs.
@available(*, unavailable)
extension ForkingSynthesisPool: Sendable {}
