import Foundation
import LecternAudio
import LecternSystem

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
  /// The largest manifest read.
  static let manifestLimit = 64 << 20

  /// Reads `folder/manifest.json`, if any, for parts of `format`.
  init(folder: String, format: AudioFormat) {
    self.folder = folder
    guard
      case .success(let bytes) = BoundedFile.read(
        folder + "/manifest.json", limit: Self.manifestLimit),
      let manifest = try? JSONDecoder().decode(Manifest.self, from: Data(bytes)),
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
  func link(part id: String, key: String, metadata wanted: AudioMetadata, to path: String) -> Bool {
    let file = "parts/" + FileSystem.split(path).name
    guard keys[file] == key, let metadata,
      metadata.title == wanted.title, metadata.artist == wanted.artist,
      metadata.date == wanted.date, metadata.comment == wanted.comment
    else { return false }
    return FileSystem.link(folder + "/" + file, as: path)
  }
}
