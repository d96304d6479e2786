/// Finds sentence boundaries in one pass over a text's scalars.
///
/// A boundary is a run of terminal punctuation (`.`, `!`, `?`, `…`), optionally followed by
/// closing quotes or brackets, then a space, then a sentence start (not a lower-case letter).
/// A full stop after an abbreviation, initial, or dotted acronym is not a boundary (see
/// ``AbbreviationTable``); decimals and dates ("3.5", "30.10.2019") have no space after the
/// stop and never are. Text in square brackets (inline language markup such as
/// `[ru: Большое спасибо]` and phoneme input `[[…]]`) is never cut.
struct SentenceScanner {
  /// The longest bracketed markup kept whole; a longer bracket is ordinary text.
  static let longestMarkup = 400
  /// The longest word looked at behind a full stop; abbreviations are far shorter.
  static let longestAbbreviation = 24

  private let s: [Unicode.Scalar]

  init(_ scalars: [Unicode.Scalar]) {
    self.s = scalars
  }

  /// The sentences as trimmed, non-empty ranges, in order.
  func sentences() -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    var index = 0
    var nextClose = 0  // the next "]" at or after index: only moves forward, so linear
    let n = s.count
    while index < n {
      let scalar = s[index]
      if scalar == "[" {
        if nextClose < index { nextClose = index }
        while nextClose < n && s[nextClose] != "]" { nextClose += 1 }
        if nextClose < n && nextClose - index <= Self.longestMarkup {
          index = nextClose + 1
          continue
        }
      }
      guard TextScan.isTerminal(scalar) else {
        index += 1
        continue
      }
      var end = index + 1
      while end < n && (TextScan.isTerminal(s[end]) || TextScan.isCloser(s[end])) { end += 1 }
      if end < n && TextScan.isSpace(s[end]) && isBoundary(terminals: index..<end) {
        ranges.append(start..<end)
        start = end
      }
      index = end
    }
    ranges.append(start..<n)
    return ranges.compactMap(trim)
  }

  /// Whether the terminal run ends a sentence, judged by the word before and after it.
  private func isBoundary(terminals: Range<Int>) -> Bool {
    // The first visible character of the next sentence, past spaces and opening quotes.
    var next = terminals.upperBound
    while next < s.count && (TextScan.isSpace(s[next]) || TextScan.isOpener(s[next])) {
      next += 1
    }
    guard next < s.count else { return false }
    let first = s[next].properties
    if first.isLowercase { return false }
    let run = s[terminals]
    // "!", "?" or an ellipsis end the sentence whenever no lower-case word follows.
    if run.contains(where: { $0 != "." && !TextScan.isCloser($0) }) { return true }
    if run.filter({ $0 == "." }).count > 1 { return true }
    // A single full stop: look at the word before it.
    var wordStart = terminals.lowerBound
    while wordStart > 0 && !TextScan.isSpace(s[wordStart - 1])
      && terminals.lowerBound - wordStart < Self.longestAbbreviation
    {
      wordStart -= 1
    }
    while wordStart < terminals.lowerBound && TextScan.isOpener(s[wordStart]) { wordStart += 1 }
    let word = TextScan.string(s[wordStart..<terminals.lowerBound])
    return AbbreviationTable.endsSentence(
      after: word, nextIsUpper: first.isUppercase, nextIsDigit: first.numericType != nil)
  }

  /// The range without leading and trailing spaces, or nil when nothing is left.
  private func trim(_ range: Range<Int>) -> Range<Int>? {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper && TextScan.isSpace(s[lower]) { lower += 1 }
    while upper > lower && TextScan.isSpace(s[upper - 1]) { upper -= 1 }
    return lower < upper ? lower..<upper : nil
  }
}

/// Words that end with a full stop without ending the sentence.
///
/// Kept in three classes because they behave differently before a capital letter:
/// a title ("Dr. Smith") never ends a sentence; a reference word ("No. 5", "Oct. 30") does
/// not when a number follows; a Latin or company abbreviation ("etc.", "Inc.") may.
enum AbbreviationTable {
  /// Titles and honorifics: always followed by a name.
  static let titles: Set<String> = [
    "mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "prof", "st", "sr", "jr", "gen", "col",
    "lt", "sgt", "capt", "cmdr", "adm", "gov", "sen", "rep", "hon", "amb", "rev", "fr", "mt",
    "pres", "supt", "insp", "cdr", "maj", "brig", "excl", "sra", "dra",
  ]

  /// Words that refer to a numbered thing or a date: not a sentence end before a number.
  static let beforeNumbers: Set<String> = [
    "no", "nos", "nr", "art", "arts", "para", "paras", "vol", "vols", "fig", "figs", "p", "pp",
    "ch", "chap", "sec", "sect", "res", "op", "ed", "tel", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  ]

  /// Latin and other inline abbreviations: not a sentence end unless a capital follows
  /// (and then only for those that commonly close a sentence).
  static let inline: Set<String> = [
    "vs", "cf", "approx", "ca", "incl", "viz", "al", "resp", "esp", "dept",
  ]

  /// Abbreviations that often close a sentence too ("… and so on, etc. The next …").
  static let sentenceFinal: Set<String> = ["etc", "inc", "ltd", "co", "corp", "plc", "llc"]

  /// Whether the full stop after `word` (the token before it, without the stop) ends a
  /// sentence, given what follows: `nextIsUpper`, `nextIsDigit`.
  static func endsSentence(after word: String, nextIsUpper: Bool, nextIsDigit: Bool) -> Bool {
    let scalars = Array(word.unicodeScalars)
    if scalars.isEmpty { return true }
    // An initial ("J. Smith") or a dotted abbreviation ("U.S.", "e.g.", "a.m.").
    if scalars.count == 1 && scalars[0].properties.isUppercase { return false }
    if scalars.contains(".") && scalars.count <= 12 { return false }
    let key = word.lowercased()
    if titles.contains(key) { return false }
    if beforeNumbers.contains(key) && nextIsDigit { return false }
    if inline.contains(key) { return false }
    if sentenceFinal.contains(key) { return nextIsUpper }
    return true
  }
}
