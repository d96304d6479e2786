/// A speaker named at the end of a headline, after its title and occasion, with no word that
/// joins them: Russian puts the speaker in the genitive there ("Приветственное слово
/// участникам конференции «…» Губернатора Ульяновской области Сергея Ивановича Морозова").
extension HeaderParser {
  /// The most words of such a speaker, office and name together.
  static let longestTrailingSpeaker = 10

  /// The text before a trailing speaker and the speaker, or nil. The speaker opens with a
  /// capitalized office after the first words and runs to the end of the piece; its last two
  /// words are capitalized (a name, or initials and a surname); it holds no function word (a
  /// prepositional phrase names an organization: "Ministers of Foreign Affairs of the …"), no
  /// occasion or title word and no quotation mark (an office inside a quoted name is the
  /// occasion's).
  func trailingSpeaker(_ text: String, _ keys: [String]) -> (before: String, speaker: String)? {
    let words = Self.wordRanges(text)
    guard words.count == keys.count, keys.count >= 4 else { return nil }
    func capitalized(_ index: Int) -> Bool {
      words[index].word.unicodeScalars.first?.properties.isUppercase == true
    }
    guard capitalized(keys.count - 1), capitalized(keys.count - 2) else { return nil }
    let scalars = TextScan.scalars(text)
    let quotes: Set<Unicode.Scalar> = ["\u{00AB}", "\u{00BB}", "\"", "\u{201C}", "\u{201D}"]
    let lowest = max(1, keys.count - Self.longestTrailingSpeaker)
    for start in lowest..<(keys.count - 2)
    where capitalized(start) && vocabulary.offices.match(keys, at: start) > 0 {
      let rest = Array(keys[start...])
      let from = words[start].range.lowerBound
      guard !rest.contains(where: vocabulary.isStopWord), !vocabulary.events.containsAny(rest),
        !vocabulary.titles.containsAny(rest), !scalars[from...].contains(where: quotes.contains)
      else { continue }
      let before = TextScan.trimmed(TextScan.string(scalars[..<from]))
      guard !before.isEmpty else { return nil }
      return (before, TextScan.string(scalars[from...]))
    }
    return nil
  }

  /// The piece as a field of `kind` (the title, or the occasion after "at") and the speaker
  /// that ends it, or nil when no speaker ends it.
  func withTrailingSpeaker(
    _ text: String, _ keys: [String], _ kind: HeaderField.Kind
  ) -> [HeaderField]? {
    guard let split = trailingSpeaker(text, keys) else { return nil }
    return [
      HeaderField(kind: kind, text: split.before),
      HeaderField(kind: .speaker, text: split.speaker),
    ]
  }
}

/// A place-shaped field that only names the speaker again, told from the town of the
/// speaker's office that a date line names as the place.
extension HeaderReader {
  /// Whether a place-shaped field names the speaker again ("柯岚澜" on a line of its own
  /// under the title): a person is never a place. Chinese and Japanese names are compared as
  /// letters (they have no spaced words), others by two or more words of the speaker's.
  func repeatsSpeaker(_ text: String) -> Bool {
    guard let speaker = metadata.speaker else { return false }
    let value = Self.cleaned(text)
    if let first = value.unicodeScalars.first, Script(of: first).isUnspaced {
      return value.unicodeScalars.count >= 2 && speaker.contains(value)
    }
    let keys = Set(TextScan.keys(value))
    return keys.count >= 2 && keys.isSubset(of: Set(TextScan.keys(speaker)))
      && !Self.namesPlaceOfOffice(value, in: speaker)
  }

  /// Whether `place` is written inside `speaker` after a lower-case joining word: the town
  /// of an office ("Alcalde de Villanueva del Sotillo"), which the date line then names as
  /// the place the address was given. A name repeated is written after no such word.
  static func namesPlaceOfOffice(_ place: String, in speaker: String) -> Bool {
    let words = TextScan.words(speaker)
    let wanted = TextScan.words(place).map { $0.lowercased() }
    guard let head = wanted.first, wanted.count <= words.count else { return false }
    for start in words.indices.dropFirst() where words[start].lowercased() == head {
      let run = words[start...].prefix(wanted.count).map { $0.lowercased() }
      if run == wanted, words[start - 1].first?.isLowercase == true { return true }
    }
    return false
  }
}
