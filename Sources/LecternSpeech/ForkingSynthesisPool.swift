import LecternSupport
import LecternSystem

/// Runs synthesis jobs in forked child processes, at most `jobs` at once.
///
/// Each job runs in a fresh child forked from an engine state that depends only on the job's
/// first voice, so that:
/// - output is reproducible: a job's speech is the same whatever ran before or beside it in
///   this or any other pool (a preview equals its part in a full render);
/// - jobs run in parallel (the engine itself is single-threaded);
/// - an engine crash (Debian's build aborts on some inputs) ends one child, not the render.
///
/// Processes: this one forks a *synthesis process* once (``SynthesisRouter``), which never
/// touches the engine; it forks one ``VoiceProcess`` per distinct first voice, which selects
/// that voice once and forks that voice's workers. The process that owns the pool never forks
/// again, so it pays no copy-on-write faults for its own heap however many jobs it runs.
///
/// Create the pool in a process whose only other thread is the engine's idle one (see
/// ``ChildProcess``) and that has not synthesized.
public final class ForkingSynthesisPool: SynthesisRunner {
  /// The most children running at once.
  public let width: Int
  /// The most voice processes alive at once (0: workers select their own voice).
  public let voiceLimit: Int
  /// The sample rate of the empty speech that stands in for a skipped call.
  public let sampleRate: Int
  /// The most wall-clock seconds a child may live (0: no limit); then `SIGALRM` ends it and
  /// its job is reported as crashed. A guard against an engine that loops or a child that
  /// deadlocks.
  public var jobTimeLimit: UInt32 = 600
  private let load: (VoiceSettings) -> Void
  private let synthesize: (SynthesisCall) throws(SpeechError) -> Speech
  private var process: ChildProcess?
  private var requests: Descriptor?
  private var outcomes: MessageChannel?

  /// Creates a pool of at most `jobs` concurrent children, each running `synthesize` for its
  /// calls. `load` runs once in each voice process with the first voice of its jobs (to load
  /// that voice's dictionary once, not in every child). At most `voiceProcesses` of them live
  /// at once (default: `jobs + 2`); 0 makes every worker load its own voice. Both closures run
  /// only in the pool's processes, never in this one.
  public init(
    jobs: Int, sampleRate: Int = 22_050, voiceProcesses: Int? = nil,
    load: @escaping (VoiceSettings) -> Void = { _ in },
    synthesize: @escaping (SynthesisCall) throws(SpeechError) -> Speech
  ) {
    self.width = max(1, jobs)
    self.voiceLimit = max(0, voiceProcesses ?? max(1, jobs) + 2)
    self.sampleRate = sampleRate
    self.load = load
    self.synthesize = synthesize
  }

  deinit { stop() }

  /// Runs `jobs` and calls `onOutcome` as each one ends, in order of completion; returns when
  /// all have ended, or after `onOutcome` answered ``SynthesisResponse/stop`` (the running
  /// jobs, at most ``width``, finish first).
  ///
  /// `meanwhile` runs once, after the jobs are handed out and before this process first
  /// waits for one: work of the caller's that then overlaps with synthesis.
  ///
  /// - Throws: ``SpeechError`` when the synthesis process cannot be started or ends
  ///   unexpectedly (after the jobs it had ended have been reported); an interruption
  ///   (exit 130) when the user stops the process meanwhile.
  public func run(
    _ jobs: [SynthesisJob], meanwhile: () -> Void = {},
    onOutcome: (SynthesisJob, SynthesisOutcome) -> SynthesisResponse
  ) throws(SpeechError) {
    guard !jobs.isEmpty else {
      meanwhile()
      return
    }
    try start()
    // Every request goes out at once: the synthesis process queues them and starts the next
    // job the moment a worker ends, without a round trip through this process.
    var bytes: [UInt8] = []
    for (sequence, job) in jobs.enumerated() {
      bytes += PoolMessage.run(sequence: sequence, job: job, timeLimit: jobTimeLimit).encoded
    }
    do throws(SystemError) {
      try requests?.write(bytes)
    } catch {
      stop()
      throw SpeechError(error)
    }
    meanwhile()
    var remaining = jobs.count
    while remaining > 0 {
      let messages = try receive()
      for case .ended(let sequence, let outcome) in messages where jobs.indices.contains(sequence) {
        remaining -= 1
        if onOutcome(jobs[sequence], outcome) == .stop {
          // The synthesis process drops its queue when its requests end.
          stop()
          return
        }
      }
    }
  }

  /// The next outcomes from the synthesis process.
  private func receive() throws(SpeechError) -> [PoolMessage] {
    guard let outcomes else { throw Self.ended }
    while true {
      // Blocks until something arrives; a signal returns nothing, and Ctrl-C then ends here.
      let ready = Poll.readable([outcomes.number])
      if Interruption.requested {
        stop()
        throw SpeechError(Interruption.interrupted)
      }
      if ready.isEmpty { continue }
      let messages = outcomes.receive()
      if !outcomes.isOpen {
        // The synthesis process is gone (killed, or interrupted with Ctrl-C).
        stop()
        if Interruption.requested { throw SpeechError(Interruption.interrupted) }
        throw Self.ended
      }
      if !messages.isEmpty { return messages }
    }
  }

  private static var ended: SpeechError {
    SpeechError(
      kind: .system(call: "read", subject: "synthesis process", reason: "ended unexpectedly"),
      message: "the synthesis process ended unexpectedly", exitStatus: .software)
  }

  /// Starts the synthesis process now rather than on the first ``run(_:meanwhile:onOutcome:)``,
  /// and has it start the voice process of `voice` while this process goes on with other work.
  ///
  /// - Throws: ``SpeechError`` (exit 71) when the process cannot be forked.
  public func start(warmingUp voice: VoiceSettings? = nil) throws(SpeechError) {
    guard process == nil else { return }
    do throws(SystemError) {
      let requestPipe = try Pipe(subject: "requests to the synthesis process")
      let outcomePipe = try Pipe(subject: "outcomes of the synthesis process")
      let (reading, writing) = (requestPipe.reading.number, outcomePipe.writing.number)
      let router = (width, voiceLimit, Worker(sampleRate: sampleRate, synthesize: synthesize), load)
      process = try ChildProcess.fork(name: "synthesis process", keeping: [reading, writing]) {
        let serving = SynthesisRouter(
          width: router.0, voiceLimit: router.1, worker: router.2, load: router.3,
          requests: MessageChannel(
            Descriptor(taking: .init(rawValue: reading), subject: "requests")),
          outcomes: Descriptor(taking: .init(rawValue: writing), subject: "outcomes"))
        if let voice { serving.warmUp(voice) }
        serving.serve()
      }
      requests = .some(requestPipe.writing)
      outcomes = MessageChannel(outcomePipe.reading)
    } catch {
      throw SpeechError(error)
    }
  }

  /// Closes the request pipe (the synthesis process then finishes its workers and ends) and
  /// reaps it.
  private func stop() {
    requests = nil
    outcomes?.close()
    outcomes = nil
    _ = try? process.take()?.wait()
  }
}

/// The pool is confined to the thread that runs its jobs.
@available(*, unavailable)
extension ForkingSynthesisPool: Sendable {}
