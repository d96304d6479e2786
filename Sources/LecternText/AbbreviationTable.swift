/// Words that end with a full stop without ending the sentence, from the
/// `[abbreviations-…]` sections of `voices/<lang>.language`.
///
/// Kept in four classes because they behave differently before a capital letter: a title
/// ("Dr. Smith", "Mme Dupont", "Sra. López") never ends a sentence; a reference word
/// ("No. 5", "Oct. 30") does not when a number follows; an inline abbreviation ("vs.",
/// "т. е.") does not; a closing abbreviation ("etc.", "Inc.", Russian "г." for a year) ends
/// it only when a capital follows. Entries are compared lower-cased, without the stop.
struct AbbreviationTable: Sendable, Hashable {
  /// Titles and honorifics: always followed by a name (`[abbreviations-titles]`).
  var titles: Set<String> = []
  /// Words that refer to a numbered thing or a date (`[abbreviations-numbers]`).
  var beforeNumbers: Set<String> = []
  /// Inline abbreviations: never a sentence end (`[abbreviations-inline]`).
  var inline: Set<String> = []
  /// Abbreviations that also close sentences: an end before a capital
  /// (`[abbreviations-final]`).
  var sentenceFinal: Set<String> = []

  /// The abbreviations of the given languages' files, merged.
  init(_ data: [LanguageData] = []) {
    for language in data {
      titles.formUnion(Self.keys(language.list("abbreviations-titles")))
      beforeNumbers.formUnion(Self.keys(language.list("abbreviations-numbers")))
      inline.formUnion(Self.keys(language.list("abbreviations-inline")))
      sentenceFinal.formUnion(Self.keys(language.list("abbreviations-final")))
    }
  }

  /// Entries as compared: lower case, without a final full stop.
  private static func keys(_ entries: [String]) -> [String] {
    entries.map { entry in
      var key = entry.lowercased()
      while key.hasSuffix(".") { key.removeLast() }
      return key
    }
  }

  /// Whether the full stop after `word` (the token before it, without the stop) ends a
  /// sentence, given what follows: `nextIsUpper`, `nextIsDigit`.
  func endsSentence(after word: String, nextIsUpper: Bool, nextIsDigit: Bool) -> Bool {
    let scalars = TextScan.scalars(word)
    if scalars.isEmpty { return true }
    // An initial ("J. Smith", "M. Dupont") or a dotted abbreviation ("U.S.", "e.g.", "т.е.").
    if scalars.count == 1 && scalars[0].properties.isUppercase { return false }
    // Arabic and Hebrew have no capitals: one letter and a full stop is an initial or a
    // title there ("د. هيفاء", "م. سامي"), as no word of one letter ends a sentence.
    if scalars.count == 1 && [.arabic, .hebrew].contains(Script(of: scalars[0])) { return false }
    if scalars.contains(".") && scalars.count <= 12 { return false }
    let key = word.lowercased()
    if titles.contains(key) { return false }
    if beforeNumbers.contains(key) && nextIsDigit { return false }
    if inline.contains(key) { return false }
    if sentenceFinal.contains(key) { return nextIsUpper }
    return true
  }
}
