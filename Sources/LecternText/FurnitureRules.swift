/// Recognizes page furniture by its shape: what a web page or a printed copy puts around an
/// address — links and buttons, field labels, notes about the text, dates and counters with
/// no sentence, page numbers and rules, language switchers, copyright lines.
///
/// The words come from the language files (``StructureVocabulary``); the rules are shapes:
/// how short the line is, whether it ends as a sentence does, what is left of it once its
/// dates, times and numbers are taken out. Rules that depend on where a line stands (the
/// edges of the page, repeats, lists of names) are ``DocumentZones``'.
struct FurnitureRules: Sendable {
  /// The longest line that can be furniture or header; longer lines are text. Bounds the
  /// work done on a pathological line too.
  static let longestShortLine = 400
  /// The most words a link or button line has ("Your browser does not support the video").
  static let longestLink = 10
  /// The most words left beside the numbers of a date, time or counter line.
  static let longestCounterRest = 3
  /// The most words of a section's name with the office or name before it.
  static let longestSection = 5

  /// The words of every language.
  let vocabulary: StructureVocabulary

  /// Why a link or button line is furniture.
  static let navigationReason = "page navigation, not part of the address"
  /// Why a note about the text is furniture.
  static let noteReason = "delivery note, not part of the address"

  /// Why the line is furniture wherever it stands, or nil when it may be part of the address.
  /// `dates`: whether a date, time or count without a sentence is furniture (in a header, it
  /// is a fact).
  func reason(_ line: String, dates: Bool = true) -> String? {
    if TextScan.scalarCount(line, limit: Self.longestShortLine + 1) > Self.longestShortLine {
      return nil
    }
    // Furniture is a few words: a line of prose is let go after one cheap count.
    let count = TextScan.wordCount(line, limit: 41)
    if count > 40 { return nil }
    if count > 20 { return longLineReason(line) }
    let words = TextScan.words(line)
    let keys = words.map { WordKey.key($0) }
    let sentence = LineShape.endsSentence(line)
    if isLink(keys, sentence: sentence) || isNotice(keys) { return Self.navigationReason }
    if !sentence
      && ((1...2).contains(words.count) && words.allSatisfy(isCodeToken)
        || LineShape.isIdentifierLine(line))
    {
      return "page code (script or template words), not part of the address"
    }
    if let label = vocabulary.label(line) {
      return "page label (\(label.label)), not part of the address"
    }
    if !sentence && words.count <= Self.longestSection && vocabulary.isSection(keys) {
      return "a site's section name, not part of the address"
    }
    // In a header a date is a fact, also in brackets or among bar-separated fields
    // ("(12 March 2024)", "2023-03-13 13:51 | Source: …"): the header reader lists the rest.
    let headerDate = !dates && vocabulary.dates.find(in: line) != nil
    if LineShape.isBarRow(line) && !headerDate {
      return "page fields separated by bars, not part of the address"
    }
    // In a header the header reader takes a trail apart itself: its last step may be the
    // headline, and its steps may come back as lines of their own.
    if dates && LineShape.isTrail(line) {
      return "page navigation (a breadcrumb trail), not part of the address"
    }
    return shapeReason(
      line, words: words, keys: keys, sentence: sentence, dates: dates, headerDate: headerDate)
  }

  /// Why a line of 21 to 40 words is furniture: only lists of addresses and tags, and
  /// copyright notices, run that long.
  private func longLineReason(_ line: String) -> String? {
    if isLinksOrTags(line, sentence: LineShape.endsSentence(line)) {
      return "web or mail addresses, handles or tags, not part of the address"
    }
    // A notice opens the line: the keys of its first words are enough.
    if TextScan.wordCount(line, limit: Self.longestNotice + 1) <= Self.longestNotice,
      vocabulary.notices.match(WordKey.keys(TextScan.prefix(line, 80)), at: 0) > 0
    {
      return Self.navigationReason
    }
    if !LineShape.endsSentence(line) && Self.isTagCloud(line) { return Self.tagCloudReason }
    return line.unicodeScalars.contains("\u{00A9}")
      ? "copyright notice, not part of the address" : nil
  }

