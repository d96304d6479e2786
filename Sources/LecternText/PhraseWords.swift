/// How phrase matching reads text: words, what may join the words of one phrase, and how a
/// letter is folded.
extension PhraseMatcher {
  /// Characters allowed between the words of one phrase: spaces, hyphens, apostrophes, and
  /// dashes, which mark a pause inside a chant or a call and response
  /// (`Bharat Mata ki – Jai!`).
  static func isJoiner(_ character: Character) -> Bool {
    if character.isWhitespace { return true }
    guard let scalar = character.firstScalar else { return false }
    switch scalar {
    case "-", "\u{2010}", "\u{2011}", "\u{2013}", "\u{2014}": return true
    default: return isApostrophe(scalar)
    }
  }

  /// Apostrophes and the modifier letters transliterations use for them (ʻ ʼ ʿ ʾ).
  static func isApostrophe(_ character: Character) -> Bool {
    guard let scalar = character.firstScalar else { return false }
    return isApostrophe(scalar)
  }

  private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "'", "\u{2019}", "\u{2018}", "`", "\u{02BB}", "\u{02BC}", "\u{02BF}", "\u{02BE}": true
    default: false
    }
  }

  /// The words of `characters[start..<end]`: runs of letters and digits, with the apostrophes
  /// inside and after them. Folding stops after `limit` letters: a longer word cannot be part
  /// of any key. `cache` keeps each character's folding, computed once per call.
  static func words(
    in characters: [Character], from start: Int, to end: Int, limit: Int = .max,
    cache: inout [Character: [Unicode.Scalar]]
  ) -> [Word] {
    var words: [Word] = []
    var index = start
    while index < end {
      guard isLetterOrNumber(characters[index]) else {
        index += 1
        continue
      }
      let wordStart = index
      var folded: [Unicode.Scalar] = []
      while index < end {
        let character = characters[index]
        if let ascii = character.asciiByte, ascii != 0x27, ascii != 0x60 {
          // ASCII other than the apostrophes `'` and `` ` ``: a letter or digit folds to lower
          // case alone (no lookup: hashing a character is slow), anything else ends the word.
          guard isLetterOrNumber(character) else { break }
          if folded.count < limit {
            folded.append(Unicode.Scalar(ascii >= 0x41 && ascii <= 0x5A ? ascii | 0x20 : ascii))
          }
        } else if isApostrophe(character) {
          // An apostrophe inside or after a word is part of it: `s'il`, `den'` (a soft sign).
        } else if isLetterOrNumber(character) {
          if folded.count < limit {
            if let known = cache[character] {
              folded += known
            } else {
              let letters = PhraseKey.fold(character)
              cache[character] = letters
              folded += letters
            }
          }
        } else {
          break
        }
        index += 1
      }
      words.append(
        Word(start: wordStart, end: index, folded: folded, skeleton: PhraseKey.skeleton(folded)))
    }
    return words
  }

  /// Whether the character is a letter or a digit; ASCII first, as Unicode property lookups
  /// per character dominated phrase matching.
  static func isLetterOrNumber(_ character: Character) -> Bool {
    if let ascii = character.asciiByte {
      return ((ascii | 0x20) >= 0x61 && (ascii | 0x20) <= 0x7A) || (ascii >= 0x30 && ascii <= 0x39)
    }
    return character.isLetter || character.isNumber
  }

  /// Lowercase, without accents; letters that do not decompose are spelled out.
  static func fold(_ character: Character) -> String {
    String(String.UnicodeScalarView(PhraseKey.fold(character)))
  }
}
