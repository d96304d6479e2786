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
    let previous: (format: String, parts: [PreviousManifest.PartLink])?
    if let known {
      previous = (
        known.format,
        known.parts.map { .init(file: $0.file, fileKey: $0.fileKey, bytes: $0.bytes, crc32: $0.crc32) }
      )
    } else if (FileSystem.status(folder + "/manifest.json")?.size ?? 0) <= Self.manifestLimit {
      previous = PreviousManifest.read(folder + "/manifest.json")
    } else {
      previous = nil
    }
    guard let previous, previous.format == format.rawValue else {
      parts = [:]
      return
    }
    parts = Dictionary(
      previous.parts.compactMap { part in
        part.fileKey.map { key in
          let check = part.bytes.flatMap { bytes in
            part.crc32.map { PartFileCheck(bytes: bytes, crc32: $0) }
          }
          return (part.file, (fileKey: key, check: check))
        }
      },
      uniquingKeysWith: { first, _ in first })
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
