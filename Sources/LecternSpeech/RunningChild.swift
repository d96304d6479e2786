#if canImport(Glibc)
  import Glibc
#endif

/// A forked synthesis child as its parent sees it: its pipes, what they carried, its pid.
struct RunningChild {
  let job: SynthesisJob
  let pid: pid_t
  /// The read end of the report pipe, or -1 once it reached its end.
  private(set) var reports: Int32
  /// The read end of the child's stderr, or -1 once it reached its end.
  private(set) var errors: Int32
  private var reportBytes: [UInt8] = []
  private var errorBytes: [UInt8] = []
  /// The most stderr kept: the end of it, where the fatal message is.
  private static let errorLimit = 16 * 1024

  init(job: SynthesisJob, pid: pid_t, reports: Int32, errors: Int32) {
    self.job = job
    self.pid = pid
    self.reports = reports
    self.errors = errors
  }

  /// Both pipes reached their end: the child has exited (or closed them to exit).
  var isDrained: Bool { reports < 0 && errors < 0 }

  /// Waits until some pipe of `children`, or `extra` (unless it is -1), is readable, and
  /// reads the children's. Returns whether `extra` is readable (or at its end).
  ///
  /// The corresponding C function is `poll`.
  static func pollOnce(_ children: inout [RunningChild], also extra: Int32 = -1) -> Bool {
    var descriptors: [pollfd] = []
    if extra >= 0 { descriptors.append(pollfd(fd: extra, events: Int16(POLLIN), revents: 0)) }
    for child in children {
      for descriptor in [child.reports, child.errors] where descriptor >= 0 {
        descriptors.append(pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0))
      }
    }
    guard !descriptors.isEmpty else { return false }
    let ready = poll(&descriptors, nfds_t(descriptors.count), -1)
    if ready < 0 && errno != EINTR {
      // Unpollable pipes: stop reading them; the children are then reaped by waiting, and
      // whatever they did not report counts as a crash.
      for index in children.indices { children[index].closePipes() }
      return extra >= 0
    }
    guard ready > 0 else { return false }  // EINTR: the caller polls again
    var extraReady = false
    for entry in descriptors where entry.revents != 0 {
      if entry.fd == extra {
        extraReady = true
        continue
      }
      for index in children.indices { children[index].drain(entry.fd) }
    }
    return extraReady
  }

  private mutating func closePipes() {
    for descriptor in [reports, errors] where descriptor >= 0 { close(descriptor) }
    reports = -1
    errors = -1
  }

  /// Reads what is available on `descriptor` if it is one of this child's.
  private mutating func drain(_ descriptor: Int32) {
    if descriptor == reports {
      if let bytes = SystemCall.readSome(descriptor) {
        reportBytes += bytes
      } else {
        close(reports)
        reports = -1
      }
    } else if descriptor == errors {
      if let bytes = SystemCall.readSome(descriptor) {
        errorBytes += bytes
        if errorBytes.count > Self.errorLimit {
          errorBytes.removeFirst(errorBytes.count - Self.errorLimit)
        }
      } else {
        close(errors)
        errors = -1
      }
    }
  }

  /// Waits for the child's exit and tells how its job ended.
  ///
  /// The corresponding C function is `waitpid`.
  func reap() -> SynthesisOutcome {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      if errno != EINTR {
        return .failed(.system("waitpid", subject: "job \(job.id)", errno: errno))
      }
    }
    let reports = ChildReport.decode(reportBytes)
    var lastCall = -1
    for case .call(let index) in reports { lastCall = index }
    for case .failed(let error) in reports { return .failed(error) }
    let signal = status & 0x7F
    let exitCode = (status >> 8) & 0xFF
    if signal == 0, exitCode == 0, reports.contains(.done) { return .finished }
    var reason =
      signal != 0 ? "killed by \(Self.signalName(signal))" : "exited with status \(exitCode)"
    if let line = lastErrorLine { reason += ": \(line)" }
    return .crashed(callIndex: lastCall, reason: reason)
  }

  /// The last non-empty line the child wrote on stderr.
  private var lastErrorLine: String? {
    let text = String(decoding: errorBytes, as: UTF8.self)
    return text.split(whereSeparator: \.isNewline).last { !$0.allSatisfy(\.isWhitespace) }
      .map { String($0.trimmingPrefix(while: \.isWhitespace)) }
  }

  private static func signalName(_ signal: Int32) -> String {
    let names: [Int32: String] = [
      SIGABRT: "SIGABRT", SIGSEGV: "SIGSEGV", SIGBUS: "SIGBUS", SIGFPE: "SIGFPE",
      SIGILL: "SIGILL", SIGKILL: "SIGKILL", SIGTERM: "SIGTERM", SIGPIPE: "SIGPIPE",
      SIGXFSZ: "SIGXFSZ", SIGXCPU: "SIGXCPU", SIGINT: "SIGINT", SIGTRAP: "SIGTRAP",
      SIGALRM: "SIGALRM (time limit)",
    ]
    return names[signal] ?? "signal \(signal)"
  }
}
