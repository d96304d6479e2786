import Foundation
import LecternText
import Testing

/// The DTD refusal holds whatever the encoding: a lexicon is read as UTF-8 or not at all.
@Suite("PLS lexicon encodings")
struct LexiconEncodingTests {
  /// A lexicon whose internal subset declares an entity and an attribute default (which
  /// would supply the missing `xml:lang`): parsed, it loads as an English lexicon.
  static let hostile = """
    <?xml version="1.0" encoding="UTF-16"?>
    <!DOCTYPE lexicon [
    <!ENTITY name "Injected">
    <!ATTLIST lexicon xml:lang CDATA "en">
    ]>
    <lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon">
    <lexeme><grapheme>CTED</grapheme><alias>seated</alias></lexeme>
    </lexicon>
    """

  static func utf16(_ text: String, bigEndian: Bool, byteOrderMark: Bool) -> [UInt8] {
    var bytes: [UInt8] = byteOrderMark ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
    for unit in text.utf16 {
      let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
      bytes += bigEndian ? [high, low] : [low, high]
    }
    return bytes
  }

  static func utf32LE(_ text: String) -> [UInt8] {
    [0xFF, 0xFE, 0, 0]
      + text.unicodeScalars.flatMap { scalar in
        (0..<4).map { UInt8((scalar.value >> (8 * $0)) & 0xFF) }
      }
  }

  static let encodings: [(String, [UInt8])] = [
    ("UTF-16LE with a byte-order mark", utf16(hostile, bigEndian: false, byteOrderMark: true)),
    ("UTF-16BE with a byte-order mark", utf16(hostile, bigEndian: true, byteOrderMark: true)),
    ("UTF-16LE without one", utf16(hostile, bigEndian: false, byteOrderMark: false)),
    ("UTF-16BE without one", utf16(hostile, bigEndian: true, byteOrderMark: false)),
    ("UTF-32LE", utf32LE(hostile)),
  ]

  @Test(arguments: encodings)
  func declarationsInAnotherEncodingAreRefused(encoding: String, bytes: [UInt8]) {
    do {
      let lexicon = try Lexicon(parsing: bytes, file: "voices/x.pronunciation.pls")
      Issue.record("\(encoding): parsed, as a lexicon of \(lexicon.language)")
    } catch {
      #expect(error.message.contains("save the lexicon as UTF-8"), "\(encoding): \(error)")
    }
  }

  @Test func refusalSaysWhatToDo() throws {
    let bytes = Self.utf16(Self.hostile, bigEndian: false, byteOrderMark: true)
    let error = try #require(
      throws: ConfigurationError.self,
      performing: { try Lexicon(parsing: bytes, file: "voices/x.pronunciation.pls") })
    #expect(
      error.description
        == "voices/x.pronunciation.pls: encoded as UTF-16; save the lexicon as UTF-8")
  }

  @Test func declaredEncodingOtherThanUTF8IsRefused() throws {
    let text = Self.hostile.replacingOccurrences(of: "UTF-16", with: "UTF-7")
      .replacingOccurrences(of: "<!", with: "+ADw-!")
    let error = try #require(
      throws: ConfigurationError.self,
      performing: { try Lexicon(parsing: Array(text.utf8), file: "voices/x.pls") })
    #expect(error.line == 1)
    #expect(error.description.contains("declares encoding \"UTF-7\""), "\(error)")
  }

  @Test func invalidUTF8NamesItsLine() throws {
    let bytes = Array("<?xml version=\"1.0\"?>\n<lexicon>\n".utf8) + [0xC3, 0x28] + [0x0A]
    let error = try #require(
      throws: ConfigurationError.self,
      performing: { try Lexicon(parsing: bytes, file: "voices/x.pls") })
    #expect(error.line == 3)
    #expect(error.description.contains("not valid UTF-8"), "\(error)")
  }

  @Test func utf8WithAByteOrderMarkStillLoads() throws {
    let text = """
      <?xml version="1.0" encoding="utf-8"?>
      <lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" \
      xml:lang="en"><lexeme><grapheme>CTED</grapheme><alias>seated</alias></lexeme></lexicon>
      """
    let lexicon = try Lexicon(parsing: [0xEF, 0xBB, 0xBF] + Array(text.utf8), file: "v/x.pls")
    #expect(lexicon.entries.map(\.spoken) == ["seated"])
  }
}
