import Glibc
import LecternSystem
import Synchronization
import Testing

/// Work started on a ``BackgroundThread`` runs while its owner goes on, on a thread of its
/// own, which has ended once it is joined — or once its owner lets go of it.
@Suite struct BackgroundThreadTests {
  @Test func theWorkRunsMeanwhileAndItsThreadEndsWhenJoined() {
    let caller = JoinedThreadsTests.threadID()
    let started = Atomic(false)
    let release = Atomic(false)
    let id = Mutex("")
    let thread = BackgroundThread {
      id.withLock { $0 = JoinedThreadsTests.threadID() }
      started.store(true, ordering: .sequentiallyConsistent)
      // It waits for the owner: the owner went on while it ran.
      while !release.load(ordering: .sequentiallyConsistent) { sched_yield() }
    }
    while !started.load(ordering: .sequentiallyConsistent) { sched_yield() }
    release.store(true, ordering: .sequentiallyConsistent)
    thread.join()
    thread.join()
    let worker = id.withLock { $0 }
    #expect(worker != caller)
    #expect(JoinedThreadsTests.isGone(worker))
  }

  @Test func lettingGoJoins() {
    let id = Mutex("")
    do {
      _ = BackgroundThread { id.withLock { $0 = JoinedThreadsTests.threadID() } }
    }
    let worker = id.withLock { $0 }
    #expect(!worker.isEmpty)
    #expect(JoinedThreadsTests.isGone(worker))
  }
}
