import LecternSupport

#if canImport(Glibc)
  import Glibc
#endif

/// The batch layer's few direct file-system calls, kept in this one file so that they can
/// move onto the system layer's typed wrappers (`LecternSystem`) unchanged in meaning.
enum BatchFiles {
  /// What a path is, following a last symbolic link (a link to a document is a document).
  enum Kind: Equatable {
    case regular
    case directory
    case other
  }

  /// What is at `path`, or `nil` when nothing is (or it cannot be reached).
  /// The corresponding C function is `stat`.
  static func kind(of path: String) -> Kind? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    return kind(status.st_mode)
  }

  /// Whether `path` itself, not what a link points to, is a folder. (`lstat`)
  static func isRealDirectory(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0 && kind(status.st_mode) == .directory
  }

  private static func kind(_ mode: mode_t) -> Kind {
    switch mode & S_IFMT {
    case S_IFREG: .regular
    case S_IFDIR: .directory
    default: .other
    }
  }

  /// The names in folder `path` (not `.` and `..`), or the `errno` that stopped the listing.
  /// The corresponding C functions are `opendir`, `readdir` and `closedir`.
  static func entries(of path: String) -> Result<[String], BatchError> {
    guard let directory = opendir(path) else {
      return .failure(
        BatchError(
          "cannot list folder \(path): \(String(cString: strerror(errno)))",
          exitStatus: .noInput))
    }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
        String(decoding: bytes.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return .success(names)
  }

  /// Calls `body` with successive chunks of the regular file at `path` (at most 64 KiB at a
  /// time, so memory stays flat whatever its size); returns `false`, having read nothing,
  /// when it is not a regular file or cannot be opened. A FIFO or device never blocks: the
  /// file is opened with `O_NONBLOCK` and its type checked with `fstat` before any read.
  /// The corresponding C functions are `open`, `fstat`, `read` and `close`.
  static func readChunks(of path: String, _ body: (UnsafeRawBufferPointer) -> Void) -> Bool {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, kind(status.st_mode) == .regular else { return false }
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { return count == 0 }
      buffer.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
    }
  }

  /// Calls `body` with each line of the file at `path` (without its `\n`), reading in chunks;
  /// blocking reads, so that a pipe (`--from-list <(find …)`) is read to its end. `body`
  /// returns `false` to stop. A line is kept to `longest` bytes and one more (so that its
  /// reader can refuse it), never held whole. Returns the `strerror` text when the file cannot
  /// be read.
  /// The corresponding C functions are `open`, `read` and `close`.
  static func forEachLine(
    of path: String, longest: Int = DocumentInputs.longestListLine, _ body: (String) -> Bool
  ) -> String? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return String(cString: strerror(errno)) }
    defer { close(descriptor) }
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    var line: [UInt8] = []
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      if count < 0 { return String(cString: strerror(errno)) }
      if count == 0 { break }
      var start = 0
      while start < count {
        let end = buffer[start..<count].firstIndex(of: UInt8(ascii: "\n")) ?? count
        line.append(contentsOf: buffer[start..<min(end, start + max(0, longest + 1 - line.count))])
        start = end + 1
        guard end < count else { break }
        guard body(String(decoding: line, as: UTF8.self)) else { return nil }
        line.removeAll(keepingCapacity: true)
      }
    }
    if !line.isEmpty { _ = body(String(decoding: line, as: UTF8.self)) }
    return nil
  }

  /// Creates folder `path` and its parents; another process creating it meanwhile is fine.
  /// The corresponding C function is `mkdir`.
  static func makeDirectories(_ path: String) throws(BatchError) {
    if kind(of: path) == .directory { return }
    let parent = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
      .joined(separator: "/")
    if !parent.isEmpty, kind(of: parent) == nil { try makeDirectories(parent) }
    guard mkdir(path, 0o777) == 0 || (errno == EEXIST && kind(of: path) == .directory) else {
      throw BatchError(
        "cannot create folder \(path): \(String(cString: strerror(errno)))",
        exitStatus: .cannotCreate)
    }
  }

  /// Writes `bytes` to `path` the way every writer of a shared output folder must, on NFS
  /// too: into a new temporary beside it (its name unique to this host and process), synced,
  /// then renamed over `path`. Readers see the old file or the new one, never a part.
  /// The corresponding C functions are `open` (`O_EXCL`), `write`, `fsync` and `rename`.
  static func writeAtomically(_ bytes: [UInt8], to path: String) throws(BatchError) {
    let temporary = temporaryName(for: path)
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw writeError(path) }
    var written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeBytes {
        write(descriptor, $0.baseAddress.map { $0 + written }, $0.count - written)
      }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else {
        let error = writeError(path)
        close(descriptor)
        unlink(temporary)
        throw error
      }
      written += count
    }
    guard fsync(descriptor) == 0 || errno == EINVAL, close(descriptor) == 0,
      rename(temporary, path) == 0
    else {
      let error = writeError(path)
      unlink(temporary)
      throw error
    }
  }

  /// `DIR/.NAME.tmp-HOST-PID-RANDOM`: hidden, and unique across the machines of a cluster.
  private static func temporaryName(for path: String) -> String {
    let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
    var host = [CChar](repeating: 0, count: 256)
    gethostname(&host, host.count - 1)
    let hostName = String(decoding: host.prefix(while: { $0 != 0 }).map(UInt8.init), as: UTF8.self)
    let random = String(UInt32.random(in: .min ... .max), radix: 16)
    return path[..<slash] + "." + path[slash...] + ".tmp-\(hostName)-\(getpid())-\(random)"
  }

  private static func writeError(_ path: String) -> BatchError {
    let status: ExitStatus =
      errno == ENOSPC || errno == EFBIG || errno == EIO ? .ioError : .cannotCreate
    return BatchError(
      "cannot write \(path): \(String(cString: strerror(errno)))", exitStatus: status)
  }

  /// Removes the file at `path`; whether it is gone. (`unlink`)
  @discardableResult
  static func remove(_ path: String) -> Bool { unlink(path) == 0 || errno == ENOENT }

  /// The bytes of the regular file at `path` if it holds at most `limit`; `nil` otherwise.
  static func contents(of path: String, limit: Int) -> [UInt8]? {
    var bytes: [UInt8] = []
    var tooLarge = false
    let readable = readChunks(of: path) { chunk in
      tooLarge = tooLarge || bytes.count + chunk.count > limit
      if !tooLarge { bytes.append(contentsOf: chunk) }
    }
    return readable && !tooLarge ? bytes : nil
  }
}
