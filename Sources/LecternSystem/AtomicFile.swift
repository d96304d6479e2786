import Glibc
import LecternSupport

/// An error that names a path, and can name the published path instead of a temporary one.
public protocol PathReporting: Error {
  /// This error naming `path` wherever it named `temporary` (or something inside it).
  func reporting(_ temporary: String, as path: String) -> Self
}

extension String {
  /// This path with the prefix `temporary` replaced by `path`.
  public func replacingPathPrefix(_ temporary: String, with path: String) -> String {
    if self == temporary { return path }
    if hasPrefix(temporary + "/") { return path + dropFirst(temporary.count) }
    return self
  }
}

extension SystemError: PathReporting {
  /// This error naming `path` instead of `temporary`.
  public func reporting(_ temporary: String, as path: String) -> SystemError {
    var copy = self
    copy.subject = subject.replacingPathPrefix(temporary, with: path)
    return copy
  }
}

/// Output that appears whole or not at all.
///
/// Content is written to a temporary path in the destination's own folder (a
/// ``TemporaryName``, on the same file system, so `rename(2)` is atomic), synced, and renamed
/// over the destination only after it is complete. If writing throws, the temporary is
/// removed and an existing file at the destination is left untouched. A process killed
/// half-way leaves a temporary that ``TemporaryName/removeStale(in:)`` recognises.
public enum AtomicFile {
  /// Runs `body` with a temporary path, then moves what `body` created there (a file, or a
  /// folder) to `path`.
  ///
  /// `body` must create the temporary itself and finish it before returning. If `body`
  /// throws, its error is rethrown after the temporary is removed; an error that names the
  /// temporary (``PathReporting``) is rethrown naming `path` instead, the file a user knows.
  ///
  /// The corresponding C functions are `fsync` and `rename`.
  @discardableResult
  public static func write<Result>(
    to path: String, _ body: (_ temporaryPath: String) throws -> Result
  ) throws -> Result {
    let temporary = TemporaryName.path(beside: path)
    do {
      let result = try body(temporary)
      try commit(temporary, to: path)
      return result
    } catch let error as any PathReporting {
      FileSystem.removeTree(temporary)
      throw error.reporting(temporary, as: path)
    } catch {
      FileSystem.removeTree(temporary)
      throw error
    }
  }

  /// Writes `bytes` to `path` atomically.
  ///
  /// The corresponding C functions are `open` (`O_CREAT | O_EXCL`), `write`, `fsync` and
  /// `rename`.
  public static func write(_ bytes: [UInt8], to path: String) throws(SystemError) {
    let temporary = TemporaryName.path(beside: path)
    do throws(SystemError) {
      try writeNewFile(bytes, at: temporary)
      try commit(temporary, to: path)
    } catch {
      FileSystem.removeTree(temporary)
      throw error.reporting(temporary, as: path)
    }
  }

  /// Writes `text` to `path` atomically, encoded as UTF-8.
  public static func write(_ text: String, to path: String) throws(SystemError) {
    try write(Array(text.utf8), to: path)
  }

  /// Creates `path`, which must not exist, with `bytes`, and syncs it unless `syncing` is
  /// `false` (a file inside a staging folder that is synced as a whole, or not at all).
  ///
  /// The corresponding C functions are `open` (`O_CREAT | O_EXCL`), `write` and `fsync`.
  public static func writeNewFile(
    _ bytes: [UInt8], at path: String, syncing: Bool = true
  ) throws(SystemError) {
    let file = try Descriptor.createNew(path, permissions: 0o666)
    try file.write(bytes)
    if syncing { try file.sync() }
    try file.close()
  }

  /// Syncs the finished temporary, renames it over `path`, then syncs the folder so that the
  /// new name survives a crash.
  private static func commit(_ temporary: String, to path: String) throws(SystemError) {
    guard FileSystem.exists(temporary) else {
      throw SystemError(
        "rename", subject: path, reason: "nothing was written to the temporary \(temporary)",
        exitStatus: .cannotCreate)
    }
    try FileSystem.sync(temporary)
    switch SystemCall.attempt({ rename(temporary, path) }) {
    case .success: break
    case .failure(let code):
      let bothFolders = FileSystem.isDirectory(temporary) && FileSystem.isDirectory(path)
      guard bothFolders, code == .directoryNotEmpty || code == .fileExists else {
        throw SystemError("rename", subject: path, errno: code, exitStatus: .ioError)
      }
      try replaceFolder(path, with: temporary)
    }
    try? FileSystem.sync(FileSystem.split(path).directory)
  }

  /// Replaces a non-empty folder: `rename(2)` cannot, so the old one goes to a temporary name
  /// (removed by a later clean-up if this process dies now) and is deleted afterwards.
  private static func replaceFolder(_ path: String, with temporary: String) throws(SystemError) {
    let old = TemporaryName.path(beside: path)
    try SystemCall.run("rename", subject: path, failureStatus: .ioError) { rename(path, old) }
    do throws(SystemError) {
      try SystemCall.run("rename", subject: path, failureStatus: .ioError) {
        rename(temporary, path)
      }
    } catch {
      _ = rename(old, path)
      throw error
    }
    FileSystem.removeTree(old)
  }
}
