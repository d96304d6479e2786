import Glibc
import LecternSystem

/// What is at a document's path, told apart precisely: a missing file, a folder that cannot
/// be searched and a symbolic-link loop all make `stat` fail, for different reasons a user
/// must hear.
enum DocumentPath {
  /// The size of the regular file at `path` (symbolic links followed), or the reason there is
  /// none.
  ///
  /// The corresponding C function is `stat`.
  static func regularFileSize(_ path: String) throws(DocumentError) -> Int {
    var status = stat()
    if case .failure(let code) = SystemCall.attempt({ stat(path, &status) }) {
      throw failure(code.rawValue, path)
    }
    switch status.st_mode & S_IFMT {
    case S_IFREG: return Int(status.st_size)
    case S_IFDIR: throw .directory(path: path)
    // A device or pipe (/dev/zero, a FIFO) could be read forever: only regular files are read.
    default: throw .notRegularFile(path: path)
    }
  }

  /// The error for a failed `stat` of `path`.
  private static func failure(_ code: Int32, _ path: String) -> DocumentError {
    switch code {
    case ENOENT:
      return .missing(path: path)
    case EACCES:
      let folder = unsearchableFolder(of: path) ?? "a folder of the path"
      return .unreachable(path: path, reason: "permission denied on \(folder)")
    case ELOOP:
      return .unreachable(path: path, reason: "a symbolic link loop")
    case ENOTDIR:
      return .unreachable(path: path, reason: "a part of the path is a file, not a folder")
    default:
      return .unreachable(path: path, reason: SystemError.text(of: .init(rawValue: code)))
    }
  }

  /// The first folder on the way to `path` that this process may not search (`x`), if any.
  ///
  /// The corresponding C function is `access` (`X_OK`).
  private static func unsearchableFolder(of path: String) -> String? {
    let components = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
    var folder = ""
    for (index, component) in components.enumerated() {
      folder += index == 0 ? String(component) : "/" + component
      let checked = folder.isEmpty ? "/" : folder
      if case .failure = SystemCall.attempt({ access(checked, X_OK) }) { return checked }
    }
    return nil
  }
}
