import Testing

@testable import LecternText

/// The word scan reads a string's UTF-8 bytes, and answers blocks of letters without the
/// Unicode tables: both must give what the scalar view and the properties give.
@Suite("Text scan")
struct TextScanTests {
  /// The words by the scalar view and the properties alone, as the scan read them before.
  static func reference(_ text: String) -> [String] {
    var words: [String] = []
    var current = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      let letter =
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        || TextScan.isExtending(scalar)
      if letter {
        current.append(scalar)
      } else if !current.isEmpty {
        words.append(String(current))
        current = String.UnicodeScalarView()
      }
    }
    if !current.isEmpty { words.append(String(current)) }
    return words
  }

  /// Every scalar is a word character exactly when it is alphabetic or numeric.
  @Test func wordCharactersAreTheAlphabeticAndNumericScalars() {
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let expected = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
      if TextScan.isWordCharacter(scalar) != expected {
        Issue.record("U+\(String(value, radix: 16, uppercase: true))")
      }
    }
  }

  /// Words of every script and width, with marks, joiners and emoji between them, and each
  /// scalar of the multi-byte ranges next to letters and spaces.
  @Test(arguments: [
    "", " ", "Zorblat", "  quenfir  dax-mol  ", "l’ébauche d'oméga", "Ёжиков, прыщавцев!",
    "مُحَمَّد كلمــة", "王毅在联合国大会上的讲话", "e\u{301}te\u{301}", "👍🏽 ok 👨‍👩‍👧", "٣٤ ١٢٣",
    "\u{1100}\u{1161}\u{11A8}", "ＡＢＣ１２", "x\u{FE0F}y", "tail\u{10FFFD}", "𝔘𝔫𝔦",
  ])
  func wordsAreTheReferenceWords(text: String) {
    #expect(TextScan.words(text) == Self.reference(text))
  }

  /// Each scalar of the first planes between ASCII letters, and alone.
  @Test func everyScalarSplitsAsTheReference() {
    for value in stride(from: UInt32(0x80), through: 0x3_FFFF, by: 7) {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let text = "ab" + String(scalar) + "c " + String(scalar)
      if TextScan.words(text) != Self.reference(text) {
        Issue.record("U+\(String(value, radix: 16, uppercase: true))")
      }
    }
  }
}