  /// The rest of ``reason(_:dates:)``: furniture told by the shape of a short line (file
  /// labels, notes, banners, numbers, code, brackets, addresses), once links, labels and rows
  /// are ruled out. `headerDate`: the line is a header's date, which is a fact there.
  private func shapeReason(
    _ line: String, words: [String], keys: [String], sentence: Bool, dates: Bool,
    headerDate: Bool
  ) -> String? {
    if Self.isFileLabel(line, sentence: sentence) {
      return "an attached file's label (a caption with its file format), not part of the address"
    }
    if isNote(keys, sentence: sentence) { return Self.noteReason }
    if Self.isDecoratedBanner(line) {
      return "a site's banner (a name between decoration marks), not part of the address"
    }
    if LineShape.hasNoLetters(line) && LineShape.paragraphNumber(line) == nil
      && vocabulary.dates.find(in: line) == nil
    {
      return "no words: a page number or a rule"
    }
    if dates && isDateTimeOrCount(line, sentence: sentence) {
      return "a date, time, count or page number, not a sentence"
    }
    if !sentence && words.count <= 6 && words.contains(where: Self.isCodeWord) {
      return "page code (script or template words), not part of the address"
    }
    if isBracketed(line) && words.count <= 20
      && !(headerDate && isDateTimeOrCount(line, sentence: sentence))
    {
      return "a note in brackets (a stage direction or an editor's note), not part of the address"
    }
    if isLinksOrTags(line, sentence: sentence) || Self.isDomainName(line) {
      return "web or mail addresses, handles or tags, not part of the address"
    }
    if line.unicodeScalars.contains(where: { $0 == "\u{00A9}" }) && words.count <= 40 {
      return "copyright notice, not part of the address"
    }
    return sharedShapeReason(line, words: words, keys: keys, sentence: sentence)
  }

  /// A link, button or viewer line: short, no sentence (unless the phrase is most of it), and
  /// starting with a phrase of `[furniture-links]`.
  func isLink(_ keys: [String], sentence: Bool) -> Bool {
    guard !keys.isEmpty, keys.count <= Self.longestLink else { return false }
    let count = vocabulary.links.match(keys, at: 0)
    // A link phrase after one function word ("На печать", "To top"): two words, no sentence.
    if count == 0 && keys.count == 2 && !sentence && vocabulary.isStopWord(keys[0]) {
      return vocabulary.links.match(keys, at: 1) == 1
    }
    // A section's name run into a link ("Minister's Speeches Return to Speeches"): a
    // breadcrumb copied on one line.
    if count == 0 && !sentence && keys.count >= 2 {
      return (1...min(4, keys.count - 1)).contains { end in
        vocabulary.links.match(keys, at: end) > 0 && vocabulary.isSection(Array(keys[..<end]))
      }
    }
    guard count > 0 else { return false }
    return count == keys.count || !sentence || count * 2 >= keys.count
  }

  /// A note about the text ("As delivered", "Seul le prononcé fait foi"): a phrase of
  /// `[furniture-notes]` that is the line, or starts a short line that is no sentence.
  /// "Final." is a note; "Final words matter." is a sentence.
  func isNote(_ keys: [String], sentence: Bool) -> Bool {
    guard !keys.isEmpty, keys.count <= 30 else { return false }
    let count = vocabulary.notes.match(keys, at: 0)
    guard count > 0 else { return false }
    // "Full text of Ambassador X's speech at …" names the address it copies and its speaker
    // (an office, an honorific or a possessive): a headline.
    let copyOf = vocabulary.textOf.match(keys, at: 0)
    let rest = Array(keys[copyOf...])
    if copyOf > 0 && vocabulary.titles.containsAny(rest)
      && (vocabulary.offices.containsAny(rest) || vocabulary.honorifics.containsAny(rest)
        || rest.contains("s"))
    {
      return false
    }
    // A long line is a note only when it is no sentence and opens with a note of several
    // words ("This was published under the 2010 to 2015 … government").
    if keys.count > 12 { return !sentence && count >= 4 }
    return count == keys.count || !sentence || count * 2 >= keys.count
  }

