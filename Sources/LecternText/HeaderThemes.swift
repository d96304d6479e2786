/// A headline's theme after its title and a colon ("Keynote Address: Building a Safer World",
/// "State of the Nation Address: Renewed Responsibility"): the theme is the title's, neither
/// a place nor a speaker, as the colon says what the address is about.
extension HeaderParser {
  /// The piece read as a title with its theme, then what follows a "by" after the theme
  /// ("Keynote Address: A Safer World by Jane Roe"), or nil when the words before the colon
  /// are no title alone, or a person follows the colon ("Remarks: Ambassador Jane Roe",
  /// "Sprecher: Bundeskanzlerin …").
  func titleWithTheme(_ part: String) -> [HeaderField]? {
    let scalars = TextScan.scalars(part)
    guard let colon = Self.openColon(scalars) else { return nil }
    let words = Self.wordRanges(part)
    let keys = words.map { WordKey.key($0.word) }
    guard let themeStart = words.firstIndex(where: { $0.range.lowerBound > colon }),
      themeStart > 0, !namesPerson(Array(keys[themeStart...])),
      // "10:30" is a time, not a title and its theme.
      words[themeStart].word.unicodeScalars.first?.properties.numericType == nil
    else { return nil }
    let read = classify(
      connectives(TextScan.string(scalars[..<colon])), afterBy: false, last: nil)
    guard read.count == 1, read[0].kind == .title else { return nil }
    // Only a "by" ends the theme: "at", "from" or "about" inside it are the theme's own words
    // ("Building a Safer World", "Lessons from the Road").
    let end =
      ((themeStart + 1)..<keys.count).first {
        let count = vocabulary.by.match(keys, at: $0)
        return count > 0 && byHolds(keys, $0, count)
      } ?? keys.count
    let upper = end < keys.count ? words[end].range.lowerBound : scalars.count
    let title = HeaderReader.cleaned(TextScan.string(scalars[..<upper]))
    let rest = end < keys.count ? connectives(TextScan.string(scalars[upper...])) : []
    var field = HeaderField(kind: .title, text: title)
    field.themed = true
    return [field] + rest
  }

  /// The first colon outside quotation marks and brackets: one inside them is the quoted
  /// name's own ("конференции «Ветеринарная медицина XXI века: инновации …»").
  static func openColon(_ scalars: [Unicode.Scalar]) -> Int? {
    var depth = 0
    var straight = false
    for (index, scalar) in scalars.enumerated() {
      switch scalar {
      case "\"": straight.toggle()
      case "\u{201C}", "\u{00AB}", "\u{201E}", "(", "[", "\u{300C}", "\u{300A}": depth += 1
      case "\u{201D}", "\u{00BB}", ")", "]", "\u{300D}", "\u{300B}": depth = max(0, depth - 1)
      case ":", "\u{FF1A}": if depth == 0 && !straight { return index }
      default: break
      }
    }
    return nil
  }

  /// Whether the words open with an honorific or an office, after an article or not.
  private func namesPerson(_ keys: [String]) -> Bool {
    let start = keys.count > 1 && keys[0].count <= 3 && vocabulary.isStopWord(keys[0]) ? 1 : 0
    return vocabulary.honorifics.match(keys, at: start) > 0
      || vocabulary.offices.match(keys, at: start) > 0
  }
}
