import Foundation
import LecternAudio
import LecternSystem

/// The outputs of the previous render of a document, whose unchanged part files a new render
/// links instead of writing again.
///
/// A part file is reused only when the previous manifest gives the same file the same file
/// key (same audio key, format, rate, encoder settings and tags: the same bytes), and the
/// file is still what that render wrote: its size and CRC-32 are those the manifest records.
/// The link is made into the new staging folder and checked there, so the file checked is
/// the file kept, whatever happens to the previous render afterwards. Only a folder Lectern
/// wrote is read (see ``RenderFolder``).
struct PreviousRender {
  private let folder: String
  /// File name (`parts/08-7.wav`) → its file key and recorded check.
  private let parts: [String: (fileKey: String, check: PartFileCheck?)]
  /// The largest manifest read.
  static let manifestLimit = 64 << 20

  /// Reads `folder/manifest.json`, if any, for parts of `format`; or takes `known`, the
  /// manifest of the render this process made there last (`watch`), instead of reading it
  /// back. Either way each file is checked against it before it is linked.
  init(folder: String, format: AudioFormat, known: Manifest? = nil) {
    self.folder = folder
    guard let manifest = known ?? Self.read(folder), manifest.format == format.rawValue else {
      parts = [:]
      return
    }
    parts = Dictionary(
      manifest.parts.compactMap { part in
        part.fileKey.map { (part.file, (fileKey: $0, check: PartFileCheck(part))) }
      },
      uniquingKeysWith: { first, _ in first })
  }

  /// `folder/manifest.json`, if it is one.
  private static func read(_ folder: String) -> Manifest? {
    guard
      case .success(let bytes) = BoundedFile.read(
        folder + "/manifest.json", limit: Self.manifestLimit)
    else { return nil }
    return try? JSONDecoder().decode(Manifest.self, from: Data(bytes))
  }

  /// Hard-links the previous `file` (relative to the folder) to `path` if its file key is
  /// `fileKey` and it passes its recorded check; returns the check if it did.
  func link(_ file: String, fileKey: String, to path: String) -> PartFileCheck? {
    guard let entry = parts[file], entry.fileKey == fileKey, let expected = entry.check,
      FileSystem.link(folder + "/" + file, as: path)
    else { return nil }
    guard let found = try? PartFileCheck.of(path), found == expected else {
      FileSystem.removeTree(path)  // damaged: written again
      return nil
    }
    return found
  }
}
