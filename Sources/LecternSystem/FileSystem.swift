import CLecternSystem
import Glibc
import LecternSupport
import SystemPackage

/// File-system operations on paths, through ``SystemCall``, never following a last symbolic
/// link where that matters (`lstat`, `unlink`).
public enum FileSystem {
  /// The status of `path` itself (a link is reported as a link), or `nil` if nothing is
  /// there. The corresponding C function is `lstat`.
  public static func status(_ path: String) -> FileStatus? {
    var result = stat()
    guard case .success = SystemCall.attempt({ lstat(path, &result) }) else { return nil }
    return FileStatus(result)
  }

  /// Whether anything (file, folder, dangling link) is at `path`.
  public static func exists(_ path: String) -> Bool { status(path) != nil }

  /// Whether `path` is a folder itself, not a link to one.
  public static func isDirectory(_ path: String) -> Bool { status(path)?.kind == .directory }

  /// Whether `path` is a regular file itself, not a link to one.
  public static func isRegularFile(_ path: String) -> Bool { status(path)?.kind == .regular }

  /// The names in folder `path`, without `.` and `..`; `nil` if it cannot be listed. The
  /// corresponding C functions are `opendir`, `readdir` and `closedir`.
  public static func entries(of path: String) -> [String]? {
    guard let directory = opendir(path) else { return nil }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
        String(decoding: bytes.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }

  /// Removes a file, or a folder with everything in it, never following links. Returns
  /// whether `path` is gone. The corresponding C functions are `unlink` and `rmdir`.
  @discardableResult
  public static func removeTree(_ path: String) -> Bool {
    if isDirectory(path) {
      for name in entries(of: path) ?? [] { removeTree(path + "/" + name) }
      return removed(SystemCall.attempt { rmdir(path) })
    }
    return removed(SystemCall.attempt { unlink(path) })
  }

  /// Removes folder `path` if it is empty (never its content); returns whether it did.
  /// The corresponding C function is `rmdir`.
  @discardableResult
  public static func removeEmptyDirectory(_ path: String) -> Bool {
    if case .success = SystemCall.attempt({ rmdir(path) }) { return true }
    return false
  }

  private static func removed(_ result: Result<Int32, Errno>) -> Bool {
    switch result {
    case .success, .failure(.noSuchFileOrDirectory): true
    case .failure: false
    }
  }

  /// Creates folder `path` and its missing parents (`mkdir -p`) with `permissions`.
  ///
  /// The corresponding C function is `mkdir`.
  ///
  /// - Throws: ``SystemError`` (exit `EX_CANTCREAT`) naming the folder that failed.
  public static func makeDirectories(
    _ path: String, permissions: mode_t = 0o777
  ) throws(SystemError) {
    if isDirectory(path) { return }
    let parent = split(path).directory
    if parent != path, !exists(parent) { try makeDirectories(parent, permissions: permissions) }
    switch SystemCall.attempt({ mkdir(path, permissions) }) {
    case .success: return
    case .failure(.fileExists) where status(path).map({ $0.kind == .directory }) ?? false:
      return
    case .failure(.fileExists):
      // Something that is not a folder; mkdir's own wording is "File exists".
      let kind = status(path)?.kind == .symbolicLink ? "a symbolic link" : "not a folder"
      throw SystemError("mkdir", subject: path, reason: kind, exitStatus: .cannotCreate)
    case .failure(let code):
      throw SystemError("mkdir", subject: path, errno: code, exitStatus: .cannotCreate)
    }
  }

  /// Whether a process with this id exists (a process of another user counts). The
  /// corresponding C call is `kill(pid, 0)`.
  public static func processExists(_ pid: pid_t) -> Bool {
    kill(pid, 0) == 0 || Glibc.errno != ESRCH
  }

  /// Flushes the file or folder at `path` to stable storage.
  ///
  /// File systems that cannot sync folders (`EINVAL`) count as success. The corresponding C
  /// functions are `open`, `fsync` and `close`.
  public static func sync(_ path: String) throws(SystemError) {
    let file = try Descriptor.open(path, O_RDONLY, failureStatus: .ioError)
    try file.sync()
  }

  /// Exchanges `first` and `second` atomically: both names exist before and after.
  ///
  /// The corresponding C function is `renameat2` with `RENAME_EXCHANGE` (Linux 3.15).
  public static func exchange(_ first: String, _ second: String) -> Result<Void, Errno> {
    SystemCall.attempt { lectern_renameat2(first, second, LECTERN_RENAME_EXCHANGE) }.map { _ in }
  }

  /// Renames `from` to `to`, replacing a file or an empty folder at `to`.
  ///
  /// The corresponding C function is `rename`.
  public static func rename(
    _ from: String, to: String, failureStatus: ExitStatus
  ) throws(SystemError) {
    try SystemCall.run("rename", subject: to, failureStatus: failureStatus) {
      Glibc.rename(from, to)
    }
  }

  /// Hard-links `existing` as `new`; returns whether it did.
  ///
  /// The corresponding C function is `link`.
  public static func link(_ existing: String, as new: String) -> Bool {
    if case .success = SystemCall.attempt({ Glibc.link(existing, new) }) { return true }
    return false
  }

  /// Sets the access and modification times of `path` to now; returns whether it did.
  ///
  /// The corresponding C function is `utimensat`.
  @discardableResult
  public static func touch(_ path: String) -> Bool {
    if case .success = SystemCall.attempt({ utimensat(AT_FDCWD, path, nil, 0) }) { return true }
    return false
  }

  /// Splits `path` into its folder (`.` when there is none) and its last component,
  /// ignoring trailing slashes.
  public static func split(_ path: String) -> (directory: String, name: String) {
    var trimmed = Substring(path)
    while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    guard let slash = trimmed.lastIndex(of: "/") else { return (".", String(trimmed)) }
    let directory = trimmed[..<slash]
    return (
      directory.isEmpty ? "/" : String(directory), String(trimmed[trimmed.index(after: slash)...])
    )
  }
}

extension FileSystem {
  /// Copies the regular file `source` (never through a symbolic link) to the new file
  /// `target` (which must not exist), in chunks.
  ///
  /// The corresponding C functions are `open`, `read` and `write`.
  ///
  /// - Throws: ``SystemError`` naming the file that failed (exit 74).
  public static func copyFile(_ source: String, to target: String) throws(SystemError) {
    let input = try Descriptor.open(source, O_RDONLY | O_NOFOLLOW, failureStatus: .ioError)
    let output = try Descriptor.createNew(target)
    while let chunk = try input.readSome(limit: 1 << 20) { try output.write(chunk) }
    try output.close()
  }

