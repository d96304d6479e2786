import Foundation
import LecternAudio
import LecternSystem

/// The outputs of the previous render of a document, whose unchanged part files a new render
/// links instead of writing again.
///
/// A part file is reused only when the previous manifest gives it the same content key (same
/// calls, voices, engine and sample rate, so the same samples) in the same format, the
/// metadata written into it would be the same, and the file is still what that render wrote:
/// its size and CRC-32 are those the manifest records. The link is made into the new staging
/// folder and checked there, so the file checked is the file kept, whatever happens to the
/// previous render afterwards. Only a folder Lectern wrote is read (see ``RenderFolder``).
struct PreviousRender {
  private let folder: String
  /// File name (`parts/7.wav`) → its content key and recorded check.
  private let parts: [String: (key: String, check: PartFileCheck?)]
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
      parts = [:]
      metadata = nil
      return
    }
    parts = Dictionary(
      manifest.parts.map { ($0.file, (key: $0.key, check: PartFileCheck($0))) },
      uniquingKeysWith: { first, _ in first })
    if let file = try? SoundFileReader(path: folder + "/" + manifest.file) {
      metadata = AudioMetadata(
        title: file.string(.title), artist: file.string(.artist), date: file.string(.date),
        comment: file.string(.comment))
    } else {
      metadata = nil
    }
  }

  /// Hard-links the previous file of the part to `path` if its content key is `key`, its
  /// metadata matches and it passes its recorded check; returns the check if it did.
  func link(key: String, metadata wanted: AudioMetadata, to path: String) -> PartFileCheck? {
    let file = "parts/" + FileSystem.split(path).name
    guard let entry = parts[file], entry.key == key, let expected = entry.check,
      let metadata, metadata.title == wanted.title, metadata.artist == wanted.artist,
      metadata.date == wanted.date, metadata.comment == wanted.comment,
      FileSystem.link(folder + "/" + file, as: path)
    else { return nil }
    guard let found = try? PartFileCheck.of(path), found == expected else {
      FileSystem.removeTree(path)  // damaged: written again
      return nil
    }
    return found
  }
}
