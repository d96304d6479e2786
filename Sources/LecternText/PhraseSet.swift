import Foundation

/// Word keys for comparing a page's words with the words of the language files: lower case,
/// without accents, so that "PRÉSIDENT", "president" and "Président" meet.
///
/// Words are ``TextScan/words(_:)``: apostrophes, hyphens and dots separate them, so
/// "d’ouverture", "d'ouverture" and "d`ouverture" all give `d`, `ouverture`.
enum WordKey {
  /// The key of one word. ASCII words take a fast path; others go through Foundation's
  /// case and diacritic folding.
  static func key(_ word: some StringProtocol) -> String {
    if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
    let folded = folded(word)
    guard
      folded.unicodeScalars.contains(where: { arabicVariants[$0] != nil || isArabicMark($0) })
    else {
      return folded
    }
    return String(
      String.UnicodeScalarView(
        folded.unicodeScalars.filter { !isArabicMark($0) }.compactMap { arabicVariants[$0] ?? $0 }
      ))
  }

  /// Whether the scalar is an Arabic vowel or reading mark (fatha, damma, kasra, shadda,
  /// sukun, tanwin, the dagger alef, Quranic marks): a page may write them in full
  /// ("السلامُ عليكم") where the language files, as most text, leave them off. Foundation's
  /// diacritic folding keeps them.
  static func isArabicMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06DC, 0x06DF...0x06E4,
      0x06E7, 0x06E8, 0x06EA...0x06ED:
      return true
    default: return false
    }
  }

  /// Arabic letters a page writes one for another, and their common form (nil: dropped).
  /// Tatweel only stretches a word ("كلمــة" is "كلمة"); hamza and madda on an alef, and the
  /// wasla, are often left off ("الامير" for "الأمير"); alef maqsura stands for a final yeh
  /// ("التى", "على") and a final heh for teh marbuta ("كلمه") in much web text.
  private static let arabicVariants: [Unicode.Scalar: Unicode.Scalar?] = [
    "\u{0640}": nil, "\u{0622}": "\u{0627}", "\u{0623}": "\u{0627}", "\u{0625}": "\u{0627}",
    "\u{0671}": "\u{0627}", "\u{0649}": "\u{064A}", "\u{0629}": "\u{0647}",
  ]

  /// The word without case and diacritics. ASCII has no diacritics and folds as it
  /// lowercases: Foundation's folding, which costs thousands of instructions a character,
  /// is for the rest, once per character (``LetterFolds``).
  static func folded(_ word: some StringProtocol) -> String {
    if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
    return LetterFolds.folded(String(word))
  }

  /// The keys of the text's words, in order.
  static func keys(_ text: String) -> [String] {
    TextScan.words(text).map { key($0) }
  }
}

/// The phrases of one section of the language files (all languages together), compiled for
/// matching against the word keys of a line.
///
/// An entry is a phrase of one or more words. A final `*` makes its last word a stem
/// (`президент*` matches "президента", "президентом"), for languages whose words inflect; a
/// leading `*` makes a one-word entry an ending (`*讲话` matches "王毅在联合国大会上的讲话"),
/// for languages written without spaces, where a "word" is a whole run of characters.
struct PhraseSet: Sendable {
  private struct Phrase: Sendable {
    var words: [String]
    var stem: Bool
  }

  private var byFirstWord: [String: [Phrase]] = [:]
  /// One-word stems and endings, checked by prefix or suffix, so kept apart: by their first
  /// and last character, the only ones a word must share with them (a header line asks for
  /// every word, and a set holds up to a hundred of each).
  private var stems: [Character: [String]] = [:]
  private var endings: [Character: [String]] = [:]

  /// Whether the set holds no phrase.
  private(set) var isEmpty = true

  /// Compiles the entries (as written in the files).
  init(_ entries: [String] = []) {
    for entry in entries {
      var text = entry
      let stem = text.hasSuffix("*")
      if stem { text.removeLast() }
      let ending = text.hasPrefix("*")
      if ending { text.removeFirst() }
      let words = WordKey.keys(text)
      guard let first = words.first else { continue }
      isEmpty = false
      if ending && words.count == 1, let last = first.last {
        endings[last, default: []].append(first)
      } else if stem && words.count == 1, let initial = first.first {
        stems[initial, default: []].append(first)
      } else {
        byFirstWord[first, default: []].append(Phrase(words: words, stem: stem))
      }
    }
  }

