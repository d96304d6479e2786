import Glibc
import LecternSupport
import SystemPackage

/// A private folder for a command's scratch files: a fresh, unpredictable name
/// (a ``TemporaryName``) created with mode 0700 by `mkdtemp`, never an existing folder reused,
/// removed with everything in it when this value is dropped. A killed process leaves it to
/// the next run's ``TemporaryName/removeStale(in:)`` of the same parent.
public struct ScratchDirectory: ~Copyable {
  /// The folder.
  public let path: String

  /// Creates a scratch folder in `parent` (`$TMPDIR`, else `/tmp`, by default) and removes
  /// the scratch folders that dead Lectern processes left there.
  ///
  /// The corresponding C function is `mkdtemp`.
  ///
  /// - Throws: ``SystemError`` (exit `EX_CANTCREAT`) when the folder cannot be created.
  public init(
    purpose: String, in parent: String = ScratchDirectory.defaultParent
  ) throws(SystemError) {
    TemporaryName.removeStale(in: parent)
    // mkdtemp fills the X's; the name still parses as a temporary of this process.
    var template = Array(
      "\(parent)/.\(purpose)\(TemporaryName.marker)\(getpid())-XXXXXX".utf8CString)
    let created = template.withUnsafeMutableBufferPointer { buffer in
      SystemCall.attempt { () -> Int32 in
        guard let base = buffer.baseAddress else { return -1 }
        return mkdtemp(base) == nil ? -1 : 0
      }
    }
    if case .failure(let code) = created {
      throw SystemError("mkdtemp", subject: parent, errno: code, exitStatus: .cannotCreate)
    }
    path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  deinit { FileSystem.removeTree(path) }

  /// `$TMPDIR` when set, else `/tmp`.
  public static var defaultParent: String {
    guard let value = getenv("TMPDIR"), value.pointee != 0 else { return "/tmp" }
    let path = String(cString: value)
    return path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
  }
}
