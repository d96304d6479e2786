import Foundation
import Testing

@testable import LecternRender

/// The manifest's array elements and the parts' titles are cut from text by bytes: both must
/// be what cutting by characters gave.
@Suite("Splice and title text")
struct SpliceAndTitleTextTests {
  /// An element indented as before: split by characters at "\n".
  static func indented(_ encoded: String, first: Bool) -> String {
    var out = first ? "" : ",\n"
    var opening = true
    for line in encoded.split(separator: "\n", omittingEmptySubsequences: false) {
      if !opening { out += "\n" }
      opening = false
      if !line.isEmpty { out += "    " }
      out += line
    }
    return out
  }

  struct Sample: Codable {
    var text: String
    var list: [Int]
    var nested: [String: [String]]
  }

  @Test(arguments: [
    "plain", "line\nfeed\r\nand return", "é\u{301} 王毅 👍🏽 \u{2028} tab\t", "", "\"quoted\" \\",
  ])
  func elementsAreIndentedAsByCharacters(text: String) throws {
    let encoder = JSONArraySplice.encoder(pretty: true)
    let document = try String(decoding: encoder.encode(["parts": [Int]()]), as: UTF8.self)
    var splice = try #require(JSONArraySplice(document, key: "parts", pretty: true))
    let samples = [
      Sample(text: text, list: [], nested: [:]),
      Sample(text: text + text, list: [1, 2], nested: ["k": [], text: [text]]),
    ]
    for (index, sample) in samples.enumerated() {
      let encoded = try String(decoding: encoder.encode(sample), as: UTF8.self)
      #expect(splice.element(encoded) == Self.indented(encoded, first: index == 0))
    }
  }

  /// Every ASCII character between words, and text beyond ASCII, flatten as by characters.
  @Test func titlesFlattenAsByCharacters() {
    var texts = (0..<128).map { "  ab\(String(UnicodeScalar(UInt8($0))))cd \r\n ef\t" }
    texts += ["", " ", "\r\n", "one", "é\u{301} \u{A0}王毅\u{3000}x", "a \u{301}b", "1. Zorblat"]
    for text in texts {
      let expected = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      #expect(PartFiles.flattened(text) == expected, "\(Array(text.utf8))")
    }
  }
}
