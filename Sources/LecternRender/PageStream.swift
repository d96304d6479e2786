import Foundation
import LecternSystem
import LecternText

/// JSON bytes made safe inside a `<script>` element (see ``ListeningPage/scriptJSON(_:)``),
/// in pieces: a piece may end inside the UTF-8 of U+2028 or U+2029, so its last one or two
/// bytes wait for the next piece. A byte scan, since every character escaped is ASCII or
/// one fixed UTF-8 sequence.
struct ScriptSafeBytes {
  private var carry: [UInt8] = []

  /// The escaped bytes of `piece` (after what the last piece held back); `last` writes
  /// everything held back.
  mutating func escape(_ piece: ArraySlice<UInt8>, last: Bool) -> [UInt8] {
    var utf8 = carry + piece
    carry = []
    if !last, let end = utf8.last {
      if end == 0xE2 {
        carry = [0xE2]
      } else if end == 0x80, utf8.count >= 2, utf8[utf8.count - 2] == 0xE2 {
        carry = [0xE2, 0x80]
      }
      utf8.removeLast(carry.count)
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(utf8.count + 64)
    var index = 0
    while index < utf8.count {
      let byte = utf8[index]
      index += 1
      switch byte {
      case UInt8(ascii: "<"): bytes += Array("\\u003c".utf8)
      case UInt8(ascii: ">"): bytes += Array("\\u003e".utf8)
      case UInt8(ascii: "&"): bytes += Array("\\u0026".utf8)
      // U+2028 and U+2029: E2 80 A8 and E2 80 A9.
      case 0xE2
      where index + 1 < utf8.count && utf8[index] == 0x80
        && (utf8[index + 1] == 0xA8 || utf8[index + 1] == 0xA9):
        bytes += Array((utf8[index + 1] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
        index += 2
      default: bytes.append(byte)
      }
    }
    return bytes
  }
}

/// The files a streamed listening page embeds, written earlier in the same staging folder.
struct PageSources {
  /// `manifest.json`.
  var manifest: (path: String, published: String)
  /// The WebVTT captions.
  var webVTT: (path: String, published: String)
  /// The envelope's hexadecimal values (``EnvelopeStream``).
  var envelope: (path: String, published: String)
  /// Frames per envelope value.
  var step: Int
}

extension ListeningPage {
  /// Writes the page of a render into `out`, byte for byte what ``html()`` gives for the
  /// same render, reading the manifest, the captions and the envelope from the files
  /// `sources` names piece by piece instead of holding them. `head` is the manifest's
  /// top-level fields (its parts are not needed).
  static func stream(
    plan: RenderPlan, head: Manifest, captionFiles: (vtt: String, srt: String),
    sources: PageSources, into out: TextFileOutput
  ) throws {
    let text = textValues(
      metadata: plan.metadata, language: plan.language, manifest: head,
      captionFiles: captionFiles)
    let empty = LevelEnvelope(parts: [], starts: [], frames: 0, step: sources.step)
    let data = try scriptJSON(
      pageData(
        metadata: plan.metadata, language: plan.language, manifest: head,
        captionFiles: captionFiles, envelope: empty))
    // The values' hexadecimal string goes where the empty one is (escaping leaves it be).
    guard let values = data.range(of: "\"values\":\"\"") else {
      throw RenderError(.writeFailed, "cannot place the envelope in the listening page")
    }
    var template = PageFiles.pageHTML[...]
    while let open = template.range(of: "{{"),
      let close = template[open.upperBound...].range(of: "}}")
    {
      try out.write(String(template[..<open.lowerBound]))
      let name = String(template[open.upperBound..<close.lowerBound])
      switch name {
      case "captions":
        try out.write("data:text/vtt;base64,")
        try ChunkedFileReader(path: sources.webVTT.path, published: sources.webVTT.published)
          .forEachChunk(of: 3 << 14) { (piece) throws(SystemError) in
            try out.write(Data(piece).base64EncodedString())
          }
      case "manifest":
        var safe = ScriptSafeBytes()
        try ChunkedFileReader(path: sources.manifest.path, published: sources.manifest.published)
          .forEachChunk(of: 1 << 16) { (piece) throws(SystemError) in
            try out.write(safe.escape(piece, last: false))
          }
        try out.write(safe.escape([], last: true))
      case "page":
        try out.write(String(data[..<values.lowerBound]) + "\"values\":\"")
        try ChunkedFileReader(path: sources.envelope.path, published: sources.envelope.published)
          .forEachChunk(of: 1 << 16) { (piece) throws(SystemError) in try out.write(Array(piece)) }
        try out.write("\"" + String(data[values.upperBound...]))
      default:
        try out.write(text[name] ?? String(template[open.lowerBound..<close.upperBound]))
      }
      template = template[close.upperBound...]
    }
    try out.write(String(template))
  }
}
