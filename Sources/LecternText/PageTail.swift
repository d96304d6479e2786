/// What ends a page under the address with sentences, which the zones would otherwise read as
/// the address going on:
/// - a site's terms for its readers' comments ("User comments posted on this page are the
///   views of their writers …", "The Dorvel Courier may remove any comment."): two or more
///   such lines at the end of the page, with nothing of the address after them;
/// - a list of related links ("Translation unavailable for …" three times);
/// - a press release's end mark ("###", "-30-", "ENDS", "-FIN-", "（完）") on a line of its
///   own, and the publisher's notes after it ("About the City of …").
extension DocumentZones {
  /// The fewest lines of a site's terms that end a page.
  static let fewestTermsLines = 2
  /// The furniture reason of a line of a site's terms.
  static let siteTermsReason = "a site's terms for readers' comments, not part of the address"

  /// Marks the run of lines of a site's terms that ends the page, when it holds at least
  /// ``fewestTermsLines`` of them (furniture lines between them are passed over).
  mutating func markSiteTerms() {
    var run: [Int] = []
    var index = lines.count - 1
    while index > 0 {
      if furniture[index] == nil {
        guard isSiteTermsLine(lines[index].text) else { break }
        run.append(index)
      }
      index -= 1
    }
    guard run.count >= Self.fewestTermsLines else { return }
    for line in run { furniture[line] = Self.siteTermsReason }
  }

  /// Whether the line speaks of readers' comments (`[furniture-site-terms]`) in the third
  /// person: a speaker thanking for comments says "I" or "we".
  private func isSiteTermsLine(_ text: String) -> Bool {
    let keys = WordKey.keys(TextScan.prefix(text, Self.termsScan))
    return rules.vocabulary.siteTerms.containsAny(keys)
      && !rules.vocabulary.firstPerson.containsAny(keys)
  }

  /// How far into a line words of a site's terms are looked for, in scalars.
  static let termsScan = 600

  /// The furniture reason of a release's end mark and of the lines after it.
  static let endMarkReason =
    "a press release's end mark and what follows it, not part of the address"

  /// Marks a release's end mark (`[furniture-end-marks]`) that follows a sentence, and every
  /// line after it.
  mutating func markEndMark() {
    let marks = rules.vocabulary.endMarks
    // One pass: the first sentence, then the first mark after it (a mark above the address
    // is no end).
    guard let sentence = lines.indices.first(where: { LineShape.endsSentence(lines[$0].text) }),
      let mark = lines.indices[(sentence + 1)...].first(where: {
        Self.isEndMark(lines[$0].text, marks)
      })
    else { return }
    for index in mark..<lines.count { furniture[index] = Self.endMarkReason }
  }

  /// Whether the whole line is an end mark: compared without its spaces, dashes and brackets,
  /// in lower case ("- 30 -" is "30", "– ENDS –" is "ends", "（完）" is "完").
  static func isEndMark(_ text: String, _ marks: Set<String>) -> Bool {
    guard TextScan.scalarCount(text, limit: longestEndMark + 1) <= longestEndMark else {
      return false
    }
    let key = endMarkKey(text)
    // "###" (or "# # #") ends releases in every language; the language files cannot hold it,
    // since "#" opens a comment there.
    return marks.contains(key) || (key.count >= 3 && key.allSatisfy { $0 == "#" })
  }

  /// The longest line read as an end mark, in scalars.
  static let longestEndMark = 16

  /// An end mark as compared: without spaces, dashes and brackets, in lower case.
  static func endMarkKey(_ text: String) -> String {
    let dropped: Set<Unicode.Scalar> = [
      "-", "\u{2013}", "\u{2014}", "(", ")", "\u{FF08}", "\u{FF09}",
    ]
    return String(
      String.UnicodeScalarView(
        text.lowercased().unicodeScalars.filter {
          !$0.properties.isWhitespace && !dropped.contains($0)
        }))
  }

  /// Where a list at the end of the address starts: three or more lines in a row, with no
  /// blank line between, that open with the same three words (a page's related links,
  /// "Translation unavailable for …"). Paragraphs of a speech that open alike stand apart.
  func linkListStart(before end: Int) -> Int {
    func key(_ index: Int) -> [String]? {
      let keys = WordKey.keys(TextScan.prefix(lines[index].text, 80)).prefix(3)
      return keys.count == 3 ? Array(keys) : nil
    }
    guard end - 1 > bodyStart, let last = key(end - 1) else { return end }
    var start = end - 1
    while start - 1 > bodyStart && !lines[start].blankBefore && key(start - 1) == last {
      start -= 1
    }
    return end - start >= 3 ? start : end
  }
}
