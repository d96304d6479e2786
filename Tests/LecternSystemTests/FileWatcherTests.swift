import LecternTestSupport
import Testing

@testable import LecternSystem

#if canImport(Glibc)
  import Glibc
#endif

/// The kernel queues an event before the call that caused it returns, so each test reads
/// the events right after acting, without waiting.
@Suite struct FileWatcherTests {
  func write(_ text: String, to path: String) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    _ = text.utf8CString.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count - 1) }
    close(descriptor)
  }

  @Test func aSaveInPlaceIsAWriteOfThatName() throws {
    try withTemporaryDirectory { folder in
      write("draft", to: folder + "/a.txt")
      var watcher = try FileWatcher()
      try watcher.watch(folder: folder)
      #expect(try watcher.events().isEmpty)
      write("edited", to: folder + "/a.txt")
      let events = try watcher.events()
      #expect(events.contains(.init(folder: folder, name: "a.txt", kind: .written)))
      #expect(try watcher.events().isEmpty)
    }
  }

  @Test func aSaveByRenameIsAMoveIntoTheName() throws {
    try withTemporaryDirectory { folder in
      write("draft", to: folder + "/a.txt")
      var watcher = try FileWatcher()
      try watcher.watch(folder: folder)
      write("edited", to: folder + "/.a.txt.swp")
      #expect(rename(folder + "/.a.txt.swp", folder + "/a.txt") == 0)
      let events = try watcher.events()
      #expect(
        events == [
          .init(folder: folder, name: ".a.txt.swp", kind: .created),
          .init(folder: folder, name: ".a.txt.swp", kind: .written),
          .init(folder: folder, name: ".a.txt.swp", kind: .removed),
          .init(folder: folder, name: "a.txt", kind: .movedIn),
        ])
    }
  }

  @Test func removingTheFolderEndsItsWatch() throws {
    try withTemporaryDirectory { parent in
      let folder = parent + "/watched"
      #expect(mkdir(folder, 0o755) == 0)
      var watcher = try FileWatcher()
      try watcher.watch(folder: folder)
      #expect(rmdir(folder) == 0)
      let events = try watcher.events()
      #expect(events.contains(.init(folder: folder, name: "", kind: .folderGone)))
    }
  }

  @Test func aMissingFolderIsNamed() throws {
    var watcher = try FileWatcher()
    #expect {
      try watcher.watch(folder: "/nonexistent-lectern-folder")
    } throws: { error in
      let error = error as? SystemError
      return error?.exitStatus == .noInput && error?.subject == "/nonexistent-lectern-folder"
    }
  }
}

@Suite struct SpawnTests {
  @Test func aProgramRunsWithItsArgumentsAndStatus() throws {
    let child = try ChildProcess.spawn(
      name: "sh", executable: "/bin/sh", arguments: ["-c", "exit $0", "3"])
    #expect(try child.wait() == .exited(3))
  }

  @Test func aMissingProgramEndsWith127() throws {
    let child = try ChildProcess.spawn(
      name: "none", executable: "/nonexistent-lectern-program", arguments: [])
    #expect(try child.wait() == .exited(127))
  }

  @Test func hasEndedReapsWithoutBlocking() throws {
    var fds: [Int32] = [0, 0]
    #expect(pipe(&fds) == 0)
    // The child waits for its stdin to end: it runs until the pipe's writing end closes.
    var child = try ChildProcess.spawn(
      name: "cat", executable: "/bin/cat", arguments: [], standardInput: fds[0])
    close(fds[0])
    let running = child.hasEnded()
    #expect(!running)
    close(fds[1])
    while !child.hasEnded() { sched_yield() }
    #expect(child.pid == 0)
    #expect(try child.wait() == .exited(0))
  }
}
