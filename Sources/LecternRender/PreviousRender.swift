import Foundation
import LecternAudio

#if canImport(Glibc)
  import Glibc
#endif

/// The outputs of the previous render of a document, whose unchanged part files a new render
/// links instead of writing again.
///
/// A part file is reused only when the previous manifest gives it the same content key (same
/// calls, voices, engine and sample rate, so the same samples) in the same format, and the
/// metadata written into it would be the same. The link is made into the new staging folder,
/// so the file stays whole whatever happens to the previous render afterwards.
struct PreviousRender {
  private let folder: String
  private let keys: [String: String]
  private let metadata: AudioMetadata?

  /// Reads `folder/manifest.json`, if any, for parts of `format`.
  init(folder: String, format: AudioFormat) {
    self.folder = folder
    let url = URL(fileURLWithPath: folder + "/manifest.json")
    guard let data = try? Data(contentsOf: url),
      let manifest = try? JSONDecoder().decode(Manifest.self, from: data),
      manifest.format == format.rawValue
    else {
      keys = [:]
      metadata = nil
      return
    }
    keys = Dictionary(
      manifest.parts.map { ($0.file, $0.key) }, uniquingKeysWith: { first, _ in first })
    if let file = try? SoundFileReader(path: folder + "/" + manifest.file) {
      metadata = AudioMetadata(
        title: file.string(.title), artist: file.string(.artist), date: file.string(.date),
        comment: file.string(.comment))
    } else {
      metadata = nil
    }
  }

  /// Hard-links the previous file of part `id` to `path` if its content key is `key` and its
  /// metadata matches; returns whether it did.
  ///
  /// The corresponding C function is `link`.
  func link(part id: String, key: String, metadata wanted: AudioMetadata, to path: String) -> Bool {
    let file = "parts/" + URL(fileURLWithPath: path).lastPathComponent
    guard keys[file] == key, let metadata,
      metadata.title == wanted.title, metadata.artist == wanted.artist,
      metadata.date == wanted.date, metadata.comment == wanted.comment
    else { return false }
    return Glibc.link(folder + "/" + file, path) == 0
  }
}
