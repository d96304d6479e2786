import Glibc
import LecternSupport
import SystemPackage

/// An exclusive lock on an output folder, so that two renders never write into the same
/// folder at once.
///
/// The lock is `flock(2)` on `DIRECTORY/.lectern.lock`, taken without waiting. The kernel
/// releases it when the last descriptor of its open file description closes: when this value
/// is dropped, or when the process dies, so a crashed render never leaves the folder locked.
/// The lock file itself stays (removing it would let a third process lock a fresh file while
/// a second still holds the old one).
///
/// `flock` locks belong to the open file description: a forked child that kept the
/// descriptor would share the lock (Lectern's children close it: see ``ChildProcess``).
public struct DirectoryLock: ~Copyable {
  /// The name of the lock file inside the locked folder.
  public static let fileName = ".lectern.lock"

  /// The open lock file; closing it releases the lock.
  private let file: Descriptor
  /// The locked folder.
  public let directory: String

  /// Locks `directory`, which must exist, through its lock file `fileName` (another name
  /// than the default gives a folder a second, independent lock).
  ///
  /// - Throws: ``DirectoryLock/Busy`` (exit `EX_TEMPFAIL`) if another holder has the lock,
  ///   or ``SystemError`` (exit `EX_CANTCREAT`) if the lock file cannot be opened.
  ///
  /// The corresponding C functions are `open` (`O_CREAT`) and `flock` (`LOCK_EX | LOCK_NB`).
  public init(directory: String, fileName: String = DirectoryLock.fileName) throws {
    let path = directory + "/" + fileName
    let file = try Descriptor.open(
      path, O_RDWR | O_CREAT | O_NOFOLLOW, permissions: 0o666, failureStatus: .cannotCreate)
    switch SystemCall.attempt({ flock(file.number, LOCK_EX | LOCK_NB) }) {
    case .success: break
    case .failure(.wouldBlock): throw Busy(directory: directory)
    case .failure(let code):
      throw SystemError("flock", subject: path, errno: code, exitStatus: .cannotCreate)
    }
    self.file = file
    self.directory = directory
  }

  /// Another process holds the lock of `directory`.
  public struct Busy: LecternError, Sendable, Hashable {
    /// The locked folder.
    public var directory: String
    /// `EX_TEMPFAIL`.
    public var exitStatus: ExitStatus { .temporaryFailure }
    /// What to do about it.
    public var description: String {
      "another render is writing \(directory); wait for it to finish or choose another folder "
        + "(flock on \(directory)/\(DirectoryLock.fileName): held by another process)"
    }
  }
}

@available(*, unavailable, message: "the lock belongs to the process that took it")
extension DirectoryLock: Sendable {}
