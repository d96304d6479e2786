#if canImport(Glibc)
  import Glibc
#endif

/// An exclusive lock on an output folder, so that two renders never write into the same
/// folder at once.
///
/// The lock is `flock(2)` on `DIRECTORY/.lectern.lock`, taken without waiting. The kernel
/// releases it when the last descriptor of its open file description closes: when this value
/// is dropped, or when the process dies, so a crashed render never leaves the folder locked.
/// The lock file itself stays (removing it would let a third process lock a fresh file while
/// a second still holds the old one).
///
/// `flock` locks belong to the open file description: forked children share the lock with
/// the parent, while a second `open` of the same file (in this process or another) is
/// excluded.
public struct DirectoryLock: ~Copyable {
  /// The name of the lock file inside the locked folder.
  public static let fileName = ".lectern.lock"

  /// The descriptor of the open lock file.
  private let descriptor: Int32
  /// The locked folder.
  public let directory: String

  /// Locks `directory`, which must exist.
  ///
  /// Throws an ``AudioError`` with code `.locked` (exit status `EX_TEMPFAIL`) if another
  /// holder has the lock, or `.cannotCreate` if the lock file cannot be opened.
  ///
  /// The corresponding C functions are `open` (`O_CREAT`) and `flock` (`LOCK_EX | LOCK_NB`).
  public init(directory: String) throws(AudioError) {
    let path = directory + "/" + Self.fileName
    let opened = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o666)
    guard opened >= 0 else {
      throw AudioError.system(.cannotCreate, path: path, call: "open", errorNumber: errno)
    }
    var result: Int32
    repeat { result = flock(opened, LOCK_EX | LOCK_NB) } while result != 0 && errno == EINTR
    guard result == 0 else {
      let failure = errno
      close(opened)
      if failure == EWOULDBLOCK {
        throw AudioError(
          .locked, path: directory, call: "flock", message: "held by another process",
          errorNumber: failure)
      }
      throw AudioError.system(.cannotCreate, path: path, call: "flock", errorNumber: failure)
    }
    self.descriptor = opened
    self.directory = directory
  }

  deinit {
    // close, not flock(LOCK_UN): in a forked child LOCK_UN would release the parent's lock.
    close(descriptor)
  }
}

@available(*, unavailable, message: "the lock belongs to the process that took it")
extension DirectoryLock: Sendable {}
