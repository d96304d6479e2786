/// A header run into the address on one line, as some pages print it: "Remarks by the
/// Secretary-General at the Security Council, 5 March 2021 Mr. President, thank you for …".
///
/// The line starts with a title and names a speaker early on; the header ends after its
/// date, when a sentence starts right after it, or else at the end of its first sentence.
enum RunInHeader {
  /// The most scalars a run-in header has.
  static let longestHeader = 300
  /// The fewest scalars of address after it (less is a note, not the address).
  static let shortestRest = 40

  /// The header and the rest of the line, or nil when the line is not a header run in;
  /// `dated` tells a header ended by its date. With `datedOnly`, a header ended otherwise than
  /// by its date or a drop capital printed apart (``dropCapital(_:)``) is not looked for.
  static func split(
    _ text: String, _ vocabulary: StructureVocabulary,
    abbreviations: AbbreviationTable = AbbreviationTable(), datedOnly: Bool = false
  ) -> (header: String, rest: String, dated: Bool)? {
    // The window is read before the line's scalars are: most lines are let go here.
    let window = TextScan.prefix(text, longestHeader)
    let keys = WordKey.keys(window)
    guard opensWithTitle(keys, vocabulary) else { return nil }
    let scalars = TextScan.scalars(text)
    // "The text of the speech by … follows: …" is a reporter's introduction, read as one.
    let announcement = TextScan.prefix(text, DocumentStructure.longestAnnouncement)
    if DocumentStructure.announcementsSplit([announcement], vocabulary).count == 2 { return nil }
    let head = Array(keys.prefix(20))
    guard
      vocabulary.by.containsAny(head) || vocabulary.honorifics.containsAny(head)
        || vocabulary.offices.containsAny(head)
    else { return nil }
    if let date = vocabulary.dates.find(in: window) {
      var cut = date.range.upperBound
      while cut < scalars.count
        && (TextScan.isSpace(scalars[cut])
          || ".,;:)]\u{2013}\u{2014}-".unicodeScalars.contains(scalars[cut]))
      {
        cut += 1
      }
      if scalars.count - cut >= shortestRest, startsSentence(scalars[cut...]) {
        return (
          TextScan.trimmed(TextScan.string(scalars[..<cut])),
          TextScan.string(scalars[cut...]), true
        )
      }
    }
    if let capital = dropCapital(scalars.prefix(longestHeader)),
      scalars.count - capital >= shortestRest
    {
      // The letter is joined again to its word: "C omandante" is read "Comandante".
      let rest = [scalars[capital]] + scalars[(capital + 2)...]
      return (
        TextScan.trimmed(TextScan.string(scalars[..<capital])),
        TextScan.string(rest[...]), false
      )
    }
    if datedOnly { return nil }
    let sentences = SentenceScanner(scalars, abbreviations: abbreviations).sentences()
    guard sentences.count >= 2, let first = sentences.first, first.count <= longestHeader,
      scalars.count - first.upperBound >= shortestRest
    else { return nil }
    return (
      TextScan.string(scalars[first]),
      TextScan.trimmed(TextScan.string(scalars[first.upperBound...])), false
    )
  }

  /// Where a drop capital that a PDF copy printed apart from its word starts the address
  /// ("… Técnicos Policiales C omandante Daniel Ortega, …"): a Latin consonant alone between
  /// spaces, before three or more lower-case letters, after a header that ends no sentence.
  /// The one-letter words of Latin-script languages are vowels ("A veces", "I am", "Y ahora");
  /// other scripts are left alone, as their one-letter words are not.
  static func dropCapital(_ scalars: ArraySlice<Unicode.Scalar>) -> Int? {
    let start = scalars.startIndex
    var index = start + 1
    while index + 4 < scalars.endIndex {
      defer { index += 1 }
      let letter = scalars[index]
      guard letter.properties.isUppercase, TextScan.isSpace(scalars[index - 1]),
        TextScan.isSpace(scalars[index + 1]),
        scalars[(index + 2)...].prefix(3).allSatisfy(\.properties.isLowercase),
        ("B"..."Z").contains(letter), !"EIOUY".unicodeScalars.contains(letter),
        index - start > shortestRest,
        LineShape.lastMark(TextScan.string(scalars[start..<index])) == nil
      else { continue }
      return index
    }
    return nil
  }

  /// Whether the words open with a title ("Remarks by …", "Discours de …"), or with an
  /// occasion whose title follows within a few words ("CEREMONIE DE PASSATION DE POUVOIRS
  /// ALLOCUTION DU MINISTRE …"): the way a headline starts, not a sentence.
  static func opensWithTitle(_ keys: [String], _ vocabulary: StructureVocabulary) -> Bool {
    if vocabulary.titles.match(keys, at: 0) > 0 || vocabulary.titles.match(keys, at: 1) > 0 {
      return true
    }
    guard vocabulary.events.match(keys, at: 0) > 0 || vocabulary.events.match(keys, at: 1) > 0
    else { return false }
    return (2..<max(2, min(keys.count, longestOccasion))).contains {
      vocabulary.titles.match(keys, at: $0) > 0
    }
  }

  /// The most words an occasion that opens a headline takes before its title.
  static let longestOccasion = 8

  /// Whether the text starts as a sentence does: an opening mark or a capital (or a letter
  /// of a script without case).
  private static func startsSentence(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    guard let first = scalars.first(where: { !TextScan.isOpener($0) }) else { return false }
    return first.properties.isUppercase
      || (first.properties.isAlphabetic && !first.properties.isLowercase)
  }
}

extension DocumentStructure {
  /// Splits a header run into one line with the speech at the body's first line: the line
  /// keeps the speech, and the header's part is returned as a line of its own.
  static func splitRunInHeader(
    _ lines: inout [SourceLine], zones: DocumentZones, _ vocabulary: StructureVocabulary,
    _ salutation: Salutation
  ) -> SourceLine? {
    guard zones.bodyStart < lines.count else { return nil }
    // A line longer than a headline holds one when it opens as one (``RunInHeader``) and a
    // date ends its header.
    let headline = zones.isHeadline(lines[zones.bodyStart].text)
    guard
      let split = RunInHeader.split(
        lines[zones.bodyStart].text, vocabulary, abbreviations: salutation.abbreviations,
        datedOnly: !headline)
    else { return nil }
    var runIn = lines[zones.bodyStart]
    runIn.text = split.header
    lines[zones.bodyStart].text = split.rest
    return runIn
  }
}
