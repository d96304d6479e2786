/// The speaker a lead in a script written without spaces names before the words that
/// announce the full text, away from any speech verb ("以下是港务局局长韦尔马今日(三月六日)在
/// …的致辞全文:"): the office ends inside a run of letters and the name follows it at once.
extension DocumentStructure {
  /// The fewest and most letters of a name after its office.
  static let unspacedNameLetters = 2...3

  /// Takes the speaker ``unspacedAnnouncedSpeaker(in:_:)`` reads in `announcement` when the
  /// header states none, or states the office alone that the announcement names in full
  /// ("港务局局长" from the headline, "港务局局长韦尔马" in the announcement).
  mutating func takeUnspacedSpeaker(announcement: String, _ vocabulary: StructureVocabulary) {
    guard let named = Self.unspacedAnnouncedSpeaker(in: announcement, vocabulary) else { return }
    if let speaker = metadata.speaker {
      guard named.count > speaker.count, named.hasPrefix(speaker) else { return }
    }
    metadata.speaker = named
  }

  /// The office and the name after it in the first run of `announcement` that holds an
  /// office ending (`[header-offices]`: "*局长"), when the announcement ends with a colon. The
  /// office starts after the last function word before it (`[stop-words]`: "以下是"); the
  /// name is the next two letters, and a third unless it is a function word ("今日").
  static func unspacedAnnouncedSpeaker(
    in announcement: String, _ vocabulary: StructureVocabulary
  ) -> String? {
    let text = TextScan.prefix(announcement, 600)
    guard LineShape.lastMark(text) == ":" || LineShape.lastMark(text) == "\u{FF1A}" else {
      return nil
    }
    for word in TextScan.words(text) {
      guard let first = word.unicodeScalars.first, Script(of: first).isUnspaced else {
        continue
      }
      let letters = Array(word)
      let isStop = { (index: Int) in vocabulary.isStopWord(WordKey.key(String(letters[index]))) }
      // The shortest run of letters that ends with an office, with room for a name after it.
      guard
        let end = (2...max(2, letters.count - 2)).first(where: { end in
          end + 2 <= letters.count
            && vocabulary.offices.containsAny([WordKey.key(String(letters[..<end]))])
        })
      else { continue }
      var nameEnd = end + unspacedNameLetters.lowerBound
      if nameEnd < letters.count && nameEnd - end < unspacedNameLetters.upperBound
        && !isStop(nameEnd)
      {
        nameEnd += 1
      }
      let start = (0..<end).last(where: isStop).map { $0 + 1 } ?? 0
      // A function word right after the office starts no name ("局长在…").
      guard end - start >= 2, !isStop(end) else { continue }
      return String(letters[start..<nameEnd])
    }
    return nil
  }
}
