#if canImport(Glibc)
  import Glibc
#endif

/// Small POSIX file-system helpers for atomic output, on paths as C strings.
enum FileSystem {
  /// Whether anything (file, folder, dangling link) is at `path`. The corresponding C
  /// function is `lstat`.
  static func exists(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0
  }

  /// Whether `path` is a folder itself, not a link to one. The corresponding C function is
  /// `lstat`.
  static func isDirectory(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
  }

  /// Whether `path` is a regular file itself, not a link to one. The corresponding C
  /// function is `lstat`.
  static func isRegularFile(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
  }

  /// The names in folder `path`, without `.` and `..`; `nil` if it cannot be listed. The
  /// corresponding C functions are `opendir`, `readdir` and `closedir`.
  static func entries(of path: String) -> [String]? {
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
  static func removeTree(_ path: String) -> Bool {
    if isDirectory(path) {
      for name in entries(of: path) ?? [] { removeTree(path + "/" + name) }
      return rmdir(path) == 0 || errno == ENOENT
    }
    return unlink(path) == 0 || errno == ENOENT
  }

  /// Whether a process with this id exists (a process of another user counts). The
  /// corresponding C call is `kill(pid, 0)`.
  static func processExists(_ pid: pid_t) -> Bool {
    kill(pid, 0) == 0 || errno != ESRCH
  }

  /// Flushes the file or folder at `path` to stable storage; returns `errno` on failure.
  ///
  /// File systems that cannot sync folders (`EINVAL`) count as success. The corresponding C
  /// functions are `open`, `fsync` and `close`.
  static func sync(_ path: String) -> Int32? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return errno }
    defer { Glibc.close(descriptor) }
    guard fsync(descriptor) == 0 else { return errno == EINVAL ? nil : errno }
    return nil
  }

  /// Splits `path` into its folder (`.` when there is none) and its last component,
  /// ignoring trailing slashes.
  static func split(_ path: String) -> (directory: String, name: String) {
    var trimmed = Substring(path)
    while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    guard let slash = trimmed.lastIndex(of: "/") else { return (".", String(trimmed)) }
    let directory = trimmed[..<slash]
    return (
      directory.isEmpty ? "/" : String(directory), String(trimmed[trimmed.index(after: slash)...])
    )
  }
}
