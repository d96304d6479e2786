import Testing

@testable import LecternText

/// The fast conversions between strings and arrays give exactly what the standard library's
/// generic ones give, on random text from a hostile alphabet (CR LF, lone CR, combining marks
/// after ASCII letters, joiners, emoji with modifiers, flags, Hangul jamo, Cyrillic, CJK), and
/// the key shapes that let tables skip most words never skip one of their keys.
@Suite struct TextConversionsTests {
  /// Pieces that grapheme breaking treats differently from their scalars.
  private static let alphabet: [String] = [
    "a", "Z", "0", " ", ".", "[", "\r", "\n", "\r\n", "\t", "\u{0301}", "\u{0308}", "\u{200D}",
    "\u{FE0F}", "\u{00A0}", "é", "Ж", "中", "。", "👍", "🏽", "👩", "🇫", "🇷", "\u{1100}", "\u{1161}",
    "\u{11A8}", "ß", "İ", "\u{0640}", "ا", "\u{7F}", "~",
  ]

  /// Seeded random texts of 0 to 200 pieces.
  private static func texts(_ count: Int, seed: UInt64) -> [String] {
    var random = SeededRandom(state: seed)
    return (0..<count).map { _ in
      let length = Int.random(in: 0...200, using: &random)
      return (0..<length).map { _ in alphabet.randomElement(using: &random) ?? "" }.joined()
    }
  }

  @Test(arguments: 0..<4)
  func charactersAreTheStringsCharacters(batch: Int) {
    for text in Self.texts(100, seed: UInt64(batch)) {
      let characters = TextScan.characters(text)
      #expect(characters == Array(text), "\(text.unicodeScalars.map(\.value))")
      #expect(characters.map { $0.utf8.count }.reduce(0, +) == text.utf8.count)
    }
  }

  @Test func charactersKeepCarriageReturnLineFeedTogether() {
    #expect(TextScan.characters("a\r\nb") == ["a", "\r\n", "b"])
    #expect(TextScan.characters("a\rb\n") == ["a", "\r", "b", "\n"])
    #expect(TextScan.characters("e\u{0301}x") == ["e\u{0301}", "x"])
    #expect(TextScan.characters("") == [])
  }

  @Test(arguments: 0..<4)
  func scalarsAndTheirCountAreTheStringsScalars(batch: Int) {
    for text in Self.texts(100, seed: UInt64(100 + batch)) {
      let scalars = TextScan.scalars(text)
      #expect(scalars == Array(text.unicodeScalars))
      #expect(TextScan.scalarCount(text) == text.unicodeScalars.count)
      #expect(TextScan.string(scalars[...]) == text)
      // Any slice, not only the whole.
      let cut = scalars.count / 3
      #expect(
        TextScan.string(scalars[cut...]) == String(String.UnicodeScalarView(scalars[cut...])))
    }
  }

  @Test(arguments: 0..<4)
  func stringsOfCharacterSlicesAreTheirText(batch: Int) {
    for text in Self.texts(100, seed: UInt64(200 + batch)) {
      let characters = Array(text)
      #expect(TextScan.string(characters[...]) == text)
      for index in characters.indices {
        #expect(TextScan.string(characters[index...index]) == String(characters[index]))
      }
    }
  }

  @Test func asciiTextLongerThanAWordIsReadEightBytesAtATime() {
    let ascii = String(repeating: "word and more words ", count: 7)
    #expect(TextScan.scalars(ascii).count == ascii.utf8.count)
    // A non-ASCII scalar in the tail after the last full eight bytes, and in the middle.
    for text in [ascii + "é", "é" + ascii, ascii + "é" + ascii] {
      #expect(TextScan.scalars(text) == Array(text.unicodeScalars))
    }
  }

  @Test(arguments: 0..<2)
  func keyShapesNeverRejectAKey(batch: Int) {
    let keys = Self.texts(300, seed: UInt64(300 + batch)).filter { !$0.isEmpty }
    let shapes = KeyShapes(keys)
    for key in keys { #expect(shapes.mayHold(key)) }
    #expect(shapes.mayHold(""))
  }

  @Test func keyShapesRejectOtherFirstBytesAndLengths() {
    let shapes = KeyShapes(["USD", "US$", "€", "R$"])
    #expect(shapes.mayHold("USD"))
    #expect(shapes.mayHold("UAH"))  // same shape: the table is asked
    #expect(!shapes.mayHold("word"))
    #expect(!shapes.mayHold("US"))
    #expect(!shapes.mayHold("usd"))
    #expect(!KeyShapes().mayHold("a"))
    // Lengths past 63 bytes share one bit.
    let long = KeyShapes([String(repeating: "a", count: 70)])
    #expect(long.mayHold(String(repeating: "a", count: 90)))
    #expect(!long.mayHold(String(repeating: "a", count: 62)))
  }

  @Test func phrasesIgnoringCaseMatchCapitalsAndNonASCII() {
    let phrases = KeyedPhrases(["km": "kilometres", "µm": "micrometres"], ignoringCase: true)
    for (text, expected) in [
      ("KM", "kilometres"), ("Km", "kilometres"), ("km", "kilometres"), ("µM", "micrometres"),
    ] {
      let view = TokenView(tokens: NormalizationToken.tokens(Array(text)))
      #expect(phrases.match(view, at: 0)?.phrase.value == expected, "\(text)")
    }
    let other = TokenView(tokens: NormalizationToken.tokens(Array("kg")))
    #expect(phrases.match(other, at: 0) == nil)
  }

  @Test func currenciesAreFoundThroughTheirShapes() {
    var rules = NormalizationRules(language: "en")
    rules.currencies = ["US$": PluralForms("other US dollars"), "€": PluralForms("other euros")]
    #expect(rules.currency("US$")?.form("other") == "US dollars")
    #expect(rules.currency("€")?.form("other") == "euros")
    #expect(rules.currency("USD") == nil)
    #expect(rules.currency("word") == nil)
  }
}
