import Foundation
import LecternAudio

#if canImport(Glibc)
  import Glibc
#endif

/// The outputs of the previous render of a document, whose unchanged part files a new render
/// links instead of writing again.
///
/// A part file is reused only when the previous manifest gives the same file the same file
/// key (same audio key, format, rate, encoder settings and tags: the same bytes). The link
/// is made into the new staging folder, so the file stays whole whatever happens to the
/// previous render afterwards.
struct PreviousRender {
  private let folder: String
  private let fileKeys: [String: String]

  /// Reads `folder/manifest.json`, if any, for parts of `format`.
  init(folder: String, format: AudioFormat) {
    self.folder = folder
    let url = URL(fileURLWithPath: folder + "/manifest.json")
    guard let data = try? Data(contentsOf: url),
      let manifest = try? JSONDecoder().decode(Manifest.self, from: data),
      manifest.format == format.rawValue
    else {
      fileKeys = [:]
      return
    }
    fileKeys = Dictionary(
      manifest.parts.compactMap { part in part.fileKey.map { (part.file, $0) } },
      uniquingKeysWith: { first, _ in first })
  }

  /// Hard-links the previous `file` (relative to the folder) to `path` if its file key is
  /// `fileKey`; returns whether it did.
  ///
  /// The corresponding C function is `link`.
  func link(_ file: String, fileKey: String, to path: String) -> Bool {
    guard fileKeys[file] == fileKey else { return false }
    return Glibc.link(folder + "/" + file, path) == 0
  }
}
