import LecternSystem

/// A forked worker as its parent (a voice process) sees it: its pipes, what they carried, and
/// the child itself, reaped once both pipes reached their end.
final class WorkerProcess {
  let sequence: Int
  let job: SynthesisJob
  private var child: ChildProcess?
  /// The read end of the report pipe; `nil` once it reached its end.
  private var reports: Descriptor?
  /// The read end of the child's stderr; `nil` once it reached its end.
  private var errors: Descriptor?
  private var reportBytes: [UInt8] = []
  private var errorBytes: [UInt8] = []
  /// The most stderr kept: the end of it, where the fatal message is.
  private static let errorLimit = 16 * 1024

  init(
    sequence: Int, job: SynthesisJob, child: consuming ChildProcess,
    reports: consuming Descriptor, errors: consuming Descriptor
  ) {
    self.sequence = sequence
    self.job = job
    self.child = consume child
    self.reports = consume reports
    self.errors = consume errors
  }

  /// The descriptors still open, to poll.
  var descriptors: [Int32] { [reports?.number ?? -1, errors?.number ?? -1].filter { $0 >= 0 } }

  /// Both pipes reached their end: the child has exited (or closed them to exit).
  var isDrained: Bool { reports == nil && errors == nil }

  /// Reads what is available on `descriptor` if it is one of this worker's.
  func drain(_ descriptor: Int32) {
    if descriptor == reports?.number {
      // A read error on a pipe means the same as its end: the child is gone.
      if let bytes = try? reports?.readSome() { reportBytes += bytes } else { reports = nil }
    } else if descriptor == errors?.number {
      if let bytes = try? errors?.readSome() {
        errorBytes += bytes
        if errorBytes.count > Self.errorLimit {
          errorBytes.removeFirst(errorBytes.count - Self.errorLimit)
        }
      } else {
        errors = nil
      }
    }
  }

  /// Waits for the child's exit and tells how its job ended.
  func finish() -> SynthesisOutcome {
    reports = nil
    errors = nil
    guard let child = child.take() else {
      return .failed(SpeechError("job \(job.id): reaped twice", exitStatus: .software))
    }
    let termination: ChildProcess.Termination
    do {
      termination = try child.wait()
    } catch {
      return .failed(SpeechError(error))
    }
    return Self.outcome(
      reports: ChildReport.decode(reportBytes), termination: termination,
      lastErrorLine: lastErrorLine)
  }

  /// How a job ended, from what its child reported and how it exited.
  ///
  /// An error the child reported travels unchanged (its kind and exit status); a child that
  /// died says how, with its last stderr line; one that ran out of memory says so.
  static func outcome(
    reports: [ChildReport], termination: ChildProcess.Termination, lastErrorLine: String?
  ) -> SynthesisOutcome {
    var lastCall = -1
    for case .call(let index) in reports { lastCall = index }
    for case .failed(let error) in reports { return .failed(error) }
    if termination == .exited(0), reports.contains(.done) { return .finished }
    if let line = lastErrorLine,
      line.contains("failed to allocate") || line.contains("out of memory")
    {
      return .failed(
        SpeechError(
          kind: .outOfMemory(callIndex: lastCall),
          message: "the synthesis process ran out of memory (\(termination): \(line))",
          exitStatus: .osError))
    }
    var reason = termination.description
    if let line = lastErrorLine { reason += ": \(line)" }
    return .crashed(callIndex: lastCall, reason: reason)
  }

  /// The last non-empty line the child wrote on stderr.
  private var lastErrorLine: String? {
    let text = String(decoding: errorBytes, as: UTF8.self)
    return text.split(whereSeparator: \.isNewline).last { !$0.allSatisfy(\.isWhitespace) }
      .map { String($0.trimmingPrefix(while: \.isWhitespace)) }
  }
}
