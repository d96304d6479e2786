#if canImport(Glibc)
  import Glibc
#endif

/// Forks the child that runs one ``SynthesisJob``, and is that child's whole life.
struct Worker {
  let sampleRate: Int
  let synthesize: (SynthesisCall) throws(SpeechError) -> Speech
  /// The most wall-clock seconds the child may live (0: no limit).
  let timeLimit: UInt32

  /// Forks the child of `job`, with its report pipe and its stderr captured; the child closes
  /// `closing` (its parent's own pipes) first.
  ///
  /// The corresponding C functions are `pipe`, `fork`, `dup2`, `signal` and `alarm`.
  func start(_ job: SynthesisJob, closing: [Int32]) throws(SpeechError) -> RunningChild {
    let (reports, errors) = try SystemCall.twoPipes()
    let pid = fork()
    if pid == 0 {
      for descriptor in closing { close(descriptor) }
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
      alarm(timeLimit)
      close(reports.read)
      close(errors.read)
      dup2(errors.write, STDERR_FILENO)
      run(job, reports: reports.write)
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
  /// It never returns into its parent's Swift code, and `_exit` skips `atexit` handlers and
  /// stdio buffers that belong to the parent.
  private func run(_ job: SynthesisJob, reports: Int32) -> Never {
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
