/// The person a reporter's lead names before the office the header gives alone: a headline
/// "President speaks after …" states an office and no one, and the lead under it writes the
/// name first, the office after a comma ("Derek Barnett, President of the … Association
/// said:"), a shape the lead's person reader, which reads an office before a name, does not.
extension DocumentStructure {
  /// Replaces a header speaker made only of office words with the two or three capitalized
  /// words that open a line among the body's first lines, when a comma and that same office
  /// follow them and the line reports speech before its closing colon.
  mutating func readNameBeforeOffice(_ body: [SourceLine], _ vocabulary: StructureVocabulary) {
    guard let speaker = metadata.speaker else { return }
    let office = WordKey.keys(TextScan.prefix(speaker, 200))
    guard !office.isEmpty, vocabulary.offices.match(office, at: 0) == office.count else { return }
    for line in body.prefix(Self.leadLines) where LineShape.lastMark(line.text) == ":" {
      let text = TextScan.prefix(line.text, 400)
      guard let comma = text.firstIndex(of: ","), Self.reports([text], vocabulary) else { continue }
      let name = TextScan.words(String(text[..<comma]))
      let after = WordKey.keys(String(text[text.index(after: comma)...]))
      guard Self.isBareName(name, vocabulary), after.starts(with: office) else { continue }
      metadata.speaker = name.joined(separator: " ")
      return
    }
  }

  /// Whether words are a person's name alone: two or three capitalized words, none an office,
  /// title, honorific, occasion or function word.
  static func isBareName(_ words: [String], _ vocabulary: StructureVocabulary) -> Bool {
    let keys = words.map { WordKey.key($0) }
    return closingNameWords.contains(words.count) && words.allSatisfy(isCapitalizedName)
      && !holdsHeaderWord(keys, vocabulary) && !keys.contains(where: vocabulary.isStopWord)
  }
}
