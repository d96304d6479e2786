import LecternSupport
import LecternTestSupport
import Testing

@testable import LecternSystem

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
      let error = try #require(throws: DirectoryLock.Busy.self) {
        _ = try DirectoryLock(directory: directory)
      }
      #expect(error.exitStatus == .temporaryFailure)
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
          do {
            _ = try DirectoryLock(directory: directory)
            return 0
          } catch let error as DirectoryLock.Busy {
            return error.exitStatus.rawValue
          } catch {
            return 1
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
      #expect(TemporaryName.removeStale(in: directory).isEmpty)
    }
  }

  @Test func missingFolderCannotBeLocked() throws {
    try withTemporaryDirectory { directory in
      let missing = directory + "/missing"
      let error = try #require(throws: SystemError.self) {
        _ = try DirectoryLock(directory: missing)
      }
      #expect(error.exitStatus == .cannotCreate)
      #expect(error.errno == .noSuchFileOrDirectory)
      #expect(error.description.contains(missing + "/" + DirectoryLock.fileName))
    }
  }
}
