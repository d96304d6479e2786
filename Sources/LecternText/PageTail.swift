/// What ends a page under the address with sentences, which the zones would otherwise read as
/// the address going on:
/// - a site's terms for its readers' comments ("User comments posted on this page are the
///   views of their writers …", "The Dorvel Courier may remove any comment."): two or more
///   such lines at the end of the page, with nothing of the address after them;
/// - a list of related links ("Translation unavailable for …" three times);
/// - a press release's end mark ("###", "-30-", "ENDS", "-FIN-", "（完）") on a line of its
///   own, and the publisher's notes after it ("About the City of …");
/// - a comment form's heading ("Leave a Reply"), its prompts and the readers' comments;
/// - a publisher's note about the speaker under the signature ("Ambassador … presented his
///   credentials on …").
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
    markAfterSentence(reason: Self.endMarkReason) { Self.isEndMark($0, marks) }
  }

  /// The furniture reason of a comment form's heading and of the lines after it.
  static let commentFormReason =
    "a page's comment form or its readers' comments, not part of the address"

  /// Marks the heading of a page's comment form (`[furniture-comment-forms]`: "Leave a Reply",
  /// "Laisser un commentaire", "发表评论") on a line of its own after a sentence, and every line
  /// after it: the form's prompts and the readers' comments are sentences too.
  mutating func markCommentForm() {
    let forms = rules.vocabulary.commentForms
    markAfterSentence(reason: Self.commentFormReason) { line in
      guard
        TextScan.scalarCount(line, limit: Self.longestCommentHeading + 1)
          <= Self.longestCommentHeading
      else { return false }
      let keys = WordKey.keys(line)
      return !keys.isEmpty && forms.match(keys, at: 0) == keys.count
    }
  }

  /// The longest line read as a comment form's heading, in scalars.
  static let longestCommentHeading = 40

  /// Marks the first line after the first sentence that `isMark` accepts, and every line
  /// after it, as furniture (a mark above the address is no end).
  private mutating func markAfterSentence(reason: String, _ isMark: (String) -> Bool) {
    guard let sentence = lines.indices.first(where: { LineShape.endsSentence(lines[$0].text) }),
      let mark = lines.indices[(sentence + 1)...].first(where: { isMark(lines[$0].text) })
    else { return }
    for index in mark..<lines.count { furniture[index] = reason }
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

  /// The furniture reason of a publisher's note under the signature.
  static let signedNoteReason =
    "a publisher's note about the speaker, under the signature, not part of the address"

  /// The most lines of a publisher's note under a signature.
  static let longestSignedNote = 3

  /// Marks the sentences that end the page under a signature of a name alone ("Andris
  /// Razans"), when they speak of the signer in the third person ("Ambassador Andris Razans
  /// presented his credentials …. His CV is available here."): the publisher's, not the
  /// address's. The line above the signature must close a sentence, as an address does.
  mutating func markSignedNote() {
    let open = lines.indices.filter { furniture[$0] == nil }
    guard open.count > 2 else { return }
    var note: [Int] = []
    for index in open.reversed() {
      guard note.count < Self.longestSignedNote,
        LineShape.endsSentence(lines[index].text),
        TextScan.wordCount(lines[index].text, limit: 61) <= 60
      else { break }
      note.append(index)
    }
    guard let first = note.last, let signature = open.last(where: { $0 < first }),
      let above = open.last(where: { $0 < signature }),
      LineShape.endsSentence(lines[above].text),
      let surname = signerSurname(lines[signature].text)
    else { return }
    let text = note.map { lines[$0].text }.joined(separator: " ")
    guard WordKey.keys(text).contains(surname),
      !DocumentStructure.speaksInFirstPerson(text, rules.vocabulary)
    else { return }
    for index in note { furniture[index] = Self.signedNoteReason }
  }

  /// The last word's key of a signature that is a name alone (two to five capitalized words,
  /// no mark at its end), or nil.
  private func signerSurname(_ text: String) -> String? {
    guard LineShape.lastMark(text) == nil,
      TextScan.scalarCount(text, limit: 61) <= 60,
      HeaderReader(vocabulary: rules.vocabulary).isName(text)
    else { return nil }
    return WordKey.keys(text).last
  }
}
