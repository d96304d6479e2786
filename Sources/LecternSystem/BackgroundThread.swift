import Glibc

/// One piece of work on a thread of its own, while its owner goes on, until the owner joins
/// it: for work that outlives the call that starts it (``JoinedThreads/meanwhile(_:_:)`` is
/// for work within one call).
///
/// Unlike Dispatch's pool, whose threads outlive their work, the thread ends when it is
/// joined: a process that forks children running Swift code without exec (``ChildProcess``)
/// joins every one first and is single-threaded again (see ``JoinedThreads``). Dropping the
/// last reference joins it too, so no thread is ever left running.
public final class BackgroundThread {
  private var thread: pthread_t?

  /// Starts `body` on a new thread. When the system refuses a thread, `body` runs here and
  /// now instead: the work is done all the same, only not meanwhile.
  public init(_ body: @escaping @Sendable () -> Void) {
    thread = JoinedThreads.start(body)
    if thread == nil { body() }
  }

  /// Waits until the work is done; what it wrote is then visible to the caller. Joining
  /// again returns at once.
  public func join() {
    guard let thread = thread.take() else { return }
    pthread_join(thread, nil)
  }

  deinit { join() }
}
