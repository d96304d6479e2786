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
