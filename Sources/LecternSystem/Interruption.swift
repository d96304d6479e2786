import Glibc
import LecternSupport
import Synchronization

/// Ctrl-C or `SIGTERM`: noticed between steps and in every blocked system call, so that a
/// command can clean up after itself and exit 130.
///
/// The handler only sets a flag (all a signal handler may safely do); ``ProcessSetup``
/// installs it once, without `SA_RESTART`, so that a blocked `read`, `write` or `poll`
/// returns `EINTR` and ``SystemCall`` sees the request.
public enum Interruption {
  static let flag = Atomic<Bool>(false)

  /// Whether the user asked the process to stop.
  public static var requested: Bool { flag.load(ordering: .relaxed) }

  /// Throws an interruption error (exit 130) when an interruption was requested.
  public static func check() throws(SystemError) {
    if requested { throw interrupted }
  }

  /// The error that ends an interrupted command.
  public static var interrupted: SystemError {
    SystemError(
      "interrupted", subject: "", reason: "the previous outputs are intact",
      exitStatus: .interrupted)
  }
}

/// Waiting.
public enum Clock {
  /// Sleeps `milliseconds`, or less if a signal arrives (the caller checks ``Interruption``).
  ///
  /// The corresponding C function is `nanosleep`.
  public static func sleep(milliseconds: Int) {
    var duration = timespec(tv_sec: milliseconds / 1000, tv_nsec: (milliseconds % 1000) * 1_000_000)
    _ = nanosleep(&duration, nil)
  }
}
