/// Header shapes where one fact runs over two lines, or two facts share one line's end:
/// a speaker's office and name run together in a language written without spaces, a headline
/// that goes on from the person above it, and an occasion's year with its place in brackets.
extension HeaderParser {
  /// In a language written without spaces, a line that is an office and then a name, with no
  /// title: "澳門特別行政區行政長官何厚鏵" (the Chief Executive, then his name). The office is a
  /// known ending of the run's start; the name, the two to four letters after it.
  func unspacedOfficeAndName(_ text: String, _ keys: [String]) -> [HeaderField]? {
    guard keys.count == 1,
      let scalar = text.unicodeScalars.first(where: \.properties.isAlphabetic),
      Script(of: scalar) == .han, !vocabulary.titles.containsAny(keys)
    else { return nil }
    let run = Array(text.filter { !$0.isWhitespace })
    guard run.allSatisfy(\.isLetter), (4...Self.longestOfficeAndName).contains(run.count)
    else { return nil }
    for nameLength in 2...4 where run.count - nameLength >= 2 {
      let office = WordKey.keys(String(run[..<(run.count - nameLength)]))
      if vocabulary.offices.containsAny(office) {
        return [HeaderField(kind: .speaker, text: HeaderReader.cleaned(text))]
      }
    }
    return nil
  }

  /// The most letters of an office and name run together.
  private static let longestOfficeAndName = 24
}

extension HeaderParser {
  /// The person a run of Chinese names by a name and then an office, right before the rest of
  /// the headline ("林墨总裁2023年新春致辞", "柯暄澈大使新春致辞"): a company's or a mission's
  /// greeting names its head so, with no word joining the speaker to the title. The speaker is
  /// the name and office, the title the rest; nil for any other run.
  func nameAndOfficeSpeaker(_ run: [Character]) -> [HeaderField]? {
    guard run.count <= Self.longestUnspacedSpeaker + 8 else { return nil }
    // A Chinese name is two to three letters; the office, two to six after it.
    for nameLength in 2...3 where run.count >= nameLength + 4 {
      let name = run.prefix(nameLength)
      guard name.allSatisfy(\.isLetter),
        !name.contains(where: { vocabulary.at.match([WordKey.key(String($0))], at: 0) > 0 })
      else { return nil }
      for end in (nameLength + 2)...min(nameLength + 6, run.count - 2) {
        let office = [WordKey.key(String(run[nameLength..<end]))]
        // The office is a word alone ("总裁", "大使"), no compound that an office word ends
        // ("驻美大使" of "中国驻美大使馆…", the embassy): its first letter cannot be dropped.
        let shorter = [WordKey.key(String(run[(nameLength + 1)..<end]))]
        guard vocabulary.offices.match(office, at: 0) > 0,
          vocabulary.offices.match(shorter, at: 0) == 0,
          vocabulary.titles.containsAny(WordKey.keys(String(run[end...])))
        else { continue }
        return [
          HeaderField(kind: .speaker, text: String(run[..<end])),
          HeaderField(kind: .title, text: String(run[end...])),
        ]
      }
    }
    return nil
  }

  /// The office and name before the feast or occasion that opens the title
  /// ("钟祥市人民政府市长郭志泉" of "钟祥市人民政府市长郭志泉新春致辞"): an office word ends two
  /// or three letters (a name) before the occasion (`[header-occasions]`), and a title word
  /// ends the headline. Nothing joins them: the occasion's word shows where the name ends.
  func nameBeforeOccasionSpeaker(_ run: [Character]) -> [HeaderField]? {
    guard run.count <= 2 * Self.longestUnspacedSpeaker else { return nil }
    for start in 4..<max(4, run.count - 2) {
      let title = String(run[start...])
      let opens = (2...4).contains { length in
        start + length < run.count
          && vocabulary.occasions.match([WordKey.key(String(run[start..<(start + length)]))], at: 0)
            > 0
      }
      guard opens, vocabulary.titles.containsAny(WordKey.keys(title)) else { continue }
      let named = (2...3).contains { length in
        vocabulary.offices.match([WordKey.key(String(run[..<(start - length)]))], at: 0) > 0
      }
      guard named else { continue }
      return [
        HeaderField(kind: .speaker, text: String(run[..<start])),
        HeaderField(kind: .title, text: title),
      ]
    }
    return nil
  }
}

extension HeaderReader {
  /// Whether the headline at `headline` goes on from the statement above it, which names a
  /// person: the headline opens with a word that joins a speaker to the address ("在開幕式的
  /// 演辭" under "…行政長官何厚鏵", "at the Opening Ceremony" under "Chief Executive Edmund
  /// Ho"). The person above is then the headline's speaker, not a page banner.
  func continuesPerson(_ statements: [Statement], headline: Int) -> Bool {
    // The person is named: an office alone above a headline is a section's label ("总干事").
    guard headline > 0,
      statements[headline - 1].fields.contains(where: {
        $0.kind == .speaker && namesMoreThanOffice($0.text)
      }),
      statements[headline - 1].fields.allSatisfy({ [.speaker, .office].contains($0.kind) }),
      let first = statements[headline].lines.first?.text
    else { return false }
    return opensWithJoiningWord(first)
  }

