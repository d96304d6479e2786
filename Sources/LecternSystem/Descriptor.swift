import Glibc
import LecternSupport
import SystemPackage

/// An open file descriptor that this value owns: closed exactly once, when it is consumed by
/// ``close()`` (which reports the failure) or dropped (which ignores it).
///
/// Every read and write goes through ``SystemCall`` (one `EINTR` policy) and reports
/// failures as ``SystemError`` naming `subject`.
public struct Descriptor: ~Copyable {
  /// The descriptor number; -1 once closed or released.
  private var owned: Int32
  /// What it refers to, for messages: a path, or a name such as `report pipe`.
  public let subject: String

  /// Whether dropping this value closes the descriptor (not for stdin, stdout, stderr).
  private let closesOnDrop: Bool

  /// Takes ownership of `raw`.
  public init(taking raw: FileDescriptor, subject: String) {
    self.owned = raw.rawValue
    self.subject = subject
    self.closesOnDrop = true
  }

  /// Uses the process's standard descriptor `raw` (0, 1 or 2) without owning it.
  public init(standard raw: Int32, subject: String) {
    self.owned = raw
    self.subject = subject
    self.closesOnDrop = false
  }

  deinit { if owned >= 0 && closesOnDrop { _ = Glibc.close(owned) } }

  /// The descriptor, lent to calls that need it (still owned by this value).
  public var raw: FileDescriptor { FileDescriptor(rawValue: owned) }

  /// The raw descriptor number (still owned by this value).
  public var number: Int32 { owned }

  /// Opens `path`; the descriptor closes on `exec`.
  ///
  /// The corresponding C function is `open`.
  public static func open(
    _ path: String, _ flags: Int32, permissions: mode_t = 0o644, failureStatus: ExitStatus
  ) throws(SystemError) -> Descriptor {
    let number = try SystemCall.run("open", subject: path, failureStatus: failureStatus) {
      Glibc.open(path, flags | O_CLOEXEC, permissions)
    }
    return Descriptor(taking: FileDescriptor(rawValue: number), subject: path)
  }

  /// Creates the file `path`, which must not exist, for writing (`O_EXCL`: never through a
  /// link, never an existing file).
  public static func createNew(
    _ path: String, permissions: mode_t = 0o644
  ) throws(SystemError) -> Descriptor {
    try open(
      path, O_WRONLY | O_CREAT | O_EXCL, permissions: permissions, failureStatus: .cannotCreate)
  }

  /// Closes the descriptor and reports a failure (a delayed write error on some file
  /// systems). `close` is not retried on `EINTR`: on Linux the descriptor is gone anyway.
  ///
  /// The corresponding C function is `close`.
  public consuming func close(failureStatus: ExitStatus = .ioError) throws(SystemError) {
    let number = owned
    owned = -1
    if Glibc.close(number) != 0 && Glibc.errno != EINTR {
      throw SystemError(
        "close", subject: subject, errno: Errno(rawValue: Glibc.errno), exitStatus: failureStatus)
    }
  }

  /// Gives up ownership and returns the raw number (the caller closes it).
  public consuming func release() -> Int32 {
    let number = owned
    owned = -1
    return number
  }

  /// Reads up to `buffer.count` bytes; 0 at the end of the file.
  ///
  /// The corresponding C function is `read`.
  public func read(into buffer: UnsafeMutableRawBufferPointer) throws(SystemError) -> Int {
    try SystemCall.run("read", subject: subject, failureStatus: .ioError) {
      Glibc.read(raw.rawValue, buffer.baseAddress, buffer.count)
    }
  }

  /// What one `read` returns (at most `limit` bytes); `nil` at the end of the file.
  public func readSome(limit: Int = 1 << 16) throws(SystemError) -> [UInt8]? {
    var chunk = [UInt8](repeating: 0, count: limit)
    let count = try chunk.withUnsafeMutableBytes { buffer in
      Result { () throws(SystemError) in try read(into: buffer) }
    }.get()
    guard count > 0 else { return nil }
    chunk.removeLast(chunk.count - count)
    return chunk
  }

  /// Writes all of `bytes`, retrying short writes.
  ///
  /// The corresponding C function is `write`.
  public func write(_ bytes: UnsafeRawBufferPointer) throws(SystemError) {
    var offset = 0
    while offset < bytes.count {
      let written = try SystemCall.run("write", subject: subject, failureStatus: .ioError) {
        Glibc.write(raw.rawValue, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
      }
      offset += written
    }
  }

  /// Writes all of `bytes`.
  public func write(_ bytes: [UInt8]) throws(SystemError) {
    try bytes.withUnsafeBytes { raw in Result { () throws(SystemError) in try write(raw) } }.get()
  }

  /// The file's status.
  ///
  /// The corresponding C function is `fstat`.
  public func status() throws(SystemError) -> FileStatus {
    var result = stat()
    try SystemCall.run("fstat", subject: subject, failureStatus: .ioError) {
      fstat(raw.rawValue, &result)
    }
    return FileStatus(result)
  }

  /// Flushes the file to stable storage; file systems that cannot sync (`EINVAL`, folders
  /// on some) count as success.
  ///
  /// The corresponding C function is `fsync`.
  public func sync() throws(SystemError) {
    switch SystemCall.attempt({ fsync(raw.rawValue) }) {
    case .success, .failure(.invalidArgument): return
    case .failure(let code):
      throw SystemError("fsync", subject: subject, errno: code, exitStatus: .ioError)
    }
  }
}

/// What `fstat` or `lstat` tells about a file.
public struct FileStatus: Sendable, Hashable {
  /// The kind of file.
  public enum Kind: Sendable, Hashable {
    /// A regular file.
    case regular
    /// A folder.
    case directory
    /// A symbolic link (only from `lstat`).
    case symbolicLink
    /// A FIFO, socket, character or block device.
    case special
  }

  /// The kind of file.
  public var kind: Kind
  /// The size in bytes.
  public var size: Int
  /// The last modification time, in seconds since the epoch (with nanoseconds).
  public var modified: Double
  /// The device that holds the file: a folder on another device than its parent's is a
  /// mount point.
  public var device: UInt64

  init(_ status: stat) {
    switch status.st_mode & S_IFMT {
    case S_IFREG: kind = .regular
    case S_IFDIR: kind = .directory
    case S_IFLNK: kind = .symbolicLink
    default: kind = .special
    }
    size = Int(status.st_size)
    modified = Double(status.st_mtim.tv_sec) + Double(status.st_mtim.tv_nsec) / 1e9
    device = UInt64(status.st_dev)
  }
}
