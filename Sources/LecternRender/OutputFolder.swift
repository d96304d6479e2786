import Foundation
import LecternAudio

#if canImport(Glibc)
  import Glibc
#endif

/// The output folder (`output/` by default) that renders write into.
enum OutputFolder {
  /// Creates `path` if needed, checks that it is writable, and cleans up what killed runs
  /// left behind. Returns the path.
  static func prepare(_ path: String) throws(RenderError) -> String {
    try requireWritable(path)
    _ = AtomicFile.removeStaleTemporaries(in: path)
    return path
  }

  /// ``prepare(_:)`` for a folder other processes write into too (shards of a batch, maybe on
  /// other machines, whose process ids mean nothing here): only the leftovers of `document`'s
  /// own earlier renders are cleaned up, since no one else renders that document.
  static func prepare(_ path: String, cleaningFor document: String) throws(RenderError) -> String {
    try requireWritable(path)
    _ = AtomicFile.removeStaleTemporaries(in: path) { $0.hasPrefix(".\(document).") }
    return path
  }

  private static func requireWritable(_ path: String) throws(RenderError) {
    try createDirectory(path)
    guard access(path, W_OK | X_OK) == 0 else {
      throw RenderError(
        .cannotCreateOutput,
        "cannot write to output folder \(path): \(String(cString: strerror(errno)))")
    }
  }

  /// `mkdir -p path`, as a ``RenderError`` naming the folder when it fails.
  static func createDirectory(_ path: String) throws(RenderError) {
    do {
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    } catch {
      throw RenderError(
        .cannotCreateOutput, "cannot create folder \(path): \(StagedOutput.reason(error))")
    }
  }

  /// Takes the folder's lock, waiting while another render holds it.
  static func lock(_ path: String) throws -> DirectoryLock {
    var announced = false
    while true {
      do {
        return try DirectoryLock(directory: path)
      } catch {
        guard error.code == .locked else { throw error }
        if !announced {
          printNotice("waiting for another render into \(path) to finish")
          announced = true
        }
        try Interruption.check()
        usleep(100_000)
      }
    }
  }

  /// Writes `text` to `path` (inside a staging folder, so no rename of its own is needed).
  static func writeText(_ text: String, to path: String) throws(RenderError) {
    guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
      throw RenderError(.writeFailed, "cannot write \(path): \(String(cString: strerror(errno)))")
    }
  }

  private static func printNotice(_ message: String) {
    var line = "lectern: \(message)\n"
    line.withUTF8 { bytes in _ = write(STDERR_FILENO, bytes.baseAddress, bytes.count) }
  }
}
