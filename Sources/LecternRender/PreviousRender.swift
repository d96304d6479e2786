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
        known.parts.map {
          .init(file: $0.file, fileKey: $0.fileKey, bytes: $0.bytes, crc32: $0.crc32)
        }
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

/// What a new render needs of the previous render's `manifest.json` — its format, and each
/// part file's file key and check — read a line at a time, so that the previous manifest of
/// a long document (16 MB at 10,000 parts) is never in memory whole, nor decoded whole.
///
/// Lectern writes the manifest pretty-printed (``Manifest/json()``): each part is the lines
/// from `    {` to `    }` inside the top-level `"parts"` array, and JSON strings hold no raw
/// newline, so each part's lines are decoded on their own, and the rest of the document
/// with an empty array. A file in any other shape gives nothing, and every part is written
/// again (a cost, never a wrong link).
enum PreviousManifest {
  /// A part of a manifest, as far as linking its file goes.
  struct PartLink: Decodable {
    var file: String
    var fileKey: String?
    var bytes: Int?
    var crc32: String?
  }

  private struct Head: Decodable {
    var format: String
  }

  /// The format and the parts of the manifest at `path`, or `nil` if it cannot be read or
  /// is not in the shape Lectern writes.
  static func read(_ path: String) -> (format: String, parts: [PartLink])? {
    var head = ""
    var element = ""
    var parts: [PartLink] = []
    var inParts = false
    var sawParts = false
    var malformed = false
    let decoder = JSONDecoder()
    let lines = LineSplitter { line in
      if !inParts {
        inParts = line == "  \"parts\" : ["
        sawParts = sawParts || inParts
        head += inParts ? "  \"parts\" : []" : line + "\n"
      } else if line == "  ]" || line == "  ]," {
        inParts = false
        head += line.dropFirst(3) + "\n"
      } else if line == "    }" || line == "    }," {
        element += "}"
        guard let part = try? decoder.decode(PartLink.self, from: Data(element.utf8)) else {
          malformed = true
          return
        }
        parts.append(part)
        element = ""
      } else {
        element += line + "\n"
      }
    }
    guard (try? lines.read(path)) != nil, sawParts, !malformed, !inParts,
      let format = try? decoder.decode(Head.self, from: Data(head.utf8)).format
    else { return nil }
    return (format, parts)
  }
}

/// Splits a file into lines (without their newline), piece by piece.
private struct LineSplitter {
  let each: (String) -> Void

  func read(_ path: String) throws(SystemError) {
    var carry: [UInt8] = []
    try ChunkedFileReader(path: path, published: path).forEachChunk(of: 1 << 16) {
      (piece) throws(SystemError) in
      var start = piece.startIndex
      for index in piece.indices where piece[index] == UInt8(ascii: "\n") {
        carry += piece[start..<index]
        each(String(decoding: carry, as: UTF8.self))
        carry.removeAll(keepingCapacity: true)
        start = index + 1
      }
      carry += piece[start...]
    }
    if !carry.isEmpty { each(String(decoding: carry, as: UTF8.self)) }
  }
}
