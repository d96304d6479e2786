import CSndFile
import LecternSupport
import LecternSystem

/// An error of the audio layer: a sound file or output folder that could not be created,
/// written, finished, opened, read or locked.
///
/// Like a file-system error it carries what failed (``code``), the path a user can act on, the
/// C call that failed and the cause as libsndfile (`sf_strerror`) or the system (`strerror`)
/// worded it. Its ``description`` is one line.
public struct AudioError: LecternError, Sendable, Hashable {
  /// What the audio layer was doing when it failed; decides the exit status.
  public enum Code: String, Sendable, Hashable, CaseIterable {
    /// A file or folder could not be created or opened for writing (`EX_CANTCREAT`).
    case cannotCreate
    /// Writing audio or bytes failed part-way, e.g. a full disk or a file-size limit
    /// (`EX_IOERR`).
    case cannotWrite
    /// Finishing a file (flushing the encoder, closing, syncing, renaming) failed
    /// (`EX_IOERR`).
    case cannotFinish
    /// A sound file could not be opened for reading (`EX_NOINPUT`).
    case cannotOpen
    /// Reading an opened sound file failed part-way (`EX_IOERR`).
    case cannotRead
    /// libsndfile rejects the format, sample rate and channel combination (`EX_USAGE`).
    case unsupportedFormat
    /// The caller passed a value the audio layer cannot honour (`EX_SOFTWARE`).
    case invalidArgument
  }

  /// What failed.
  public var code: Code
  /// The file or folder a user can act on.
  public var path: String
  /// The C function that failed, such as `sf_open` or `rename`.
  public var call: String
  /// The cause, as libsndfile or the system worded it, on one line.
  public var message: String
  /// The system error number (`errno`) behind the failure, when there is one.
  public var errorNumber: Int32?

  /// Creates an error; `message` is folded onto one line.
  public init(
    _ code: Code, path: String, call: String, message: String, errorNumber: Int32? = nil
  ) {
    self.code = code
    self.path = path
    self.call = call
    self.message = Self.oneLine(message)
    self.errorNumber = errorNumber
  }

  /// How the command line exits when this error ends a command.
  public var exitStatus: ExitStatus {
    switch code {
    case .cannotCreate: .cannotCreate
    case .cannotWrite, .cannotFinish, .cannotRead: .ioError
    case .cannotOpen: .noInput
    case .unsupportedFormat: .usage
    case .invalidArgument: .software
    }
  }

  /// One line naming the path, the failed C call and its cause.
  public var description: String {
    switch code {
    case .cannotCreate: "cannot create \(path): \(call) failed: \(message)"
    case .cannotWrite: "cannot write \(path): \(call) failed: \(message)"
    case .cannotFinish: "cannot finish \(path): \(call) failed: \(message)"
    case .cannotOpen: "cannot open \(path): \(call) failed: \(message)"
    case .cannotRead: "cannot read \(path): \(call) failed: \(message)"
    case .unsupportedFormat: "cannot create \(path): \(message) (\(call))"
    case .invalidArgument: "cannot write \(path): \(message) (\(call))"
    }
  }

  /// An error whose cause is `errorNumber`, worded by `strerror`.
  static func system(_ code: Code, path: String, call: String, errorNumber: Int32) -> AudioError {
    AudioError(
      code, path: path, call: call, message: SystemError.text(of: .init(rawValue: errorNumber)),
      errorNumber: errorNumber)
  }

  /// An error whose cause libsndfile recorded for `handle` (or for the last failed open when
  /// `handle` is nil). The corresponding C function is `sf_strerror`.
  static func library(
    _ code: Code, path: String, call: String, handle: OpaquePointer?, errorNumber: Int32
  ) -> AudioError {
    var message = sf_strerror(handle).map { String(cString: $0) } ?? "unknown libsndfile error"
    // Vorbis reports a failed write as "Unspecified internal error"; errno says what it was.
    // Only after a write: after a failed open errno may be left over from probing.
    if code == .cannotWrite, errorNumber != 0, !message.hasPrefix("System error") {
      message += " (\(SystemError.text(of: .init(rawValue: errorNumber))))"
    }
    return AudioError(
      code, path: path, call: call, message: message,
      errorNumber: errorNumber == 0 ? nil : errorNumber)
  }

  /// Folds line breaks and surrounding blanks so that the description stays one line.
  private static func oneLine(_ text: String) -> String {
    let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingBlanks() }
    let joined = lines.filter { !$0.isEmpty }.joined(separator: " ")
    return joined.isEmpty ? "unknown error" : joined
  }
}

extension Substring {
  /// The text without leading and trailing spaces and tabs.
  fileprivate func trimmingBlanks() -> String {
    let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
    guard let first = firstIndex(where: { !isBlank($0) }),
      let last = lastIndex(where: { !isBlank($0) })
    else { return "" }
    return String(self[first...last])
  }
}

extension AudioError: PathReporting {
  /// This error naming `path` wherever it named `temporary` (or something inside it).
  public func reporting(_ temporary: String, as path: String) -> AudioError {
    var copy = self
    copy.path = self.path.replacingPathPrefix(temporary, with: path)
    return copy
  }
}
