import Glibc
import Synchronization

/// Work on several threads that all end before the call returns.
///
/// Lectern's processes fork children that run Swift code without exec (``ChildProcess``),
/// which is sound only while no other thread of theirs could hold a lock. Dispatch's pool
/// keeps its threads after the work is done (and they exit later, on their own timer), so a
/// fork after a concurrent map could meet one mid-way; threads started here are joined
/// before ``run(_:_:)`` returns, and the process is single-threaded again.
public enum JoinedThreads {
  /// Runs `body` on `count` threads at once: this one and `count - 1` started for the call,
  /// and returns when every one has returned. When the system refuses a thread, fewer run
  /// (a body that takes its work from a shared counter then does it all the same).
  public static func run(_ count: Int, _ body: @escaping @Sendable () -> Void) {
    let threads = (1..<max(1, count)).compactMap { _ in start(body) }
    body()
    for thread in threads { pthread_join(thread, nil) }
  }

  /// Runs `first` on a thread started for the call while `second` runs on this one, and
  /// returns both values when both have returned (`first` runs here, before `second`, when
  /// the system refuses a thread). An error of `second` is thrown after `first` has ended.
  public static func meanwhile<First: Sendable, Second, Failure: Error>(
    _ first: @escaping @Sendable () -> First, _ second: () throws(Failure) -> Second
  ) throws(Failure) -> (First, Second) {
    let result = Mutex<First?>(nil)
    let thread = start { result.withLock { $0 = first() } }
    if thread == nil { result.withLock { $0 = first() } }
    let other: Second
    do {
      defer { if let thread { pthread_join(thread, nil) } }
      other = try second()
    }
    guard let value = result.withLock({ $0.take() }) else {
      preconditionFailure("a joined thread always leaves its value")
    }
    return (value, other)
  }

  /// A thread running `body`, or `nil` when the system refuses one (to be joined).
  static func start(_ body: @escaping @Sendable () -> Void) -> pthread_t? {
    let context = Unmanaged.passRetained(Body(body)).toOpaque()
    var thread = pthread_t()
    // Ctrl-C stays the main thread's (see ``ProcessSetup/startingThreads(_:)``).
    let status = ProcessSetup.startingThreads {
      pthread_create(
        &thread, nil,
        { context in
          guard let context else { return nil }
          Unmanaged<Body>.fromOpaque(context).takeRetainedValue().run()
          return nil
        }, context)
    }
    guard status == 0 else {
      Unmanaged<Body>.fromOpaque(context).release()
      return nil
    }
    return thread
  }

  /// The closure a started thread runs, passed through `pthread_create`'s one pointer.
  private final class Body: Sendable {
    let run: @Sendable () -> Void
    init(_ run: @escaping @Sendable () -> Void) { self.run = run }
  }
}
