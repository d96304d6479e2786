#if canImport(Glibc)
  import Glibc
#endif

/// The synthesis process of a ``ForkingSynthesisPool``: a child forked once from the process
/// that opened the engine, which reads job requests and forks one worker per job.
///
/// Its loop touches almost no memory between forks, so forking from it stays cheap and the
/// engine state every worker starts from is the same. It is single-threaded: it waits on the
/// request pipe and the workers' pipes with `poll`, reaps workers with `waitpid`, and reports
/// each outcome on the outcome pipe. It ends when the request pipe closes and its last worker
/// has been reaped, or when the pool can no longer be told anything.
struct SynthesisZygote {
  /// The pool's side of a running synthesis process.
  struct Handle {
    let pid: pid_t
    /// Write end of the request pipe.
    let requests: Int32
    /// Read end of the outcome pipe.
    let outcomes: Int32

    /// Closes the request pipe (the process then finishes its workers and ends) and reaps it.
    ///
    /// The corresponding C functions are `close` and `waitpid`.
    func stop() {
      close(requests)
      close(outcomes)
      var status: Int32 = 0
      while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    }
  }

  /// The most workers running at once.
  let width: Int
  let sampleRate: Int
  let prepare: (SynthesisCall) -> Void
  let synthesize: (SynthesisCall) throws(SpeechError) -> Speech

  /// Forks the synthesis process.
  ///
  /// The corresponding C functions are `pipe` and `fork`.
  static func start(
    width: Int, sampleRate: Int, warmUp: SynthesisCall?, prepare: @escaping (SynthesisCall) -> Void,
    synthesize: @escaping (SynthesisCall) throws(SpeechError) -> Speech
  ) throws(SpeechError) -> Handle {
    let (requests, outcomes) = try SystemCall.twoPipes()
    let pid = fork()
    if pid == 0 {
      // Only its own pipes: an inherited descriptor would keep what it refers to alive for
      // as long as this process lives (an output folder's lock, a pipe's write end).
      closeDescriptors(keeping: [requests.read, outcomes.write])
      // A pool that is gone makes writes fail with EPIPE, which ends the loop, not a signal.
      signal(SIGPIPE, SIG_IGN)
      // Ctrl-C and termination end synthesis at once (the pool's own handlers, inherited
      // through the fork, would only set a flag here), and nothing blocks them.
      signal(SIGINT, SIG_DFL)
      signal(SIGTERM, SIG_DFL)
      var none = sigset_t()
      sigemptyset(&none)
      sigprocmask(SIG_SETMASK, &none, nil)
      let zygote = SynthesisZygote(
        width: width, sampleRate: sampleRate, prepare: prepare, synthesize: synthesize)
      if let warmUp { prepare(warmUp) }
      zygote.serve(requests: requests.read, outcomes: outcomes.write)
    }
    let code = errno
    close(requests.read)
    close(outcomes.write)
    guard pid > 0 else {
      close(requests.write)
      close(outcomes.read)
      throw SpeechError.system("fork", subject: "synthesis process", errno: code)
    }
    return Handle(pid: pid, requests: requests.write, outcomes: outcomes.read)
  }

  /// The synthesis process's whole life.
  private func serve(requests: Int32, outcomes: Int32) -> Never {
    var running: [(sequence: Int, child: RunningChild)] = []
    var queue: [(sequence: Int, job: SynthesisJob, timeLimit: UInt32)] = []
    var next = 0  // the first job of `queue` not started yet
    var buffer: [UInt8] = []
    var requestsOpen = true
    while requestsOpen || !running.isEmpty || next < queue.count {
      while running.count < width, next < queue.count {
        let (sequence, job, timeLimit) = queue[next]
        queue[next].job.calls = []  // started: its text is no longer needed here
        next += 1
        if let first = job.calls.first { prepare(first) }
        do throws(SpeechError) {
          let child = try Worker(
            sampleRate: sampleRate, synthesize: synthesize, timeLimit: timeLimit
          ).start(job, closing: [requests, outcomes])
          running.append((sequence, child))
        } catch {
          report(.ended(sequence: sequence, outcome: .failed(error)), to: outcomes)
        }
      }
      if next == queue.count {
        queue.removeAll(keepingCapacity: true)
        next = 0
      }
      var children = running.map(\.child)
      let requestReady = RunningChild.pollOnce(&children, also: requestsOpen ? requests : -1)
      for index in running.indices { running[index].child = children[index] }
      if requestReady {
        if let bytes = SystemCall.readSome(requests) {
          buffer += bytes
        } else {
          requestsOpen = false
        }
        for case .run(let sequence, let job, let timeLimit) in ZygoteMessage.take(from: &buffer) {
          queue.append((sequence, job, timeLimit))
        }
        // Requests first: the loop's top starts what fits.
        if next < queue.count && running.count < width { continue }
      }
      for index in running.indices.reversed() where running[index].child.isDrained {
        let (sequence, child) = running.remove(at: index)
        report(.ended(sequence: sequence, outcome: child.reap()), to: outcomes)
      }
    }
    _exit(0)
  }

  private func report(_ message: ZygoteMessage, to outcomes: Int32) {
    do throws(SpeechError) {
      try SystemCall.writeAll(outcomes, message.encoded, subject: "outcome pipe")
    } catch {
      // The pool is gone: nobody is left to run jobs for.
      _exit(3)
    }
  }

  /// Closes every descriptor above 2 but `keeping`.
  ///
  /// The corresponding C function is `close_range` (Linux 5.9, glibc 2.34: looked up at run
  /// time, as Swift's Glibc module does not declare it); without it, `close` up to the limit
  /// of open files.
  private static func closeDescriptors(keeping: [Int32]) {
    typealias CloseRange = @convention(c) (UInt32, UInt32, Int32) -> Int32
    var first: Int32 = 3
    let closeRange = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "close_range").map {
      unsafeBitCast($0, to: CloseRange.self)
    }
    for kept in keeping.sorted() + [Int32.max] where kept >= first {
      let last = kept == Int32.max ? UInt32.max : UInt32(kept - 1)
      let closed = kept == first || closeRange?(UInt32(first), last, 0) == 0
      if !closed {
        let limit = Int32(clamping: min(Int(sysconf(Int32(_SC_OPEN_MAX))), 65_536))
        for descriptor in first..<max(first, min(kept, limit)) { close(descriptor) }
      }
      first = kept == Int32.max ? kept : kept + 1
    }
  }
}
