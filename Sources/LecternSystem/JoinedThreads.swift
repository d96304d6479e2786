import Glibc

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
    var threads: [pthread_t] = []
    for _ in 1..<max(1, count) {
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
        threads.append(thread)
      } else {
        Unmanaged<Body>.fromOpaque(context).release()
      }
    }
    body()
    for thread in threads { pthread_join(thread, nil) }
  }

  /// The closure a started thread runs, passed through `pthread_create`'s one pointer.
  private final class Body: Sendable {
    let run: @Sendable () -> Void
    init(_ run: @escaping @Sendable () -> Void) { self.run = run }
  }
}
