import Foundation
import LecternSystem

/// A document's render folder, `OUTPUT/NAME`, and how a render tells one that Lectern wrote
/// from anything else found at that path.
///
/// Lectern replaces only a folder it wrote: one that holds its marker file (written into
/// every staging folder as it is created, so into every render since), or, for renders made
/// before the marker existed, a `manifest.json` of that document. A user's file or folder, a
/// symbolic link (Lectern never makes one) or a mount point is left alone, and the render
/// stops with `EX_CANTCREAT` naming it.
public enum RenderFolder {
  /// The marker file of a render folder. In a staging folder it is also the folder's own
  /// lock, held by its render until the end: a staging folder whose lock is free is stale.
  public static let markerName = ".lectern-render"

  /// What is at a render folder's path.
  enum Finding: Equatable {
    /// Nothing.
    case absent
    /// A folder Lectern wrote.
    case lectern
    /// Something else, and why it is not replaced.
    case foreign(String)
  }

  /// What is at `path`, the render folder of `document`.
  static func inspect(_ path: String, document: String) -> Finding {
    guard let status = FileSystem.status(path) else { return .absent }
    switch status.kind {
    case .symbolicLink: return .foreign("it is a symbolic link")
    case .regular, .special: return .foreign("it is a file, not a folder")
    case .directory: break
    }
    // `..` of a mount point is on its parent's device: renaming cannot replace it.
    if let parent = FileSystem.status(path + "/.."), parent.device != status.device {
      return .foreign("it is a mount point")
    }
    if FileSystem.isRegularFile(path + "/" + markerName) { return .lectern }
    if hasManifest(of: document, in: path) { return .lectern }
    return .foreign("it holds neither Lectern's \(markerName) nor a manifest.json of \(document)")
  }

  /// Throws unless `path` is absent or a render folder Lectern wrote.
  static func requireReplaceable(_ path: String, document: String) throws(RenderError) {
    if case .foreign(let reason) = inspect(path, document: document) {
      throw RenderError(
        .cannotCreateOutput,
        "\(path) is not replaced: \(reason), and Lectern replaces only a render folder it"
          + " wrote; move it away or choose another --output")
    }
  }

  /// Refuses a document name that would collide with Lectern's own names in the output
  /// folder: every one of them (the lock, staging folders, folders set aside) is hidden.
  public static func requireUsableName(_ name: String, source: String) throws(RenderError) {
    if name.isEmpty || name.hasPrefix(".") {
      throw RenderError(
        .reservedName,
        "\(source): the document's name \"\(name)\" starts with a dot, as Lectern's own files"
          + " in the output folder do (its lock, its staging folders); rename the file")
    }
  }

  /// The `preview/` folder of `document` in `output`, created if needed: inside the render
  /// folder if Lectern wrote it, or in a new render folder that gets the marker.
  public static func previewFolder(output: String, document: String) throws -> String {
    try requireUsableName(document, source: document)
    let folder = output + "/" + document
    try requireReplaceable(folder, document: document)
    if !FileSystem.exists(folder) {
      try FileSystem.makeDirectories(folder)
      // A render that committed meanwhile has already put its marker there.
      try? AtomicFile.writeNewFile([], at: folder + "/" + markerName, syncing: false)
    }
    try FileSystem.makeDirectories(folder + "/preview")
    return folder + "/preview"
  }

  /// Whether `folder/manifest.json` is Lectern's manifest of `document`.
  private static func hasManifest(of document: String, in folder: String) -> Bool {
    guard
      case .success(let bytes) = BoundedFile.read(
        folder + "/manifest.json", limit: PreviousRender.manifestLimit),
      let manifest = try? JSONDecoder().decode(Manifest.self, from: Data(bytes))
    else { return false }
    return manifest.document == document
  }
}
