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
      let named = Array(keys[start...])
      guard
        !(vocabulary.titles.containsAny(named) || vocabulary.offices.containsAny(named)
          || vocabulary.events.containsAny(named) || vocabulary.honorifics.containsAny(named))
      else { return nil }
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
    func capitalized(_ index: Int) -> Bool {
      let word = words[index].word
      return word.unicodeScalars.first?.properties.isUppercase == true
        && word.unicodeScalars.contains { $0.properties.isLowercase }
    }
    var start = words.count
    while start > 0 && capitalized(start - 1) { start -= 1 }
    let count = words.count - start
    guard closingNameWords.contains(count), start >= 2,
      !capitalized(start - 1), vocabulary.locatives.match(keys, at: start - 1) == 0,
      !vocabulary.isStopWord(keys[start - 1]),
      vocabulary.offices.containsAny(Array(keys[..<start]))
    else { return nil }
    let named = Array(keys[start...])
    guard
      !(vocabulary.titles.containsAny(named) || vocabulary.offices.containsAny(named)
        || vocabulary.events.containsAny(named) || vocabulary.honorifics.containsAny(named)
        || named.contains(where: vocabulary.isStopWord))
    else { return nil }
    let scalars = TextScan.scalars(text)
    return TextScan.string(
      scalars[words[start].range.lowerBound..<words[words.count - 1].range.upperBound])
  }
}