  /// A date, time, counter or page number with no sentence around it: "5 March 202114:07",
  /// "Updated 14:07", "1,234 views", "Page 2 of 5", "March 5, 2021".
  func isDateTimeOrCount(_ line: String, sentence: Bool) -> Bool {
    guard line.unicodeScalars.contains(where: { DateTokens.digit($0) != nil }),
      LineShape.paragraphNumber(line) == nil
    else { return false }
    let scalars = TextScan.scalars(line)
    var keep = [Bool](repeating: true, count: scalars.count)
    let dates = vocabulary.dates.dates(in: line)
    for range in dates.map(\.range) + vocabulary.dates.times(in: line) {
      for index in range { keep[index] = false }
    }
    let rest = TextScan.string(ArraySlice(scalars.indices.filter { keep[$0] }.map { scalars[$0] }))
    // A sentence mark outside the dates ("In 2019 we grew.") makes it a sentence.
    if sentence && LineShape.endsSentence(rest) { return false }
    var letterWords = TextScan.words(rest).filter { word in
      word.unicodeScalars.contains { DateTokens.digit($0) == nil && $0.properties.isAlphabetic }
    }
    // "Updated 3 hours ago": the words of a relative time are the stamp's, like a date's.
    let relative = relativeTimeRest(letterWords)
    if let relative { letterWords = relative }
    if letterWords.count > Self.longestCounterRest { return false }
    // A number with words that are no dates must have fewer words than a phrase.
    if dates.isEmpty && relative == nil && letterWords.count > 2 { return false }
    return !letterWords.contains { word in
      let key = WordKey.key(word)
      return vocabulary.stopWords.density([key]) > 0 && key.count > 2
    }
  }

  /// A line that is all in brackets: "(Laughter.)", "(Translated from the original French.)",
  /// "[Video montage]".
  func isBracketed(_ line: String) -> Bool {
    let scalars = TextScan.scalars(line)
    guard let first = scalars.first, let close = PageLayout.brackets[first] else { return false }
    var end = scalars.count
    while end > 1 && (scalars[end - 1] == "." || TextScan.isSpace(scalars[end - 1])) { end -= 1 }
    // One bracket pair, closing at the end (not "(OSCE) and the …").
    return scalars[end - 1] == close && scalars[1..<(end - 1)].allSatisfy { $0 != close }
  }

  /// A line of web or mail addresses, handles and tags ("#POTUSinMY", "@BarackObama",
  /// "info@rusemb.org.uk", "https://…") with at most a few words beside them.
  /// A site's bare name ("example.org") counts as a link only on a line that is no sentence:
  /// a sentence may name a site ("Visit example.org.").
  func isLinksOrTags(_ line: String, sentence: Bool) -> Bool {
    let domains = !sentence && Self.mayHoldDomain(line)
    guard domains || Self.mayHoldLinks(line) else { return false }
    let tokens = line.split(whereSeparator: \.isWhitespace)
    let links = tokens.filter { Self.isLinkToken($0) || (domains && Self.isDomainToken($0)) }.count
    guard links > 0 else { return false }
    return !sentence && tokens.count - links <= 5 || links * 2 >= tokens.count
  }

  /// A word of `[furniture-code]` as code writes it, in lower case ("alt", "undefined"): "Alt"
  /// or "NULL" may be words of prose or a heading.
  func isCodeToken(_ word: String) -> Bool {
    word.unicodeScalars.allSatisfy { $0.isASCII && $0.properties.isLowercase }
      && vocabulary.code.match([word], at: 0) == 1
  }

  /// A word of a page's code: lower case, then a capital inside ("showPaywall",
  /// "isSubscriber"); words of prose and names do not mix cases so.
  static func isCodeWord(_ word: String) -> Bool {
    guard let first = word.unicodeScalars.first, first.properties.isLowercase, word.count >= 4
    else { return false }
    return word.unicodeScalars.dropFirst().contains { $0.properties.isUppercase }
  }

  /// The line's stop-word density in the language it is most likely written in (0…1).
  func density(_ line: String) -> Double {
    vocabulary.stopWords.density(WordKey.keys(line))
  }
}
