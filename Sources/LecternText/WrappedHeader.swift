/// A header statement wrapped over lines by a narrow page or a PDF copy: "Address by Mr. … at
/// the Opening of" / "the … Forum on Water Security, Geneva," / "Switzerland, 15 February
/// 2010". The lines after a headline that go on with it are header, not the address's first
/// lines; a line cut after a comma goes on on the next; a date cut in two ("…, Zitrismen, 14"
/// / "October 2009") is one date.
extension DocumentZones {
  /// The most lines a wrapped headline goes on over.
  static let longestWrappedHeadline = 4

  /// Whether line `index` goes on with a headline wrapped over lines: no blank line between,
  /// and each line from the headline's on ends open or with a comma, or the next starts in
  /// lower case. A salutation ending in a comma is no such line: no headline wraps there.
  func continuesHeadline(_ index: Int) -> Bool {
    var line = index
    while line > 0 && index - line < Self.longestWrappedHeadline && !lines[line].blankBefore {
      let previous = lines[line - 1].text
      guard
        HeaderReader.endsOpen(previous, rules.vocabulary) || HeaderReader.endsWithComma(previous)
          || LineJoiner.startsLowercase(lines[line].text)
      else { return false }
      if isHeadline(previous) { return furniture[line - 1] == nil }
      line -= 1
    }
    return false
  }
}

extension HeaderReader {
  /// Whether a header line is cut short: it ends with a joining word ("… générale de") or a
  /// hyphen, so the next line goes on with it.
  static func endsOpen(_ text: String, _ vocabulary: StructureVocabulary) -> Bool {
    if LineJoiner.endsWithBrokenWord(text) { return true }
    guard LineShape.lastMark(text) == nil, let last = TextScan.words(text).last,
      last.first?.isLowercase == true
    else { return false }
    let key = WordKey.key(last)
    return key.count <= 3 && vocabulary.isStopWord(key)
  }

  /// Whether a line ends with a comma (Latin, Arabic or full-width).
  static func endsWithComma(_ text: String) -> Bool {
    guard let last = text.unicodeScalars.last else { return false }
    return last == "," || last == "\u{060C}" || last == "\u{FF0C}"
  }

  /// Whether a header line is cut short: it ends open (``endsOpen(_:_:)``), with a comma, or
  /// with an honorific ("…, Sr." / "Nukos Zoribrim, …"), so the fields go on on the next line.
  static func goesOn(_ text: String, _ vocabulary: StructureVocabulary) -> Bool {
    if endsOpen(text, vocabulary) || endsWithComma(text) { return true }
    let keys = WordKey.keys(
      String(String.UnicodeScalarView(text.unicodeScalars.suffix(Self.dateReach))))
    guard !keys.isEmpty else { return false }
    return (1...min(3, keys.count)).contains {
      vocabulary.honorifics.match(keys, at: keys.count - $0) == $0
    }
  }

  /// Whether `text` goes on with a date that `previous` starts: a date is found across the
  /// line break and neither line holds it whole ("…, Zitrismen, 14" / "October 2009").
  static func continuesDate(
    _ text: String, after previous: String, _ vocabulary: StructureVocabulary
  ) -> Bool {
    let tail = String(String.UnicodeScalarView(previous.unicodeScalars.suffix(Self.dateReach)))
    let head = TextScan.prefix(text, Self.dateReach)
    let joined = tail + " " + head
    let boundary = tail.unicodeScalars.count
    return vocabulary.dates.dates(in: joined).contains {
      $0.range.lowerBound < boundary && $0.range.upperBound > boundary + 1
    }
  }

  /// Whether `text` is a day alone above the month and year it dates, as a page's calendar
  /// leaf prints them ("30" / "June 2022"): no page number, though it has no letters.
  static func isDayAbove(
    _ text: String, _ next: String, _ vocabulary: StructureVocabulary
  ) -> Bool {
    guard text.unicodeScalars.count <= 2, LineShape.hasNoLetters(text) else { return false }
    return continuesDate(next, after: text, vocabulary)
  }

  /// How far into each line a date cut by the break is looked for, in scalars.
  static let dateReach = 40
}
