import LecternSupport

/// Renders the documents of one shard, one after another, going on past a document that
/// fails: each failure is printed, recorded in the ledger (``FailureRecord``) beside the
/// document's last good render, and the run ends with the first failure's status.
///
/// A failure that no other document could escape stops the shard at once: a write error
/// (disk full, 74), a ledger that cannot be written, and an interruption (130, recorded as
/// no document's failure).
public struct BatchRun {
  /// What rendering one document came to.
  public enum Result: Sendable, Equatable {
    /// Rendered and committed.
    case rendered
    /// Already complete and current (its render key matched): nothing written.
    case current
  }

  /// How a shard's run ended.
  public struct Outcome: Sendable, Equatable {
    /// Documents rendered.
    public var rendered = 0
    /// Documents skipped as current.
    public var current = 0
    /// The failures, in the order they happened.
    public var failures: [FailureRecord] = []

    /// The exit status of the shard: the first failure's, or 0.
    public var exitStatus: Int32 { failures.first?.status ?? 0 }
  }

  /// The shard this run renders.
  public let shard: Shard
  /// Where failures are recorded.
  public let ledger: BatchLedger
  /// Prints a failure's line on stderr.
  public let say: (String) -> Void
  /// Prints a line of progress (a document skipped as current), unless the user asked quiet.
  public let note: (String) -> Void

  /// A run of `shard` recording into `ledger`.
  public init(
    shard: Shard, ledger: BatchLedger, say: @escaping (String) -> Void,
    note: @escaping (String) -> Void
  ) {
    self.shard = shard
    self.ledger = ledger
    self.say = say
    self.note = note
  }

  /// Renders `documents` with `render`.
  ///
  /// - Throws: the error that stopped the shard (see the type's description); documents'
  ///   own failures are in the outcome instead.
  public func run(
    _ documents: [BatchDocument], render: (BatchDocument) throws -> Result
  ) throws -> Outcome {
    var outcome = Outcome()
    for document in documents {
      do {
        switch try render(document) {
        case .rendered: outcome.rendered += 1
        case .current:
          outcome.current += 1
          note("\(document.name): current (render key unchanged), skipped")
        }
        ledger.clearFailure(of: document.name)
      } catch {
        let status = (error as? LecternError)?.exitStatus ?? .software
        // Stopped by the user: not the document's failure; its last render stands.
        if status == Self.interrupted { throw error }
        let message = (error as? LecternError)?.description ?? "\(document.source): \(error)"
        say("lectern: \(message)")
        let record = FailureRecord(
          document: document.name, source: document.source, error: message,
          status: status.rawValue, shard: shard.description)
        outcome.failures.append(record)
        let recorded = Swift.Result { () throws(BatchError) in try ledger.recordFailure(record) }
        if Self.stopsTheShard(status) { throw error }
        try recorded.get()
      }
    }
    return outcome
  }

  /// Whether a failure with `status` would fail every later document too.
  static func stopsTheShard(_ status: ExitStatus) -> Bool { status == .ioError }

  /// 128 + SIGINT: the user stopped the run (Ctrl-C, or the scheduler's SIGTERM).
  static let interrupted = ExitStatus(rawValue: 130)
}