  /// The year and the place in brackets that end an occasion's line: "… 2006( 中國澳門 )",
  /// "World Congress 2006 (Macao)". The place is short and holds no digit.
  static func yearAndBracketedPlace(_ line: String) -> (year: String, place: String)? {
    let text = TextScan.trimmed(line)
    guard let close = text.last, close == ")" || close == "\u{FF09}",
      let open = text.lastIndex(where: { $0 == "(" || $0 == "\u{FF08}" })
    else { return nil }
    let place = TextScan.trimmed(
      String(text[text.index(after: open)..<text.index(before: text.endIndex)]))
    guard !place.isEmpty, place.count <= 30, !place.contains(where: \.isNumber),
      TextScan.wordCount(place, limit: 5) <= 4
    else { return nil }
    let before = TextScan.trimmed(String(text[..<open]))
    let year = String(before.suffix(4))
    guard year.count == 4, year.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(year),
      (1900...2099).contains(value), before.dropLast(4).last.map({ !$0.isNumber }) ?? false
    else { return nil }
    return (year, place)
  }

  /// The date and place of a line ending in a year and a place in brackets, when the header
  /// states them nowhere else.
  mutating func readYearAndBracketedPlace(_ statements: [Statement]) {
    guard metadata.place == nil || metadata.date == nil,
      let found = statements.lazy.flatMap(\.lines).compactMap({
        Self.yearAndBracketedPlace($0.text)
      }).first(where: { parser.isPlaceShaped($0.place) })
    else { return }
    metadata.date = metadata.date ?? found.year
    metadata.place = metadata.place ?? found.place
    // The occasion read from that line ends before its year: each fact is said once.
    if let event = metadata.event, event.contains(found.place),
      let year = event.range(of: found.year, options: .backwards)
    {
      metadata.event = Self.cleaned(String(event[..<year.lowerBound]))
    }
  }

  /// Whether the statement only names a person other than the speaker (a name and office,
  /// "劉延東副主席" above "各位嘉賓"): the first person addressed, who may open the address
  /// without a mark or three words. An occasion ("在…举行的招待会上") or a title names none.
  func namesPersonOnly(_ statement: Statement, _ notes: Notes) -> Bool {
    guard notes.addressesSomeone,
      statement.fields.allSatisfy({ [.speaker, .office].contains($0.kind) })
    else { return false }
    let text = statement.lines.map(\.text).joined(separator: " ")
    let keys = WordKey.keys(TextScan.prefix(text, 200))
    return !parser.vocabulary.titles.containsAny(keys) && !opensWithJoiningWord(text)
  }

  /// Whether the text opens with a word that joins a speaker to the address (`[header-at]`,
  /// `[header-by]`): a first letter in a language written without spaces, else a first word
  /// in lower case.
  private func opensWithJoiningWord(_ line: String) -> Bool {
    let vocabulary = parser.vocabulary
    let text = TextScan.trimmed(line)
    if let scalar = text.unicodeScalars.first, Script(of: scalar) == .han {
      let one = [WordKey.key(String(text.prefix(1)))]
      return vocabulary.at.match(one, at: 0) > 0 || vocabulary.by.match(one, at: 0) > 0
    }
    guard text.unicodeScalars.first?.properties.isLowercase == true else { return false }
    let keys = WordKey.keys(TextScan.prefix(text, 40))
    return vocabulary.at.match(keys, at: 0) > 0 || vocabulary.by.match(keys, at: 0) > 0
  }

  /// Whether the words are more than one office (a name stands beside it).
  private func namesMoreThanOffice(_ text: String) -> Bool {
    let keys = WordKey.keys(TextScan.prefix(text, 200))
    return parser.vocabulary.offices.match(keys, at: 0) < keys.count
  }

  /// Whether the line is an invocation that opens an address (`[address-invocations]`), the
  /// line no longer than one ("بسم الله الرحمن الرحيم", "In the name of God, the Most
  /// Gracious, the Most Merciful").
  func isInvocation(_ text: String) -> Bool {
    let keys = WordKey.keys(TextScan.prefix(text, Self.longestInvocation))
    guard keys.count <= Self.mostInvocationWords else { return false }
    return vocabulary.invocations.match(keys, at: 0) > 0
  }
}

extension HeaderReader {
  /// The most characters of a line read as an invocation.
  static let longestInvocation = 120
  /// The most words of a line read as an invocation (the English basmala has eleven).
  static let mostInvocationWords = 12
}
