#if canImport(Glibc)
  import Glibc
#endif

/// Runs synthesis jobs in forked child processes, at most `jobs` at once.
///
/// Each job runs in a fresh child forked from this process, so that:
/// - output is reproducible: a child forked from an initialized engine synthesizes exactly
///   what a first call in a new process would, whatever ran before;
/// - jobs run in parallel (the engine itself is single-threaded);
/// - an engine crash (Debian's build aborts on some inputs) ends one child, not the render.
///
/// The parent is single-threaded: it forks, then waits on the children's pipes with `poll`
/// and reaps them with `waitpid`. Fork only from a process that has started no other threads
/// than the engine's own (no Dispatch, no Swift concurrency): only the forking thread exists
/// in the child, and locks held by others would stay locked there.
/// The parent should not synthesize itself, or the engine state it forks would carry over.
public final class ForkingSynthesisPool {
  /// The most children running at once.
  public let width: Int
  /// The sample rate of the empty speech that stands in for a skipped call.
  public let sampleRate: Int
  /// The most wall-clock seconds a child may live (0: no limit); then `SIGALRM` ends it and
  /// its job is reported as crashed. A guard against an engine that loops or a child that
  /// deadlocks; the whole seed takes well under a second.
  public var jobTimeLimit: UInt32 = 600
  private let synthesize: (SynthesisCall) throws(SpeechError) -> Speech

  /// Creates a pool of at most `jobs` concurrent children, each running `synthesize` for its
  /// calls; `synthesize` runs only in children.
  public init(
    jobs: Int, sampleRate: Int = 22_050,
    synthesize: @escaping (SynthesisCall) throws(SpeechError) -> Speech
  ) {
    self.width = max(1, jobs)
    self.sampleRate = sampleRate
    self.synthesize = synthesize
  }

  /// Runs `jobs` and calls `onOutcome` as each one ends, in order of completion; returns when
  /// all have ended.
  ///
  /// - Throws: ``SpeechError`` when a pipe or a child cannot be created (after the children
  ///   already started have ended and been reported).
  public func run(
    _ jobs: [SynthesisJob], onOutcome: (SynthesisJob, SynthesisOutcome) -> Void
  ) throws(SpeechError) {
    var pending = jobs[...]
    var running: [RunningChild] = []
    var startFailure: SpeechError?
    while !running.isEmpty || (startFailure == nil && !pending.isEmpty) {
      while startFailure == nil, running.count < width, let job = pending.first {
        do throws(SpeechError) {
          running.append(try start(job))
          pending.removeFirst()
        } catch {
          startFailure = error
        }
      }
      if running.isEmpty { break }
      RunningChild.pollOnce(&running)
      for index in running.indices.reversed() where running[index].isDrained {
        let child = running.remove(at: index)
        onOutcome(child.job, child.reap())
      }
    }
    if let startFailure { throw startFailure }
  }

  /// Forks the child of `job`, with its report pipe and its stderr captured.
  private func start(_ job: SynthesisJob) throws(SpeechError) -> RunningChild {
    let reports = try SystemCall.pipe()
    let errors: (read: Int32, write: Int32)
    do throws(SpeechError) {
      errors = try SystemCall.pipe()
    } catch {
      close(reports.read)
      close(reports.write)
      throw error
    }
    let pid = fork()
    if pid == 0 {
      // The default action for fatal signals: a crash ends the child at once, with the C
      // library's message as the last stderr line, not after the Swift runtime's backtrace.
      for fatal in [SIGABRT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP] { signal(fatal, SIG_DFL) }
      // Under a file-size limit, writing the archive then fails with EFBIG, reported as an
      // error, instead of the child being killed.
      signal(SIGXFSZ, SIG_IGN)
      signal(SIGALRM, SIG_DFL)
      // The forking thread may block signals (test runners do); the child must receive them.
      var none = sigset_t()
      sigemptyset(&none)
      sigprocmask(SIG_SETMASK, &none, nil)
      alarm(jobTimeLimit)
      close(reports.read)
      close(errors.read)
      dup2(errors.write, STDERR_FILENO)
      runChild(job, reports: reports.write)
    }
    let code = errno
    close(reports.write)
    close(errors.write)
    guard pid > 0 else {
      close(reports.read)
      close(errors.read)
      throw SpeechError.system("fork", subject: "job \(job.id)", errno: code)
    }
    return RunningChild(job: job, pid: pid, reports: reports.read, errors: errors.read)
  }

  /// The child's whole life: report each call before making it, archive, `_exit`.
  ///
  /// It never returns into the parent's Swift code, and `_exit` skips `atexit` handlers and
  /// stdio buffers that belong to the parent.
  private func runChild(_ job: SynthesisJob, reports: Int32) -> Never {
    func report(_ message: ChildReport) {
      // A parent gone is the only cause of failure here; the child then just ends.
      do throws(SpeechError) {
        try SystemCall.writeAll(reports, message.encoded, subject: "report pipe")
      } catch {
        _exit(2)
      }
    }
    var speeches: [Speech] = []
    speeches.reserveCapacity(job.calls.count)
    do throws(SpeechError) {
      for (index, call) in job.calls.enumerated() {
        report(.call(index))
        if job.skipping.contains(index) {
          speeches.append(Speech(samples: [], sampleRate: sampleRate, events: []))
        } else {
          speeches.append(try synthesize(call))
        }
      }
      try SpeechArchive.write(speeches, to: job.destination)
    } catch {
      report(.failed(error))
      _exit(1)
    }
    report(.done)
    _exit(0)
  }
}

/// The pool is confined to the thread that forks and reaps its children.
@available(*, unavailable)
extension ForkingSynthesisPool: Sendable {}
