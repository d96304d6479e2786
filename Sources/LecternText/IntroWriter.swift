/// Writes the narrator's introduction from what the header says: what the address is, who
/// gives it, at which event, where and when, each fact once.
///
/// "Opening Session by INTERPOL Secretary General Jürgen Stock. International conference of
/// the Collective Security Treaty Organization "On the Role …". Moscow, Russia, 30 October
/// 2019." Facts printed in capitals are title-cased so that the engine reads them as words.
enum IntroWriter {
  /// Small words kept in lower case inside a title-cased phrase.
  static let smallWords: Set<String> = [
    "a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with",
    "de", "la", "du", "des", "del", "und", "der",
  ]

  /// The intro's text, or an empty string when the header states nothing.
  static func text(for metadata: DocumentMetadata, extras: [String] = []) -> String {
    var sentences: [String] = []
    let title = metadata.title.map(spoken)
    let speaker = metadata.speaker.map(spoken)
    switch (title, speaker) {
    case (let title?, let speaker?): sentences.append("\(title) by \(speaker)")
    case (let title?, nil): sentences.append(title)
    case (nil, let speaker?): sentences.append("An address by \(speaker)")
    case (nil, nil): break
    }
    sentences += extras.map(spoken)
    if let event = metadata.event { sentences.append(spoken(event)) }
    let date = metadata.date.map { DateFinder.spelledOut($0) ?? $0 }
    switch (metadata.place.map(spoken), date) {
    case (let place?, let date?): sentences.append("\(place), \(date)")
    case (let place?, nil): sentences.append(place)
    case (nil, let date?): sentences.append(date)
    case (nil, nil): break
    }
    return sentences.map(closed).joined(separator: " ")
  }

  /// The phrase ending with a full stop (a final `,`, `;` or `:` is replaced).
  static func closed(_ phrase: String) -> String {
    var text = TextScan.trimmed(phrase)
    switch LineShape.lastMark(text) {
    case ".", "!", "?": return text
    case ",", ";", ":":
      if let index = text.lastIndex(where: { $0 == "," || $0 == ";" || $0 == ":" }) {
        text.remove(at: index)
      }
    default: break
    }
    return text + "."
  }

  /// The fact as it should be read: title-cased when written all in capitals.
  static func spoken(_ fact: String) -> String {
    // Words with digits ("88th") do not count: their suffix is lower case in any style.
    let hasLower = fact.split(separator: " ").contains { word in
      !word.contains(where: \.isNumber) && word.contains(where: \.isLowercase)
    }
    return hasLower ? fact : titleCased(fact)
  }

  /// "SECRETARY GENERAL, INTERPOL" → "Secretary General, Interpol"; words of up to four
  /// letters other than small words stay in capitals, as they are likely acronyms (CSTO, UN).
  static func titleCased(_ text: String) -> String {
    var words: [String] = []
    for (position, word) in text.split(separator: " ", omittingEmptySubsequences: false)
      .enumerated()
    {
      let letters = word.filter(\.isLetter)
      let key = letters.lowercased()
      if position > 0 && smallWords.contains(key) {
        words.append(word.lowercased())
      } else if word.contains(where: \.isNumber) {
        words.append(word.lowercased())
      } else if letters.count <= 4 && !smallWords.contains(key) {
        words.append(String(word))
      } else {
        words.append(capitalized(word.lowercased()))
      }
    }
    return words.joined(separator: " ")
  }

  /// The word with its first letter, and each letter after a hyphen, in upper case.
  private static func capitalized(_ word: String) -> String {
    var result = ""
    var upperNext = true
    for character in word {
      if upperNext && character.isLetter {
        result += character.uppercased()
        upperNext = false
      } else {
        result.append(character)
      }
      if character == "-" || character == "/" || character == "(" { upperNext = true }
    }
    return result
  }
}
