import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// Ctrl-C during a render: noticed between steps, so the render can clean up after itself.
///
/// The handler only sets a flag (all a signal handler may safely do); the renderer checks it
/// after each part and before it swaps the output in, and then removes its staging folder.
public enum Interruption {
  private static let flag = Atomic<Bool>(false)

  /// Installs the SIGINT and SIGTERM handlers.
  public static func install() {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in Interruption.flag.store(true, ordering: .relaxed)
    }
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(SIGINT, &action, nil)
    sigaction(SIGTERM, &action, nil)
    // A parent may have started this process with them blocked (test runners do).
    var signals = sigset_t()
    sigemptyset(&signals)
    sigaddset(&signals, SIGINT)
    sigaddset(&signals, SIGTERM)
    sigprocmask(SIG_UNBLOCK, &signals, nil)
  }

  /// Whether the user asked the process to stop.
  public static var requested: Bool { flag.load(ordering: .relaxed) }

  /// Throws ``RenderError`` with code `.interrupted` when an interruption was requested.
  static func check() throws(RenderError) {
    if requested { throw RenderError(.interrupted, "interrupted; the previous outputs are intact") }
  }
}
