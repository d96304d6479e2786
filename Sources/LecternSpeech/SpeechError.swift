import LecternSupport
import LecternSystem

/// An error of the speech layer: the engine, the forked synthesis or a speech archive.
///
/// Engine failures carry the text of `espeak_ng_GetStatusCodeMessage` and name the C call
/// that failed, so that a report can be acted on without a debugger.
public struct SpeechError: LecternError, Sendable, Hashable, Codable {
  /// What went wrong, by cause.
  public enum Kind: Sendable, Hashable, Codable {
    /// No eSpeak NG voice has this name or language (exits with `EX_UNAVAILABLE`).
    case unknownVoice(String)
    /// A C function of the engine failed: the call and the engine's status text.
    case engine(call: String, status: String)
    /// The engine loaded other data than requested (a wrong path is ignored silently).
    case dataPath(requested: String, loaded: String)
    /// The engine was already opened in this process: there is one owner per process.
    case alreadyOpen
    /// A system call failed: the call, its subject (a path, or empty) and `strerror`.
    case system(call: String, subject: String, reason: String)
    /// A speech archive is unreadable: its path and what is wrong with it.
    case archive(path: String, problem: String)
    /// A worker ran out of memory during call `callIndex` (−1 before its first call).
    case outOfMemory(callIndex: Int)
    /// Any other failure, described by the message alone.
    case other
  }

  /// What went wrong, by cause.
  public var kind: Kind
  /// The one-line message.
  public var message: String
  /// How the command line exits.
  public var exitStatus: ExitStatus

  /// Creates an error of kind ``Kind/other``.
  public init(_ message: String, exitStatus: ExitStatus = .software) {
    self.init(kind: .other, message: message, exitStatus: exitStatus)
  }

  /// Creates an error with an explicit kind, message and status.
  public init(kind: Kind, message: String, exitStatus: ExitStatus) {
    self.kind = kind
    self.message = message
    self.exitStatus = exitStatus
  }

  /// The one-line message.
  public var description: String { message }

  /// A system error, its kind and exit status kept.
  public init(_ error: SystemError) {
    self.init(
      kind: .system(call: error.call, subject: error.subject, reason: error.reason),
      message: error.description, exitStatus: error.exitStatus)
  }

  /// No voice named or tagged `identifier`.
  public static func unknownVoice(_ identifier: String, status: String) -> SpeechError {
    SpeechError(
      kind: .unknownVoice(identifier),
      message: "eSpeak NG voice '\(identifier)' not found (espeak_ng_SetVoiceByName, "
        + "espeak_ng_SetVoiceByProperties: \(status)); `lectern voices` lists the installed ones",
      exitStatus: .unavailable)
  }

  /// The C function `call` of the engine failed with `status`.
  public static func engine(_ call: String, status: String) -> SpeechError {
    SpeechError(
      kind: .engine(call: call, status: status), message: "\(call) failed: \(status)",
      exitStatus: .software)
  }

  /// The system call `call` on `subject` failed with `errno`.
  public static func system(
    _ call: String, subject: String = "", errno code: Int32, exitStatus: ExitStatus = .osError
  ) -> SpeechError {
    SpeechError(
      SystemError(call, subject: subject, errno: .init(rawValue: code), exitStatus: exitStatus))
  }

  /// The speech archive at `path` is truncated, corrupt or of another version.
  public static func archive(_ path: String, problem: String) -> SpeechError {
    SpeechError(
      kind: .archive(path: path, problem: problem),
      message: "\(path): not a valid speech archive (\(problem)); delete it to re-render",
      exitStatus: .dataError)
  }
}

/// A flat form of ``SpeechError/Kind``, for a child to send its error to its parent.
extension SpeechError.Kind {
  var fields: (tag: UInt8, strings: [String]) {
    switch self {
    case .unknownVoice(let identifier): (1, [identifier])
    case .engine(let call, let status): (2, [call, status])
    case .dataPath(let requested, let loaded): (3, [requested, loaded])
    case .alreadyOpen: (4, [])
    case .system(let call, let subject, let reason): (5, [call, subject, reason])
    case .archive(let path, let problem): (6, [path, problem])
    case .outOfMemory(let callIndex): (7, [String(callIndex)])
    case .other: (0, [])
    }
  }

  init?(tag: UInt8, fields: [String]) {
    switch (tag, fields.count) {
    case (1, 1): self = .unknownVoice(fields[0])
    case (2, 2): self = .engine(call: fields[0], status: fields[1])
    case (3, 2): self = .dataPath(requested: fields[0], loaded: fields[1])
    case (4, 0): self = .alreadyOpen
    case (5, 3): self = .system(call: fields[0], subject: fields[1], reason: fields[2])
    case (6, 2): self = .archive(path: fields[0], problem: fields[1])
    case (7, 1): self = .outOfMemory(callIndex: Int(fields[0]) ?? -1)
    case (0, 0): self = .other
    default: return nil
    }
  }
}
