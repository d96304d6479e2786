import Foundation
import LecternSupport
import LecternSystem

#if canImport(Glibc)
  import Glibc
#endif

/// The batch layer's file-system work, on the system layer's typed wrappers.
enum BatchFiles {
  /// What a path is, following a last symbolic link (a link to a document is a document).
  enum Kind: Equatable {
    case regular
    case directory
    case other
  }

  /// What is at `path` (through a last link), or `nil` when nothing is or it cannot be reached.
  static func kind(of path: String) -> Kind? {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return nil
    }
    if isDirectory.boolValue { return .directory }
    let target = FileSystem.canonical(path)
    return FileSystem.status(target)?.kind == .regular ? .regular : .other
  }

  /// Whether `path` itself, not what a link points to, is a folder.
  static func isRealDirectory(_ path: String) -> Bool { FileSystem.isDirectory(path) }

  /// The names in folder `path` (not `.` and `..`), or why it cannot be listed.
  static func entries(of path: String) -> Result<[String], BatchError> {
    do {
      return .success(try FileManager.default.contentsOfDirectory(atPath: path))
    } catch {
      return .failure(
        BatchError(
          "cannot list folder \(path): \(SystemError.reason(of: error))", exitStatus: .noInput))
    }
  }

  /// Calls `body` with successive chunks of the regular file at `path` (at most 64 KiB at a
  /// time); `false`, having read nothing, when it is not a regular file or cannot be opened.
  /// Opened with `O_NONBLOCK` and its type checked before any read: a FIFO never blocks.
  static func readChunks(of path: String, _ body: (UnsafeRawBufferPointer) -> Void) -> Bool {
    do throws(SystemError) {
      let file = try Descriptor.open(path, O_RDONLY | O_NONBLOCK, failureStatus: .noInput)
      guard try file.status().kind == .regular else { return false }
      while let chunk = try file.readSome() { chunk.withUnsafeBytes(body) }
      return true
    } catch {
      return false
    }
  }

  /// Calls `body` with each line of the file at `path` (blocking reads: a pipe is read to its
  /// end); `body` returns `false` to stop. A line is kept to `longest` bytes and one more.
  /// Returns why the file cannot be read, if it cannot.
  static func forEachLine(
    of path: String, longest: Int = DocumentInputs.longestListLine, _ body: (String) -> Bool
  ) -> String? {
    do throws(SystemError) {
      let file = try Descriptor.open(path, O_RDONLY, failureStatus: .noInput)
      var line: [UInt8] = []
      while let chunk = try file.readSome() {
        var start = 0
        while start < chunk.count {
          let end = chunk[start...].firstIndex(of: UInt8(ascii: "\n")) ?? chunk.count
          line.append(contentsOf: chunk[start..<min(end, start + max(0, longest + 1 - line.count))])
          start = end + 1
          guard end < chunk.count else { break }
          guard body(String(decoding: line, as: UTF8.self)) else { return nil }
          line.removeAll(keepingCapacity: true)
        }
      }
      if !line.isEmpty { _ = body(String(decoding: line, as: UTF8.self)) }
      return nil
    } catch {
      return error.reason
    }
  }

  /// Creates folder `path` and its parents; another process creating it meanwhile is fine.
  static func makeDirectories(_ path: String) throws(BatchError) {
    do throws(SystemError) {
      try FileSystem.makeDirectories(path)
    } catch {
      throw BatchError(error.description, exitStatus: error.exitStatus)
    }
  }

  /// Writes `bytes` to `path` by a new temporary beside it, synced, then renamed over `path`
  /// (atomic on NFS too): readers see the old file or the new one.
  static func writeAtomically(_ bytes: [UInt8], to path: String) throws(BatchError) {
    do throws(SystemError) {
      try AtomicFile.write(bytes, to: path)
    } catch {
      throw BatchError(error.description, exitStatus: error.exitStatus)
    }
  }

  /// Removes the file at `path`; whether it is gone.
  @discardableResult
  static func remove(_ path: String) -> Bool { FileSystem.removeTree(path) }

  /// The bytes of the regular file at `path` if it holds at most `limit`; `nil` otherwise.
  static func contents(of path: String, limit: Int) -> [UInt8]? {
    try? BoundedFile.read(path, limit: limit).get()
  }
}