  /// The absolute path of `path` with every link resolved, or `path` itself when it cannot
  /// be resolved. The corresponding C function is `realpath`.
  public static func canonical(_ path: String) -> String {
    guard let resolved = realpath(path, nil) else { return path }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}

/// The process's standard error, descriptor 2.
public enum StandardError {
  /// Whether it is a terminal. The corresponding C function is `isatty`.
  public static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }

  /// Writes `text` as it is (a message for people, kept out of stdout's data); a failure to
  /// write to stderr has nowhere to be reported and is ignored.
  public static func write(_ text: String) {
    let stream = Descriptor(standard: STDERR_FILENO, subject: "standard error")
    try? stream.write(Array(text.utf8))
  }

  /// Runs `body` with descriptor 2 pointed at `/dev/null`, then restores it: for C libraries
  /// that print chatter on stderr (the engine's audio probe on a headless machine).
  ///
  /// The corresponding C functions are `dup`, `open` and `dup2`.
  public static func silenced<Result>(_ body: () -> Result) -> Result {
    let saved = dup(STDERR_FILENO)
    let null = Glibc.open("/dev/null", O_WRONLY | O_CLOEXEC)
    guard saved >= 0, null >= 0 else {
      if saved >= 0 { Glibc.close(saved) }
      if null >= 0 { Glibc.close(null) }
      return body()
    }
    dup2(null, STDERR_FILENO)
    Glibc.close(null)
    defer {
      dup2(saved, STDERR_FILENO)
      Glibc.close(saved)
    }
    return body()
  }
}

/// The process's standard output, descriptor 1.
public enum StandardOutput {
  /// Copies the file at `path` to standard output (for piping: `| aplay`).
  ///
  /// - Throws: ``SystemError`` naming the file (exit 74), or standard output when writing
  ///   fails; an interruption (exit 130) when the user stops the process meanwhile.
  public static func copy(fileAt path: String) throws(SystemError) {
    let input = try Descriptor.open(path, O_RDONLY, failureStatus: .ioError)
    let output = Descriptor(standard: STDOUT_FILENO, subject: "standard output")
    while let chunk = try input.readSome() { try output.write(chunk) }
  }
}
