import Glibc

/// One piece of work on a thread of its own, while its owner goes on, until the owner joins
/// it.
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
    let context = Unmanaged.passRetained(Body(body)).toOpaque()
    var thread = pthread_t()
    let status = pthread_create(
      &thread, nil,
      { context in
        guard let context else { return nil }
        Unmanaged<Body>.fromOpaque(context).takeRetainedValue().run()
        return nil
      }, context)
    if status == 0 {
      self.thread = thread
    } else {
      Unmanaged<Body>.fromOpaque(context).takeRetainedValue().run()
    }
  }

  /// Waits until the work is done; what it wrote is then visible to the caller. Joining
  /// again returns at once.
  public func join() {
    guard let thread = thread.take() else { return }
    pthread_join(thread, nil)
  }

  deinit { join() }

  /// The closure the thread runs, passed through `pthread_create`'s one pointer.
  private final class Body: Sendable {
    let run: @Sendable () -> Void
    init(_ run: @escaping @Sendable () -> Void) { self.run = run }
  }
}
