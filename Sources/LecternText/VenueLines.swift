/// A header line that names the venue, then the place and the date after a full stop:
/// "Palacio de Ferias de Tarvela. Brivonne , 14.03.2031". The stop after the venue splits the
/// line in two, as two sentences would, but the line is no prose: its last part is a place
/// and a date, and nothing follows the date. The header reads the two parts apart, so that
/// the place beside the date is found as on a line of its own.
enum VenueLine {
  /// The most words of a line of a venue, a place and a date.
  static let longest = 16

  /// The full stop and space before the text's last part when that part is a date with at
  /// most three other words (a place) and ends with the date ("… de Tarvela. Brivonne ,
  /// 14.03.2031"), and the word before the stop ends a venue, not an honorific ("Dr.").
  static func stop(in text: String, _ vocabulary: StructureVocabulary) -> Range<String.Index>? {
    guard TextScan.wordCount(text, limit: longest + 1) <= longest,
      let stop = text.range(of: ". ", options: .backwards)
    else { return nil }
    let before = TextScan.words(String(text[..<stop.lowerBound]))
    guard before.count >= 2, let word = before.last, word.filter(\.isLetter).count >= 3,
      !vocabulary.honorifics.containsAny([WordKey.key(word)])
    else { return nil }
    let last = String(text[stop.upperBound...])
    guard let date = vocabulary.dates.find(in: last) else { return nil }
    let scalars = TextScan.scalars(last)
    let after = TextScan.string(scalars[date.range.upperBound...])
    let place = TextScan.string(scalars[..<date.range.lowerBound])
    // A sentence may go on after a date; a header line of facts ends with it.
    guard !after.contains(where: { $0.isLetter || $0.isNumber }),
      TextScan.wordCount(place, limit: 4) <= 3
    else { return nil }
    return stop
  }
}

extension DocumentZones {
  /// Whether the line ends with a place and a date after its venue's full stop.
  func endsWithPlaceAndDate(_ text: String) -> Bool {
    VenueLine.stop(in: text, rules.vocabulary) != nil
  }
}

extension HeaderParser {
  /// The fields of a venue line read in its two parts, or nil for any other statement.
  func venueFields(_ text: String, afterBy: Bool, last: HeaderField.Kind?) -> [HeaderField]? {
    guard let stop = VenueLine.stop(in: text, vocabulary) else { return nil }
    let venue = fields(String(text[..<stop.lowerBound]), afterBy: afterBy, last: last)
    return venue + fields(String(text[stop.upperBound...]), last: venue.last?.kind)
  }
}
