import Foundation

/// Finds the phrases of phrase lexicons in text, case- and accent-insensitively, on word
/// boundaries.
///
/// Words are compared letter by letter with case, accents and apostrophes folded away, and a
/// phrase may be written with spaces, hyphens or nothing between its words: `as-salamu
/// alaykum`, `As Salamu Alaykum` and `assalamu alaykum` are one key. Words of a match may be
/// separated only by spaces, hyphens and apostrophes, never by other punctuation.
struct PhraseMatcher: Sendable, Hashable {
  /// A phrase found in text: characters `start..<end` of the searched array.
  struct Match: Hashable {
    var start: Int
    var end: Int
    var language: String
    var entry: Lexicon.Entry
  }

  /// A word of the searched text: characters `start..<end`, and its folded letters.
  struct Word: Hashable {
    var start: Int
    var end: Int
    var folded: String
  }

  /// Folded key → the language and lexeme it belongs to; the first lexicon (by file name) wins.
  private var keys: [String: (language: String, entry: Lexicon.Entry)] = [:]
  private var longestKey = 0

  static func == (lhs: PhraseMatcher, rhs: PhraseMatcher) -> Bool {
    lhs.keys.keys == rhs.keys.keys
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(keys.count)
  }

  /// A matcher over the phrase lexicons among `lexicons`.
  init(lexicons: [Lexicon]) {
    for lexicon in lexicons where lexicon.kind == .phrases {
      for entry in lexicon.entries {
        for grapheme in entry.graphemes {
          let key = Self.words(in: Array(grapheme), from: 0, to: grapheme.count)
            .map(\.folded).joined()
          guard !key.isEmpty, keys[key] == nil else { continue }
          keys[key] = (lexicon.language, entry)
          longestKey = max(longestKey, key.count)
        }
      }
    }
  }

  /// The phrases in `characters[start..<end]` of any language `accepts`, longest first from
  /// left to right, never overlapping.
  func matches(
    in characters: [Character], from start: Int, to end: Int, accepts: (String) -> Bool
  ) -> [Match] {
    let words = Self.words(in: characters, from: start, to: end, limit: longestKey + 1)
    var found: [Match] = []
    var index = 0
    while index < words.count {
      var key = ""
      var best: Match?
      var last = index
      while last < words.count {
        if last > index,
          !characters[words[last - 1].end..<words[last].start].allSatisfy(Self.isJoiner)
        {
          break
        }
        key += words[last].folded
        if key.count > longestKey { break }
        if let hit = keys[key], accepts(hit.language) {
          best = Match(
            start: words[index].start, end: words[last].end, language: hit.language,
            entry: hit.entry)
        }
        last += 1
      }
      if let best {
        found.append(best)
        while index < words.count, words[index].start < best.end { index += 1 }
      } else {
        index += 1
      }
    }
    return found
  }

  /// What to speak for a match of `entry` on `source`: the source itself when the alias only
  /// differs from it in case (`Merci` stays `Merci`), else the alias (accents restored).
  static func spoken(_ entry: Lexicon.Entry, source: String) -> String {
    if entry.isPhonemes { return entry.spoken }
    return entry.spoken.lowercased() == source.lowercased() ? source : entry.spoken
  }

  /// Characters allowed between the words of one phrase.
  static func isJoiner(_ character: Character) -> Bool {
    character.isWhitespace || "-‐‑".contains(character) || isApostrophe(character)
  }

  /// Apostrophes and the modifier letters transliterations use for them (ʻ ʼ ʿ ʾ).
  static func isApostrophe(_ character: Character) -> Bool {
    "'’‘`ʻʼʿʾ".contains(character)
  }

  /// The words of `characters[start..<end]`: runs of letters and digits, with the apostrophes
  /// inside and after them.
  ///
  /// Folding stops after `limit` letters: a longer word cannot be part of any key.
  static func words(
    in characters: [Character], from start: Int, to end: Int, limit: Int = .max
  ) -> [Word] {
    var words: [Word] = []
    var index = start
    while index < end {
      guard characters[index].isLetter || characters[index].isNumber else {
        index += 1
        continue
      }
      let wordStart = index
      var folded = ""
      var length = 0
      while index < end {
        let character = characters[index]
        if character.isLetter || character.isNumber {
          if length < limit, !isApostrophe(character) {
            folded += fold(character)
            length += 1
          }
        } else if !isApostrophe(character) {
          // An apostrophe inside or after a word is part of it: `s'il`, `den'` (a soft sign).
          break
        }
        index += 1
      }
      words.append(Word(start: wordStart, end: index, folded: folded))
    }
    return words
  }

  /// Lowercase, without accents; letters that do not decompose are spelled out.
  static func fold(_ character: Character) -> String {
    if character.isASCII { return character.lowercased() }
    if let special = specialFolds[character] { return special }
    return String(character).folding(
      options: [.caseInsensitive, .diacriticInsensitive], locale: nil
    ).lowercased()
  }

  private static let specialFolds: [Character: String] = [
    "ß": "ss", "ẞ": "ss", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "æ": "ae", "Æ": "ae",
    "œ": "oe", "Œ": "oe", "ı": "i", "đ": "d", "Đ": "d", "ħ": "h", "Ħ": "h", "þ": "th",
  ]
}
