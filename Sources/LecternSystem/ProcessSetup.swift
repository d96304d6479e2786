import CLecternSystem
import Glibc

/// The signal dispositions of a Lectern process, set once at start-up by the command line.
public enum ProcessSetup {
  /// Sets every process-wide signal disposition Lectern depends on:
  /// - `SIGXFSZ` ignored: a write past a file-size limit (`ulimit -f`) fails with `EFBIG` and
  ///   is reported (exit 74) instead of killing the process; the speech engine's start-up
  ///   truncates a 64 MiB buffer, so this must precede opening it;
  /// - `SIGPIPE` ignored: a pipe whose reader is gone (a synthesis process after Ctrl-C,
  ///   `preview --stdout | head`) fails the write with `EPIPE`, reported, not a silent end;
  /// - `SIGINT` and `SIGTERM` set ``Interruption``'s flag, without `SA_RESTART` (see
  ///   ``SystemCall``), and are unblocked (a parent may start this process with them
  ///   blocked; test runners do).
  ///
  /// Ignored dispositions survive `fork` and `exec`; forked children reset the others (see
  /// ``ChildProcess``).
  ///
  /// The corresponding C functions are `sigaction` and `sigprocmask`.
  public static func configure() {
    ignore(SIGXFSZ)
    ignore(SIGPIPE)
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in
      Interruption.flag.store(true, ordering: .relaxed)
    }
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(SIGINT, &action, nil)
    sigaction(SIGTERM, &action, nil)
    var signals = interruptions
    sigprocmask(SIG_UNBLOCK, &signals, nil)
  }

  /// The signals that interrupt a Lectern process: `SIGINT` (Ctrl-C) and `SIGTERM`.
  public static var interruptions: sigset_t {
    var signals = sigset_t()
    sigemptyset(&signals)
    sigaddset(&signals, SIGINT)
    sigaddset(&signals, SIGTERM)
    return signals
  }

  /// Runs `body` with `SIGINT` and `SIGTERM` blocked in the calling thread, then restores its
  /// mask. Every thread started in `body` (``JoinedThreads``, the speech engine's own) keeps
  /// them blocked for life, so that a Ctrl-C always reaches the main thread: handled on
  /// another thread, it would set ``Interruption``'s flag but leave the main thread asleep in
  /// the `poll` it should interrupt (a `watch` then ignored Ctrl-C until the next save). A
  /// signal that comes meanwhile waits, pending, and is handled when the mask is restored.
  ///
  /// The corresponding C function is `pthread_sigmask`.
  public static func startingThreads<R, E: Error>(_ body: () throws(E) -> R) throws(E) -> R {
    var signals = interruptions
    var previous = sigset_t()
    pthread_sigmask(SIG_BLOCK, &signals, &previous)
    defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
    return try body()
  }

  /// The size from which an allocation is its own mapping, returned to the system when freed.
  public static let largeAllocation: Int32 = 128 << 10

  /// Fixes the allocator's threshold for mapping an allocation on its own at
  /// ``largeAllocation``: glibc otherwise raises it after each large free, up to 32 MiB, so
  /// that a render's part-sized buffers (hundreds of KiB each, made and freed part after
  /// part) come from the heap, between the small allocations that live on (the whole file's
  /// loudness blocks), and the heap grows with every part though little of it is in use.
  /// It costs a page fault per page of every such buffer, so only long renders ask for it.
  ///
  /// The corresponding C function is `mallopt` (`M_MMAP_THRESHOLD`), through the shim.
  public static func mapLargeAllocations() {
    _ = lectern_set_mmap_threshold(largeAllocation)
  }

  /// Ignores `SIGXFSZ`: see ``configure()``. The engine calls it itself before it starts,
  /// for processes that did not configure (tools, tests).
  public static func ignoreFileSizeLimit() { ignore(SIGXFSZ) }

  /// Ignores `signal` in this process (and, through `fork` and `exec`, its children).
  public static func ignore(_ signal: Int32) {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = SIG_IGN
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(signal, &action, nil)
  }
}
