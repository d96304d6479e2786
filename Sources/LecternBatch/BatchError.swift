import LecternSupport

/// A batch that cannot start as asked: a bad `--shard`, a shard variable that does not make
/// an index, a list that cannot be read, two documents with one name.
public struct BatchError: LecternError, Sendable, Hashable {
  /// The one-line message.
  public var description: String
  /// How the command line exits.
  public var exitStatus: ExitStatus

  /// Creates an error; a usage error (64) unless said otherwise.
  public init(_ description: String, exitStatus: ExitStatus = .usage) {
    self.description = description
    self.exitStatus = exitStatus
  }
}
