/// Cuts a part's text into utterances: sentences, salutations, and bounded pieces of very
/// long sentences.
///
/// Every utterance is a contiguous, trimmed range of the input, so the utterances concatenate
/// back to the input, whitespace aside. All passes are linear in the text's length (a 5 MB
/// line with no punctuation is cut in one scan), and no utterance is longer than
/// ``maximumLength`` Unicode scalars.
public struct Segmenter: Sendable {
  /// The default bound on an utterance: 400 Unicode scalars, about 25 seconds of speech,
  /// long enough for nearly every written sentence and short enough for a synthesis call.
  public static let defaultMaximumLength = 400

  /// The longest utterance, in Unicode scalars (at least 16).
  public var maximumLength: Int
  /// The document language's abbreviations and salutations.
  public var conventions: LanguageConventions

  /// Creates a segmenter with the given bound (raised to 16 if smaller) and conventions.
  public init(
    maximumLength: Int = Segmenter.defaultMaximumLength,
    conventions: LanguageConventions = LanguageConventions()
  ) {
    self.maximumLength = max(16, maximumLength)
    self.conventions = conventions
  }

  /// The utterances of `text`.
  ///
  /// - Parameter splittingAllSemicolons: cut after every semicolon, as in a run of
  ///   salutations ("Excellencies; Ladies and Gentlemen;"); otherwise only after a leading
  ///   salutation ("Excellencies, Ladies and Gentlemen; it is a pleasure …").
  public func utterances(in text: String, splittingAllSemicolons: Bool = false) -> [String] {
    let scalars = TextScan.scalars(text)
    var pieces: [Range<Int>] = []
    let scanner = SentenceScanner(scalars, abbreviations: conventions.abbreviations)
    for sentence in scanner.sentences() {
      for clause in salutationCuts(scalars, sentence, all: splittingAllSemicolons) {
        pieces += bounded(scalars, clause)
      }
    }
    return pieces.map { TextScan.string(scalars[$0]) }
  }

  /// The sentence's cuts after semicolons that end salutations.
  private func salutationCuts(
    _ s: [Unicode.Scalar], _ range: Range<Int>, all: Bool
  )
    -> [Range<Int>]
  {
    var cuts: [Range<Int>] = []
    var start = range.lowerBound
    var index = range.lowerBound
    while index < range.upperBound {
      if s[index] == ";", index + 1 < range.upperBound, TextScan.isSpace(s[index + 1]) {
        let head = TextScan.string(s[start...index])
        if all || conventions.salutation.isSalutation(head) {
          cuts.append(start..<(index + 1))
          start = Self.skipSpaces(s, from: index + 1, to: range.upperBound)
          index = start
          continue
        }
        if !all { break }  // only a leading salutation is cut off a sentence
      }
      index += 1
    }
    if start < range.upperBound { cuts.append(start..<range.upperBound) }
    return cuts
  }

  /// The range cut into pieces of at most ``maximumLength`` scalars: at the last clause
  /// boundary in the window, else the last space, else hard (never inside a character).
  func bounded(_ s: [Unicode.Scalar], _ range: Range<Int>) -> [Range<Int>] {
    var pieces: [Range<Int>] = []
    var start = range.lowerBound
    let end = range.upperBound
    while end - start > maximumLength {
      let windowEnd = start + maximumLength
      var clauseCut: Int?
      var spaceCut: Int?
      // A clause cut shorter than a third of the bound would leave a stub: only take it later.
      let clauseFloor = start + maximumLength / 3
      var index = windowEnd
      while index > start && clauseCut == nil {
        if TextScan.isSpace(s[index]) && !TextScan.isSpace(s[index - 1]) {
          if spaceCut == nil { spaceCut = index }
          if index >= clauseFloor && Self.isClauseEnd(s, before: index, from: start) {
            clauseCut = index
          }
        }
        index -= 1
      }
      var cut = clauseCut ?? spaceCut ?? windowEnd
      if clauseCut == nil && spaceCut == nil {
        // Hard cut: step back over combining marks so no character is torn apart.
        var back = cut
        while back > start + 1 && windowEnd - back < 16 && TextScan.isExtending(s[back]) {
          back -= 1
        }
        cut = TextScan.isExtending(s[back]) ? windowEnd : back
      }
      pieces.append(start..<cut)
      start = Self.skipSpaces(s, from: cut, to: end)
    }
    if start < end { pieces.append(start..<end) }
    return pieces
  }

  /// Whether the text before the space at `index` ends a clause: `;`, `:`, `,`, a closing
  /// bracket, or a spaced dash (" – ").
  private static func isClauseEnd(
    _ s: [Unicode.Scalar], before index: Int, from start: Int
  )
    -> Bool
  {
    let previous = s[index - 1]
    switch previous {
    case ";", ":", ",", ")", "]", "\u{3001}", "\u{FF0C}", "\u{060C}", "\u{061B}", "\u{FF1B}",
      "\u{FF1A}":
      return true
    default: break
    }
    return TextScan.isDash(previous) && index - 2 > start && TextScan.isSpace(s[index - 2])
  }

  /// The first index at or after `from` that is not a space, or `end`.
  static func skipSpaces(_ s: [Unicode.Scalar], from: Int, to end: Int) -> Int {
    var index = from
    while index < end && TextScan.isSpace(s[index]) { index += 1 }
    return index
  }
}
