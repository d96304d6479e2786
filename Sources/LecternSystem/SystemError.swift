import Foundation
import LecternSupport
import SystemPackage

/// A failed system call, or a file the system layer refused, as one line a user can act on.
///
/// Every layer words operating-system failures through this type, so that a message always
/// reads `SUBJECT: CALL failed: REASON` with `REASON` from `strerror` — never an `NSError`
/// dump — and carries the exit status that fits what was being done.
public struct SystemError: LecternError, Sendable, Hashable {
  /// The C function that failed, such as `open` or `rename`.
  public var call: String
  /// The path or thing it failed on, or empty.
  public var subject: String
  /// The system's error number, when the failure has one.
  public var errno: Errno?
  /// The cause on one line: `strerror`'s text, or what was refused.
  public var reason: String
  /// How the command line exits.
  public var exitStatus: ExitStatus

  /// A failure with error number `errno`, worded by `strerror`.
  public init(_ call: String, subject: String = "", errno: Errno, exitStatus: ExitStatus) {
    self.call = call
    self.subject = subject
    self.errno = errno
    self.reason = Self.text(of: errno)
    self.exitStatus = exitStatus
  }

  /// A refusal with no error number (a file too large, a FIFO where a file should be).
  public init(_ call: String, subject: String, reason: String, exitStatus: ExitStatus) {
    self.call = call
    self.subject = subject
    self.errno = nil
    self.reason = reason
    self.exitStatus = exitStatus
  }

  /// `SUBJECT: CALL failed: REASON`; for an interruption, that the outputs are intact.
  public var description: String {
    if exitStatus == .interrupted { return "interrupted; the previous outputs are intact" }
    let target = subject.isEmpty ? "" : "\(subject): "
    return "\(target)\(call) failed: \(reason)"
  }

  /// This error with another exit status.
  public func with(_ status: ExitStatus) -> SystemError {
    var copy = self
    copy.exitStatus = status
    return copy
  }

  /// Whether the call failed because the user asked the process to stop.
  public var isInterruption: Bool { exitStatus == .interrupted }

  /// `strerror`'s text for `errno` (one line, no trailing period).
  public static func text(of errno: Errno) -> String {
    // Errno.description is strerror's text on Linux.
    errno.description
  }

  /// The one-line cause of any error: a `SystemError`'s or `LecternError`'s own line, a
  /// Foundation error through its underlying POSIX code (`CocoaError` → `POSIXError` →
  /// `strerror`), else the error's description folded onto one line.
  public static func reason(of error: any Error) -> String {
    if let error = error as? SystemError { return error.reason }
    if let code = posixCode(of: error) { return text(of: Errno(rawValue: code)) }
    if let error = error as? LecternError { return error.description }
    let lines = "\(error)".split(whereSeparator: \.isNewline)
    return lines.first.map(String.init) ?? "unknown error"
  }

  /// The POSIX error number under a Foundation error, if it has one.
  public static func posixCode(of error: any Error) -> Int32? {
    if let posix = error as? POSIXError { return posix.code.rawValue }
    if let cocoa = error as? CocoaError {
      if let underlying = cocoa.underlying as? POSIXError { return underlying.code.rawValue }
      let nested = cocoa.userInfo[NSUnderlyingErrorKey] as? NSError
      if let nested, nested.domain == NSPOSIXErrorDomain { return Int32(nested.code) }
      switch cocoa.code {
      case .fileNoSuchFile, .fileReadNoSuchFile: return ENOENT
      case .fileReadNoPermission, .fileWriteNoPermission: return EACCES
      case .fileWriteOutOfSpace: return ENOSPC
      case .fileWriteVolumeReadOnly: return EROFS
      case .fileWriteFileExists: return EEXIST
      default: return nil
      }
    }
    let nsError = error as NSError
    if nsError.domain == NSPOSIXErrorDomain { return Int32(nsError.code) }
    return nil
  }

  /// A Foundation (or any) error from `call` on `subject`, worded as a system error.
  public static func from(
    _ error: any Error, call: String, subject: String, exitStatus: ExitStatus
  ) -> SystemError {
    if let error = error as? SystemError { return error }
    if let code = posixCode(of: error) {
      return SystemError(
        call, subject: subject, errno: Errno(rawValue: code), exitStatus: exitStatus)
    }
    return SystemError(call, subject: subject, reason: reason(of: error), exitStatus: exitStatus)
  }
}
