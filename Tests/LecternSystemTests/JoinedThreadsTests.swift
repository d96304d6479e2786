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

  /// Ctrl-C must reach the main thread, whose `poll` it interrupts: a started thread keeps
  /// SIGINT and SIGTERM blocked, and the caller's mask is as it was.
  @Test func startedThreadsLeaveInterruptionsToTheCaller() {
    @Sendable func blocked() -> (interrupt: Bool, terminate: Bool) {
      var current = sigset_t()
      pthread_sigmask(SIG_BLOCK, nil, &current)
      return (sigismember(&current, SIGINT) == 1, sigismember(&current, SIGTERM) == 1)
    }
    // Test runners start with them blocked everywhere: the caller unblocks them, as a
    // Lectern process does (``ProcessSetup/configure()``), for the length of the test.
    var interruptions = ProcessSetup.interruptions
    var original = sigset_t()
    pthread_sigmask(SIG_UNBLOCK, &interruptions, &original)
    defer { pthread_sigmask(SIG_SETMASK, &original, nil) }
    let before = blocked()
    let caller = Self.threadID()
    let seen = Mutex<(interrupt: Bool, terminate: Bool)?>(nil)
    JoinedThreads.run(2) {
      if Self.threadID() != caller { seen.withLock { $0 = blocked() } }
    }
    let inThread = seen.withLock { $0 }
    #expect(inThread?.interrupt == true && inThread?.terminate == true)
    #expect(blocked() == before)
  }

  @Test func meanwhileRunsBothAtOnceAndReturnsBothValues() throws {
    let barrier = Atomic(0)
    let meet: @Sendable () -> Void = {
      barrier.add(1, ordering: .relaxed)
      while barrier.load(ordering: .relaxed) < 2 { sched_yield() }
    }
    // Each side waits for the other: they ran at once, or this would never return.
    let (first, second) = JoinedThreads.meanwhile({
      meet()
      return Self.threadID()
    }) {
      meet()
      return Self.threadID()
    }
    #expect(second == Self.threadID())
    #expect(first != second)
    #expect(Self.isGone(first))
  }

  @Test func anErrorOfTheSecondIsThrownOnceTheFirstHasEnded() {
    struct Refused: Error {}
    let throwing = Atomic(false)
    let ended = Atomic(false)
    #expect(throws: Refused.self) {
      _ = try JoinedThreads.meanwhile({
        // Ends only after the second side is about to throw.
        while !throwing.load(ordering: .acquiring) { sched_yield() }
        ended.store(true, ordering: .releasing)
      }) { () throws(Refused) in
        throwing.store(true, ordering: .releasing)
        throw Refused()
      }
    }
    let firstEnded = ended.load(ordering: .acquiring)
    #expect(firstEnded)
  }

  /// The kernel's id of the calling thread, from `/proc/thread-self` (`PID/task/TID`).
  static func threadID() -> String {
    let link = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/thread-self")
    return link.flatMap { $0.split(separator: "/").last.map(String.init) } ?? "?"
  }

  /// Whether thread `id` of this process has ended: no longer listed, or listed as dead. The
  /// kernel wakes a joiner while the joined thread is still on its way out of `exit`, so the
  /// entry is given a generous moment to go (a bound, not a timing assertion).
  static func isGone(_ id: String) -> Bool {
    for _ in 0..<2_000 {
      guard let stat = try? String(contentsOfFile: "/proc/self/task/\(id)/stat", encoding: .utf8),
        let close = stat.lastIndex(of: ")")
      else { return true }
      let state = stat[stat.index(after: close)...].split(separator: " ").first
      if state == "Z" || state == "X" { return true }
      usleep(1_000)
    }
    return false
  }
}
