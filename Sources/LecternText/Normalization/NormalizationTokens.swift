/// The tokens the normalizer reads: runs of letters, runs of digits, runs of spaces, and
/// single other characters, each a range of the text's characters.
///
/// One pass, linear in the text. Digits of any script (Arabic-Indic `٣٠` included) are
/// numbers; `digits` holds them as ASCII for reading, while the source text is kept for
/// anything left as written.
struct NormalizationToken: Hashable {
  /// What a token is made of.
  enum Kind: Hashable {
    /// Letters (with combining marks and in-word apostrophes).
    case word
    /// Decimal digits.
    case number
    /// Whitespace of any kind.
    case space
    /// One other character: punctuation, a symbol.
    case symbol
  }

  /// Characters `start..<end` of the text.
  var start: Int
  /// One past the last character.
  var end: Int
  /// What it is made of.
  var kind: Kind
  /// The token as written.
  var text: String
  /// A number's digits in ASCII (`٣٠` → `30`); empty for other kinds.
  var digits: String

  /// Whether the token is this symbol or word, exactly.
  func `is`(_ written: String) -> Bool { text == written }

  /// The characters of `text` cut into tokens.
  static func tokens(_ characters: [Character]) -> [NormalizationToken] {
    var tokens: [NormalizationToken] = []
    var index = 0
    while index < characters.count {
      let start = index
      let character = characters[index]
      let kind: Kind
      if isSpace(character) {
        kind = .space
        while index < characters.count, isSpace(characters[index]) { index += 1 }
      } else if asciiDigit(character) != nil {
        kind = .number
        while index < characters.count, asciiDigit(characters[index]) != nil { index += 1 }
      } else if isLetter(character) {
        kind = .word
        while index < characters.count, isLetter(characters[index]) { index += 1 }
      } else {
        kind = .symbol
        index += 1
      }
      let slice = characters[start..<index]
      let digits = kind == .number ? TextScan.string(slice.compactMap(asciiDigit)[...]) : ""
      tokens.append(
        NormalizationToken(
          start: start, end: index, kind: kind, text: TextScan.string(slice), digits: digits))
    }
    return tokens
  }

  /// Whether the character is a letter; ASCII first (Unicode properties dominate the time).
  static func isLetter(_ character: Character) -> Bool {
    if let ascii = character.asciiByte {
      return (ascii | 0x20) >= 0x61 && (ascii | 0x20) <= 0x7A
    }
    return character.isLetter
  }

  /// The character in lower case (its first, should lower-casing make several); ASCII first.
  static func lowercased(_ character: Character) -> Character {
    if let ascii = character.asciiByte {
      return ascii >= 0x41 && ascii <= 0x5A ? Character(Unicode.Scalar(ascii | 0x20)) : character
    }
    return character.lowercased().first ?? character
  }

  /// Whether the character is whitespace; ASCII first.
  static func isSpace(_ character: Character) -> Bool {
    if let ascii = character.asciiByte { return ascii == 0x20 || (ascii >= 0x09 && ascii <= 0x0D) }
    return character.isWhitespace
  }

  /// The ASCII digit of a decimal digit of any script, or nil.
  static func asciiDigit(_ character: Character) -> Character? {
    if let ascii = character.asciiByte {
      return ascii >= 0x30 && ascii <= 0x39 ? character : nil
    }
    guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first,
      scalar.properties.numericType == .decimal,
      let value = scalar.properties.numericValue, value >= 0, value <= 9
    else { return nil }
    return Character(String(Int(value)))
  }
}

/// Looks at the tokens around a position: the helpers every recognizer shares.
struct TokenView {
  /// The tokens of the text.
  let tokens: [NormalizationToken]

  /// The token at `index`, or nil past either end.
  subscript(_ index: Int) -> NormalizationToken? {
    index >= 0 && index < tokens.count ? tokens[index] : nil
  }

  /// Whether the token at `index` is a number of `lengths` digits.
  func isNumber(_ index: Int, digits lengths: ClosedRange<Int> = 1...40) -> Bool {
    guard let token = self[index], token.kind == .number else { return false }
    return lengths.contains(token.digits.count)
  }

  /// Whether the token at `index` is one of the symbols in `symbols`.
  func isSymbol(_ index: Int, _ symbols: String) -> Bool {
    guard let token = self[index], token.kind == .symbol, let first = token.text.first else {
      return false
    }
    return symbols.contains(first)
  }

  /// Whether the token at `index` is a space (`nonBreaking`: a no-break or thin one only).
  func isSpace(_ index: Int, nonBreaking: Bool = false) -> Bool {
    guard let token = self[index], token.kind == .space else { return false }
    if !nonBreaking { return !token.text.utf8.contains(0x0A) }
    return token.text.unicodeScalars.allSatisfy {
      $0 == "\u{00A0}" || $0 == "\u{202F}" || $0 == "\u{2009}" || $0 == "\u{2007}"
    }
  }

  /// The index after an optional space at `index`.
  func skippingSpace(_ index: Int) -> Int {
    isSpace(index) ? index + 1 : index
  }

  /// The word before `index`, past one space: `Article` for the `XIV` of "Article XIV".
  func wordBefore(_ index: Int) -> NormalizationToken? {
    guard isSpace(index - 1), let word = self[index - 2], word.kind == .word else { return nil }
    return word
  }

  /// Whether the number at `index` stands alone: no digit, letter or decimal mark glued to
  /// either side (so "3" in "3.2.1" or "A3" is not a number on its own).
  func standsAlone(from start: Int, to end: Int) -> Bool {
    if let before = self[start - 1], before.kind == .word || before.kind == .number {
      return false
    }
    if let before = self[start - 1], before.kind == .symbol, isNumber(start - 2),
      ".,:/".contains(before.text)
    {
      return false
    }
    if let after = self[end], after.kind == .word || after.kind == .number { return false }
    if let after = self[end], after.kind == .symbol, isNumber(end + 1), ".,:/".contains(after.text)
    {
      return false
    }
    return true
  }
}
