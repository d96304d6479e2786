import Foundation
import LecternSystem

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