  /// The length in words of the longest phrase that starts at `words[start]`, or 0.
  func match(_ words: [String], at start: Int) -> Int {
    guard start < words.count else { return 0 }
    var best = 0
    for phrase in byFirstWord[words[start], default: []]
    where phrase.words.count > best && Self.matches(phrase, words, start) {
      best = phrase.words.count
    }
    if best == 0, let initial = words[start].first, let last = words[start].last,
      stems[initial]?.contains(where: { words[start].hasPrefix($0) }) == true
        || endings[last]?.contains(where: { words[start].hasSuffix($0) }) == true
    {
      best = 1
    }
    return best
  }

  /// The first place a phrase occurs in `words`: its start and length in words.
  func firstMatch(in words: [String], from start: Int = 0) -> (start: Int, count: Int)? {
    var index = start
    while index < words.count {
      let count = match(words, at: index)
      if count > 0 { return (index, count) }
      index += 1
    }
    return nil
  }

  /// Whether any of the words is a one-word phrase of the set (or starts a longer one that
  /// matches).
  func containsAny(_ words: [String]) -> Bool {
    firstMatch(in: words) != nil
  }

  private static func matches(_ phrase: Phrase, _ words: [String], _ start: Int) -> Bool {
    guard start + phrase.words.count <= words.count else { return false }
    for (offset, word) in phrase.words.enumerated() {
      let candidate = words[start + offset]
      let last = offset == phrase.words.count - 1
      if last && phrase.stem ? !candidate.hasPrefix(word) : candidate != word { return false }
    }
    return true
  }
}

/// The stop words of every language (`[stop-words]`), for the stop-word density of a line
/// in its own language, as jusText and boilerpipe use it to tell prose from page furniture.
struct StopWords: Sendable {
  /// Each stop word's languages, as bits (the index of the language in `languages`).
  private var masks: [String: UInt64] = [:]
  /// Single characters that are stop words in languages written without spaces (zh, ja).
  private var characters: Set<Unicode.Scalar> = []
  /// The languages, in bit order (at most 64).
  private(set) var languages: [String] = []

  /// Compiles the lists of `[stop-words]`, by language.
  init(_ lists: [(language: String, words: [String])] = []) {
    for (language, words) in lists.prefix(64) where !words.isEmpty {
      let bit = UInt64(1) << UInt64(languages.count)
      languages.append(language)
      for word in words {
        let key = WordKey.key(word)
        if key.unicodeScalars.count == 1, let scalar = key.unicodeScalars.first,
          Script(of: scalar) == .han
        {
          characters.insert(scalar)
        }
        masks[key, default: 0] |= bit
      }
    }
  }

  /// Whether there is any list.
  var isEmpty: Bool { languages.isEmpty }

  /// The highest share of the words that are stop words of one language (0…1): the line's
  /// stop-word density in the language it is most likely in. In Han text, where words are
  /// not separated, the share of Han characters that are function characters (的, 了, 是 …).
  func density(_ keys: [String]) -> Double {
    guard !keys.isEmpty else { return 0 }
    var counts = [Int](repeating: 0, count: languages.count)
    var total = 0
    var hanTotal = 0
    var hanStops = 0
    for key in keys {
      let scalars = key.unicodeScalars
      if let first = scalars.first, Script(of: first) == .han {
        hanTotal += scalars.count
        hanStops += scalars.filter { characters.contains($0) }.count
        continue
      }
      total += 1
      guard let mask = masks[key], mask != 0 else { continue }
      for bit in 0..<languages.count where mask & (UInt64(1) << UInt64(bit)) != 0 {
        counts[bit] += 1
      }
    }
    let words = total == 0 ? 0 : Double(counts.max() ?? 0) / Double(total)
    let han = hanTotal == 0 ? 0 : Double(hanStops) / Double(hanTotal)
    return hanTotal > total ? han : words
  }

  /// How many of the words are stop words of `language`; nil when it has no list.
  func count(_ keys: [String], in language: String) -> Int? {
    guard let index = languages.firstIndex(of: language) else { return nil }
    let bit = UInt64(1) << UInt64(index)
    return keys.filter { (masks[$0] ?? 0) & bit != 0 }.count
  }
}
