import LecternSystem

/// A document's output folder, built beside the real one and swapped in whole.
///
/// Every file of a render goes into a hidden staging folder in the same parent (a
/// ``TemporaryName``, which ``TemporaryName/removeStale(in:)`` cleans up after a killed run).
/// Only when all of them are complete does ``commit()`` exchange the staging folder with
/// `DIR/NAME` in one `renameat2(RENAME_EXCHANGE)`, so readers see either the previous render
/// or the new one, never a mixture, and a failed render leaves the previous one untouched.
final class StagedOutput {
  /// The final folder, `DIR/NAME`.
  let destination: String
  /// The staging folder where this render writes.
  let staging: String
  private var committed = false

  /// Creates the staging folder next to `destination`.
  init(destination: String) throws(SystemError) {
    self.destination = destination
    self.staging = TemporaryName.path(beside: destination)
    try FileSystem.makeDirectories(staging + "/parts")
  }

  deinit {
    if !committed { FileSystem.removeTree(staging) }
  }

  /// The staging path of `relative` (`parts/7.wav`).
  func path(_ relative: String) -> String { "\(staging)/\(relative)" }

  /// The path a staged file will have once committed, for messages a user can act on.
  func published(_ path: String) -> String {
    path.replacingPathPrefix(staging, with: destination)
  }

  /// Moves the previous render's previews into the new folder, then swaps it into place.
  func commit() throws(SystemError) {
    let previews = destination + "/preview"
    if FileSystem.exists(previews) {
      try? FileSystem.rename(previews, to: staging + "/preview", failureStatus: .ioError)
    }
    guard FileSystem.exists(destination) else {
      try FileSystem.rename(staging, to: destination, failureStatus: .cannotCreate)
      committed = true
      return
    }
    switch FileSystem.exchange(staging, destination) {
    case .success:
      committed = true
      FileSystem.removeTree(staging)  // now the previous render
    case .failure:
      try replaceByTwoRenames()
    }
  }

  /// Where the file system cannot exchange: two renames. A crash between them leaves the
  /// old render under a temporary name that the next render removes, and no half-written
  /// folder in place.
  private func replaceByTwoRenames() throws(SystemError) {
    let aside = TemporaryName.path(beside: destination)
    try FileSystem.rename(destination, to: aside, failureStatus: .ioError)
    do throws(SystemError) {
      try FileSystem.rename(staging, to: destination, failureStatus: .ioError)
    } catch {
      try? FileSystem.rename(aside, to: destination, failureStatus: .ioError)
      throw error
    }
    committed = true
    FileSystem.removeTree(aside)
  }
}
