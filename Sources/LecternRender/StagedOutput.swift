import LecternSystem

/// A document's output folder, built beside the real one and swapped in whole.
///
/// Every file of a render goes into a hidden staging folder in the same parent (a
/// ``TemporaryName``) that holds, from its creation, the ``RenderFolder/markerName`` file,
/// `flock`ed for as long as this value lives: ``StaleStaging`` removes only staging folders
/// whose lock is free. Only when all files are complete does ``commit(document:)`` exchange
/// the staging folder with `DIR/NAME` in one `renameat2(RENAME_EXCHANGE)`, so readers see
/// either the previous render or the new one, never a mixture, and a failed render leaves the
/// previous one untouched. What is at `DIR/NAME` is replaced only if Lectern wrote it.
final class StagedOutput {
  /// The final folder, `DIR/NAME`.
  let destination: String
  /// The staging folder where this render writes.
  let staging: String
  /// The staging folder's own lock: its marker file, held until this value is dropped.
  private let lock: DirectoryLock
  private var committed = false

  /// Creates the staging folder next to `destination`, with its marker locked.
  init(destination: String) throws {
    self.destination = destination
    let staging = TemporaryName.path(beside: destination)
    try FileSystem.makeDirectories(staging)
    do {
      lock = try DirectoryLock(directory: staging, fileName: RenderFolder.markerName)
      try FileSystem.makeDirectories(staging + "/parts")
    } catch {
      FileSystem.removeTree(staging)
      throw error
    }
    self.staging = staging
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

  /// Swaps the staging folder into place as `DIR/NAME` of `document`, if what is there
  /// (if anything) is a render folder Lectern wrote, with the previous render's previews.
  func commit(document: String) throws {
    try RenderFolder.requireReplaceable(destination, document: document)
    if !FileSystem.exists(destination) {
      do throws(SystemError) {
        try FileSystem.rename(staging, to: destination, failureStatus: .cannotCreate)
        committed = true
        return
      } catch {
        // Only if a preview made the folder meanwhile (with the marker): replaced below.
        guard error.errno == .fileExists || error.errno == .directoryNotEmpty else { throw error }
        try RenderFolder.requireReplaceable(destination, document: document)
      }
    }
    try linkTree(destination + "/preview", to: staging + "/preview")
    switch FileSystem.exchange(staging, destination) {
    case .success:
      committed = true
      FileSystem.removeTree(staging)  // now the previous render
    case .failure:
      try replaceByTwoRenames()
    }
  }

  /// Hard-links the regular files of folder `source` (the previews of the render about to
  /// be replaced, which Lectern wrote) into `target`: copied, not moved, so that a swap that
  /// fails or is interrupted leaves them where they were. Links are never followed.
  private func linkTree(_ source: String, to target: String) throws {
    guard FileSystem.isDirectory(source) else { return }
    try FileSystem.makeDirectories(target)
    for name in FileSystem.entries(of: source) ?? [] {
      let (from, to) = (source + "/" + name, target + "/" + name)
      if FileSystem.isDirectory(from) {
        try linkTree(from, to: to)
      } else if FileSystem.isRegularFile(from), !FileSystem.link(from, as: to) {
        throw SystemError(
          "link", subject: from, reason: "cannot link the preview into the new render",
          exitStatus: .ioError)
      }
    }
  }

  /// Where the file system cannot exchange: two renames. A crash between them leaves the
  /// old render under a temporary name that the next render removes, and no half-written
  /// folder in place.
  private func replaceByTwoRenames() throws {
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
