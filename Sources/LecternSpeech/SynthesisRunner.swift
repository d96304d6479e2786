import LecternSupport

/// What runs synthesis jobs for the render layer: ``ForkingSynthesisPool`` (each job in a
/// fresh child process), or ``InProcessSynthesisRunner`` (the test double beside this file).
public protocol SynthesisRunner: AnyObject {
  /// Prepares to run jobs (a pool forks its synthesis process), loading `voice` meanwhile.
  func start(warmingUp voice: VoiceSettings?) throws(SpeechError)

  /// Runs `jobs` and calls `onOutcome` as each one ends; returns when all have ended or
  /// after `onOutcome` answered ``SynthesisResponse/stop``. `meanwhile` runs once, after the
  /// jobs are handed out and before the first outcome is awaited.
  func run(
    _ jobs: [SynthesisJob], meanwhile: () -> Void,
    onOutcome: (SynthesisJob, SynthesisOutcome) -> SynthesisResponse
  ) throws(SpeechError)
}

/// What the caller of ``SynthesisRunner/run(_:meanwhile:onOutcome:)`` wants after an outcome.
public enum SynthesisResponse: Sendable {
  /// Go on with the remaining jobs.
  case proceed
  /// Start no more jobs: the running ones finish and `run` returns without reporting them.
  case stop
}

/// A ``SynthesisRunner`` for tests of the layers above speech: runs each job in this process,
/// one after the other, with a ``TestSynthesizer``, and writes its archive like a worker.
///
/// A call whose text contains ``crashMarker`` ends its job as a crash (as the engine's abort
/// would); ``jobsRun`` counts the jobs started, so that a test can tell that a render stopped
/// early.
public final class InProcessSynthesisRunner: SynthesisRunner {
  /// The text that makes a call "crash".
  public static let crashMarker = "<crash>"
  /// How many jobs were started.
  public private(set) var jobsRun = 0
  private var synthesizer: TestSynthesizer

  /// Creates a runner over `synthesizer`.
  public init(synthesizer: TestSynthesizer = TestSynthesizer()) {
    self.synthesizer = synthesizer
  }

  /// Does nothing: there is no process to start.
  public func start(warmingUp voice: VoiceSettings?) {}

  /// Runs `jobs` in order, in this process.
  public func run(
    _ jobs: [SynthesisJob], meanwhile: () -> Void,
    onOutcome: (SynthesisJob, SynthesisOutcome) -> SynthesisResponse
  ) {
    meanwhile()
    for job in jobs {
      jobsRun += 1
      if onOutcome(job, outcome(of: job)) == .stop { return }
    }
  }

  private func outcome(of job: SynthesisJob) -> SynthesisOutcome {
    do throws(SpeechError) {
      let archive = try SpeechArchive.Writer(
        path: job.destination, key: job.key, calls: job.calls.count)
      for (index, call) in job.calls.enumerated() {
        if job.skipping.contains(index) {
          try archive.append(Speech(samples: [], sampleRate: synthesizer.sampleRate, events: []))
          continue
        }
        if call.text.contains(Self.crashMarker) {
          return .crashed(callIndex: index, reason: "killed by SIGABRT: test crash")
        }
        try archive.append(
          try synthesizer.synthesize(call.text, voice: call.voice, options: call.options))
      }
      try archive.finish()
      return .finished
    } catch {
      return .failed(error)
    }
  }
}
