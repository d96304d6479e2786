import LecternSupport

/// An error that ends a render or a preview.
public struct RenderError: LecternError, Sendable, Hashable {
  /// What kind of failure this is; it decides the exit status.
  public enum Code: String, Sendable, Hashable {
    /// The plan names a voice profile that does not exist.
    case unknownVoice
    /// The requested part id is not in the plan.
    case unknownPart
    /// The document's name is one Lectern keeps for its own files.
    case reservedName
    /// The output folder cannot be created or written.
    case cannotCreateOutput
    /// Writing an output failed midway (disk full, file-size limit).
    case writeFailed
    /// The speech engine crashed on some text.
    case engineCrashed
    /// The speech engine reported an error.
    case engineFailed
    /// The user interrupted the render.
    case interrupted
    /// An error of another layer, whose status ``passedStatus`` keeps.
    case passedThrough
    /// A part is longer than ``PartScript/maximumCharacters``.
    case partTooLong
  }

  /// What kind of failure this is.
  public var code: Code
  /// The one-line message.
  public var message: String
  /// The exit status of an error that came from another layer or process, kept unchanged.
  public var passedStatus: ExitStatus?

  /// Creates an error.
  public init(_ code: Code, _ message: String) {
    self.code = code
    self.message = message
  }

  /// `error` in `context` (`part 7`), with its exit status unchanged.
  public init(passing error: some LecternError, context: String) {
    self.init(.passedThrough, "\(context): \(error)")
    passedStatus = error.exitStatus
  }

  /// The one-line message.
  public var description: String { message }

  /// How the command line exits.
  public var exitStatus: ExitStatus {
    if let passedStatus { return passedStatus }
    return switch code {
    case .unknownVoice: .configuration
    case .unknownPart, .reservedName: .usage
    case .cannotCreateOutput: .cannotCreate
    case .writeFailed: .ioError
    case .engineCrashed, .engineFailed: .software
    // 128 + SIGINT, what a shell reports for a process interrupted by Ctrl-C.
    case .interrupted: .interrupted
    case .passedThrough: .software
    case .partTooLong: .dataError
    }
  }
}
