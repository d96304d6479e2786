import Foundation
import LecternAudio

#if canImport(Glibc)
  import Glibc
#endif

/// A document's output folder, built beside the real one and swapped in whole.
///
/// Every file of a render goes into a hidden staging folder in the same parent
/// (`.NAME.lectern-tmp-PID-RANDOM`, the temporary-name pattern that
/// ``AtomicFile/removeStaleTemporaries(in:)`` cleans up after a killed run). Only when all of
/// them are complete does ``commit()`` exchange the staging folder with `DIR/NAME` in one
/// `renameat2(RENAME_EXCHANGE)`, so readers see either the previous render or the new one,
/// never a mixture, and a failed render leaves the previous one untouched.
final class StagedOutput {
  /// The final folder, `DIR/NAME`.
  let destination: String
  /// The staging folder where this render writes.
  let staging: String
  private var committed = false

  /// Creates the staging folder next to `destination`.
  init(destination: String) throws(RenderError) {
    let url = URL(fileURLWithPath: destination)
    let parent = url.deletingLastPathComponent().path
    let name = url.lastPathComponent
    let random = UInt32.random(in: 0...UInt32.max)
    self.destination = destination
    self.staging = "\(parent)/.\(name).lectern-tmp-\(getpid())-\(String(random, radix: 16))"
    do {
      try FileManager.default.createDirectory(
        atPath: staging + "/parts", withIntermediateDirectories: true)
    } catch {
      throw RenderError(.cannotCreateOutput, "cannot write to \(parent): \(Self.reason(error))")
    }
  }

  deinit {
    if !committed { try? FileManager.default.removeItem(atPath: staging) }
  }

  /// The staging path of `relative` (`parts/7.wav`).
  func path(_ relative: String) -> String { "\(staging)/\(relative)" }

  /// Moves the previous render's previews into the new folder, then swaps it into place.
  func commit() throws(RenderError) {
    let manager = FileManager.default
    let previews = destination + "/preview"
    if manager.fileExists(atPath: previews) {
      try? manager.moveItem(atPath: previews, toPath: staging + "/preview")
    }
    if manager.fileExists(atPath: destination) {
      // RENAME_EXCHANGE = 2: both names exist before and after, swapped atomically.
      guard renameExchange(staging, destination) else {
        throw RenderError(
          .writeFailed,
          "cannot replace \(destination): \(String(cString: strerror(errno)))")
      }
      committed = true
      try? manager.removeItem(atPath: staging)  // now the previous render
    } else {
      guard rename(staging, destination) == 0 else {
        throw RenderError(
          .cannotCreateOutput,
          "cannot create \(destination): \(String(cString: strerror(errno)))")
      }
      committed = true
    }
  }

  private func renameExchange(_ from: String, _ to: String) -> Bool {
    // glibc 2.36 declares renameat2 only with _GNU_SOURCE; the system call is stable.
    let result = syscall(Int(SYS_renameat2), AT_FDCWD, from, AT_FDCWD, to, 2)
    return result == 0
  }

  static func reason(_ error: Error) -> String {
    if let error = error as? CocoaError, let underlying = error.underlying as? POSIXError {
      return String(cString: strerror(underlying.code.rawValue))
    }
    return "\(error)"
  }
}
