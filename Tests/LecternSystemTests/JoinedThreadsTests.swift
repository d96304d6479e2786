import Foundation
import Glibc
import LecternSystem
import Synchronization
import Testing

/// Work spread by ``JoinedThreads`` runs on as many threads as asked, and none of them is
/// left when the call returns (a process forks right after planning).
@Suite struct JoinedThreadsTests {
  @Test(arguments: [1, 2, 5])
  func everyThreadRunsAndIsGoneWhenTheCallReturns(threads: Int) {
    let ids = Mutex<Set<String>>([])
    let barrier = Atomic(0)
    JoinedThreads.run(threads) {
      ids.withLock { _ = $0.insert(Self.threadID()) }
      // Each body waits for all the others: they ran at once, on distinct threads.
      barrier.add(1, ordering: .relaxed)
      while barrier.load(ordering: .relaxed) < threads { sched_yield() }
    }
    let seen = ids.withLock { $0 }
    #expect(seen.count == threads)
    let caller = Self.threadID()
    for id in seen where id != caller {
      #expect(Self.isGone(id), "thread \(id)")
    }
  }

  /// The kernel's id of the calling thread, from `/proc/thread-self` (`PID/task/TID`).
  static func threadID() -> String {
    let link = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/thread-self")
    return link.flatMap { $0.split(separator: "/").last.map(String.init) } ?? "?"
  }

  /// Whether thread `id` of this process has ended: no longer listed, or listed as dead (the
  /// kernel wakes a joiner a moment before it removes the thread's entry).
  static func isGone(_ id: String) -> Bool {
    guard let stat = try? String(contentsOfFile: "/proc/self/task/\(id)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return true }
    let state = stat[stat.index(after: close)...].split(separator: " ").first
    return state == "Z" || state == "X"
  }
}
