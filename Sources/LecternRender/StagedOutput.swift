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

  /// The path a staged file will have once committed, for messages a user can act on.
  func published(_ path: String) -> String {
    path.hasPrefix(staging) ? destination + path.dropFirst(staging.count) : path
  }

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

  /// `renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_EXCHANGE)`.
  ///
  /// glibc declares `renameat2` only under `_GNU_SOURCE`, which Swift's Glibc module does
  /// not see, so the symbol is looked up at run time (glibc ≥ 2.28 has it). Without it, or
  /// on a file system that cannot exchange, the old folder is moved aside first instead.
  private func renameExchange(_ from: String, _ to: String) -> Bool {
    typealias RenameAt2 =
      @convention(c) (
        Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32
      ) -> Int32
    let exchange: UInt32 = 2  // RENAME_EXCHANGE
    if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") {
      let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
      if renameat2(AT_FDCWD, from, AT_FDCWD, to, exchange) == 0 { return true }
    }
    // Fallback: two renames; a crash between them leaves the old render under a temporary
    // name that the next render removes, and no half-written folder in place.
    let aside = staging + "-old"
    guard rename(to, aside) == 0 else { return false }
    guard rename(from, to) == 0 else {
      rename(aside, to)
      return false
    }
    return rename(aside, from) == 0 || (try? FileManager.default.removeItem(atPath: aside)) != nil
  }

  static func reason(_ error: Error) -> String {
    if let error = error as? CocoaError, let underlying = error.underlying as? POSIXError {
      return String(cString: strerror(underlying.code.rawValue))
    }
    return "\(error)"
  }
}
