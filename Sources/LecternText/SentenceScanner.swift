/// Finds sentence boundaries in one pass over a text's scalars.
///
/// A boundary is a run of terminal punctuation (`.`, `!`, `?`, `…`, Arabic `؟`, Devanagari
/// `।`), optionally followed by closing quotes or brackets (also after a space, as French
/// sets them: `Merci ! »`), then a space, then a sentence start (not a lower-case letter).
/// CJK full stops and marks (`。！？`) end a sentence without a space after them. A full stop
/// after an abbreviation of the document's language, an initial, or a dotted acronym is not
/// a boundary (see ``AbbreviationTable``); decimals and dates ("3.5", "30.10.2019") have no space after the
/// stop and never are. Text in square brackets (inline language markup such as
/// `[ru: Большое спасибо]` and phoneme input `[[…]]`) is never cut.
struct SentenceScanner {
  /// The longest bracketed markup kept whole; a longer bracket is ordinary text.
  static let longestMarkup = 400
  /// The longest word looked at behind a full stop; abbreviations are far shorter.
  static let longestAbbreviation = 24

  private let s: [Unicode.Scalar]
  private let abbreviations: AbbreviationTable

  init(_ scalars: [Unicode.Scalar], abbreviations: AbbreviationTable) {
    self.s = scalars
    self.abbreviations = abbreviations
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
      end = closersAfterSpaces(from: end)
      let wide = s[index..<end].contains(where: TextScan.isWideTerminal)
      if end < n && (TextScan.isSpace(s[end]) || wide) && isBoundary(terminals: index..<end) {
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
    return abbreviations.endsSentence(
      after: word, nextIsUpper: first.isUppercase, nextIsDigit: first.numericType != nil)
  }

  /// Past closing quotes and brackets set after a space (`Merci ! »`, `fin. »`): the index
  /// after the last such closer, or `end` when none follows.
  private func closersAfterSpaces(from end: Int) -> Int {
    var index = end
    var result = end
    while index < s.count && index - end < 8 {
      if TextScan.isSpace(s[index]) {
        index += 1
      } else if TextScan.isCloser(s[index]) && !TextScan.isOpener(s[index]) {
        index += 1
        result = index
      } else {
        break
      }
    }
    return result
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
