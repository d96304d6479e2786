import LecternSupport

/// An error of the speech layer.
public struct SpeechError: LecternError, Sendable, Hashable {
  /// What went wrong.
  public var message: String
  /// How the command line exits.
  public var exitStatus: ExitStatus

  /// Creates an error.
  public init(_ message: String, exitStatus: ExitStatus = .software) {
    self.message = message
    self.exitStatus = exitStatus
  }

  /// The one-line message.
  public var description: String { message }
}
