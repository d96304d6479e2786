/// The words that end a reporter's announcement right before its colon: a place ("…
/// delivered this morning in Brussels:"), or the speaker's name with the office written in
/// lower case before it, as Russian and many other languages write an office ("… поздравил
/// начальник управления генерал-майор полиции Иван Петров:"): the lead's person reader needs
/// a capitalized office, so the name is read from the lead's end instead.
extension DocumentStructure {
  /// The place an announcement ends with: a word before a place (`[header-in]`) and one to
  /// three capitalized words right before its closing colon ("… delivered this morning in
  /// Brussels:"), none a header word; nil otherwise.
  static func place(in announcement: String, _ vocabulary: StructureVocabulary) -> String? {
    let text = TextScan.prefix(announcement, longestAnnouncement)
    guard LineShape.lastMark(text) == ":" else { return nil }
    let words = HeaderParser.wordRanges(text)
    let keys = words.map { WordKey.key($0.word) }
    let scalars = TextScan.scalars(text)
    for count in 1...3 where words.count > count {
      let start = words.count - count
      guard
        words[start...].allSatisfy({ $0.word.unicodeScalars.first?.properties.isUppercase == true })
      else { return nil }
      guard vocabulary.locatives.match(keys, at: start - 1) == 1 else { continue }
      guard !holdsHeaderWord(Array(keys[start...]), vocabulary) else { return nil }
      return TextScan.string(
        scalars[words[start].range.lowerBound..<words[words.count - 1].range.upperBound])
    }
    return nil
  }

  /// The fewest and most words of a name that ends a lead.
  static let closingNameWords = 2...3

  /// The two or three capitalized words right before the colon that ends `lead`, when the
  /// lead names an office before them (`[header-offices]`) and they are no office, title,
  /// occasion, honorific or function word; the word before them is in lower case and no
  /// word of place (`[header-in]`: "… in New York:" names a city). Nil otherwise.
  static func closingName(in lead: String, _ vocabulary: StructureVocabulary) -> String? {
    let text = TextScan.prefix(lead, longestAnnouncement)
    guard LineShape.lastMark(text) == ":" else { return nil }
    let words = HeaderParser.wordRanges(text)
    let keys = words.map { WordKey.key($0.word) }
    var start = words.count
    while start > 0 && isCapitalizedName(words[start - 1].word) { start -= 1 }
    guard start >= 2, !isCapitalizedName(words[start - 1].word),
      vocabulary.locatives.match(keys, at: start - 1) == 0,
      !vocabulary.isStopWord(keys[start - 1]),
      vocabulary.offices.containsAny(Array(keys[..<start])),
      isBareName(words[start...].map(\.word), vocabulary)
    else { return nil }
    let scalars = TextScan.scalars(text)
    return TextScan.string(
      scalars[words[start].range.lowerBound..<words[words.count - 1].range.upperBound])
  }

  /// Whether a word is written as a name: a capital first, and lower-case letters after.
  static func isCapitalizedName(_ word: String) -> Bool {
    word.unicodeScalars.first?.properties.isUppercase == true
      && word.unicodeScalars.contains { $0.properties.isLowercase }
  }

  /// Whether the words hold a header word: a title, an office, an occasion or an honorific.
  static func holdsHeaderWord(_ keys: [String], _ vocabulary: StructureVocabulary) -> Bool {
    vocabulary.titles.containsAny(keys) || vocabulary.offices.containsAny(keys)
      || vocabulary.events.containsAny(keys) || vocabulary.honorifics.containsAny(keys)
  }
}
