import Glibc
import LecternSupport
import SystemPackage

/// The one funnel every raw system call of Lectern goes through, with one `EINTR` policy.
///
/// The policy: a call interrupted by a signal is retried — unless the user asked the process
/// to stop (Ctrl-C, `SIGTERM`: see ``Interruption``), in which case it fails as interrupted
/// (exit 130) instead of blocking on or being reported as a write error. The handlers are
/// installed without `SA_RESTART` precisely so that a blocked call returns and this check
/// runs.
public enum SystemCall {
  /// Runs `body` (a C call returning -1 with `errno` on failure) until it is not interrupted.
  ///
  /// - Throws: ``SystemError`` naming `call` and `subject`, with `failureStatus`; or with
  ///   status 130 when an interruption was requested while it was blocked.
  @discardableResult
  public static func run<Result: FixedWidthInteger>(
    _ call: String, subject: String = "", failureStatus: ExitStatus,
    _ body: () -> Result
  ) throws(SystemError) -> Result {
    while true {
      let result = body()
      if result != -1 { return result }
      let code = Errno(rawValue: Glibc.errno)
      if code == .interrupted {
        if Interruption.requested {
          throw SystemError(call, subject: subject, errno: code, exitStatus: .interrupted)
        }
        continue
      }
      throw SystemError(call, subject: subject, errno: code, exitStatus: failureStatus)
    }
  }

  /// Runs `body` like ``run(_:subject:failureStatus:_:)`` but returns the `Errno` instead of
  /// throwing, for callers that treat some failures as answers (`ENOENT` → absent).
  public static func attempt<Result: FixedWidthInteger>(
    _ body: () -> Result
  ) -> Swift.Result<Result, Errno> {
    while true {
      let result = body()
      if result != -1 { return .success(result) }
      let code = Errno(rawValue: Glibc.errno)
      if code == .interrupted && !Interruption.requested { continue }
      return .failure(code)
    }
  }
}
