import LecternSupport
import Testing

@testable import LecternAudio

#if canImport(Glibc)
  import Glibc
#endif

/// One render per output folder: the second holder is turned away, not blocked.
@Suite struct DirectoryLockTests {
  @Test func secondHolderInThisProcessIsExcluded() throws {
    try withTemporaryDirectory { directory in
      let first = try DirectoryLock(directory: directory)
      #expect(first.directory == directory)
      // A second open(2) is a second open file description: flock excludes it.
      let error = try #require(throws: AudioError.self) {
        _ = try DirectoryLock(directory: directory)
      }
      #expect(error.code == .locked)
      #expect(error.exitStatus == .temporaryFailure)
      #expect(error.errorNumber == EWOULDBLOCK)
      #expect(error.description.hasPrefix("another render is writing \(directory);"))
      #expect(!error.description.contains("\n"))
      _ = consume first
      // Dropping the lock releases it.
      #expect(eventually { (try? DirectoryLock(directory: directory)) != nil })
    }
  }

  @Test func otherProcessIsExcludedUntilRelease() throws {
    try withTemporaryDirectory { directory in
      let attempt = {
        runInChild {
          do throws(AudioError) {
            _ = try DirectoryLock(directory: directory)
            return 0
          } catch {
            return error.exitStatus.rawValue
          }
        }
      }
      #expect(attempt() == .exited(0))
      do {
        let held = try DirectoryLock(directory: directory)
        #expect(attempt() == .exited(ExitStatus.temporaryFailure.rawValue))
        _ = consume held
      }
      #expect(eventually { attempt() == .exited(0) })
      // The lock file stays; it is not a temporary and survives clean-up.
      #expect(FileSystem.isRegularFile(directory + "/" + DirectoryLock.fileName))
      #expect(AtomicFile.removeStaleTemporaries(in: directory).isEmpty)
    }
  }

  @Test func missingFolderCannotBeLocked() throws {
    try withTemporaryDirectory { directory in
      let missing = directory + "/missing"
      let error = try #require(throws: AudioError.self) {
        _ = try DirectoryLock(directory: missing)
      }
      #expect(error.code == .cannotCreate)
      #expect(error.exitStatus == .cannotCreate)
      #expect(error.errorNumber == ENOENT)
      #expect(error.description.contains(missing + "/" + DirectoryLock.fileName))
    }
  }
}
