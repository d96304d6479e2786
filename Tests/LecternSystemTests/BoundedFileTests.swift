import LecternTestSupport
import Testing

@testable import LecternSystem

#if canImport(Glibc)
  import Glibc
#endif

/// Files are checked before a byte is read: their type, then their size.
@Suite struct BoundedFileTests {
  @Test func aHugeSparseFileIsRefusedUnread() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/huge.profile"
      // 3 GB that take no room: reading them would take 3 GB of memory.
      let file = open(path, O_WRONLY | O_CREAT, 0o644)
      #expect(file >= 0 && ftruncate(file, 3 << 30) == 0)
      close(file)
      guard case .failure(.tooLarge(let size, let limit)) = BoundedFile.read(path, limit: 1 << 16)
      else {
        Issue.record("expected a refusal")
        return
      }
      #expect(size == 3 << 30 && limit == 1 << 16)
    }
  }

  @Test func aFIFOIsRefusedNotWaitedFor() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/entry.lspeech"
      #expect(mkfifo(path, 0o644) == 0)
      guard case .failure(.notRegular(.special)) = BoundedFile.read(path, limit: 1 << 16) else {
        Issue.record("expected a refusal")
        return
      }
    }
  }

  @Test func aFolderIsRefusedAndAMissingFileNamed() throws {
    try withTemporaryDirectory { directory in
      guard case .failure(.notRegular(.directory)) = BoundedFile.read(directory, limit: 10) else {
        Issue.record("expected a refusal")
        return
      }
      guard case .failure(.system(let error)) = BoundedFile.read(directory + "/x", limit: 10)
      else {
        Issue.record("expected a refusal")
        return
      }
      #expect(error.description == "\(directory)/x: open failed: No such file or directory")
    }
  }

  @Test func aFileWithinTheLimitIsReadWhole() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/ru.profile"
      try AtomicFile.write("language = ru\n", to: path)
      #expect(try BoundedFile.read(path, limit: 14).get() == Array("language = ru\n".utf8))
      guard case .failure(.tooLarge) = BoundedFile.read(path, limit: 13) else {
        Issue.record("expected a refusal")
        return
      }
    }
  }
}
