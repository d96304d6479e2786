/// The words of the header's facts: a fact stated again is told by its words, a speaker
/// stated by office alone is named by another header line, and a fact's text is cleaned of
/// the separators around it.
extension HeaderReader {
  /// A speaker stated by office alone ("Secretario General", "Генерального секретаря") with the
  /// name another header line gives right after the same office ("Secretario General Ban
  /// Ki-Moon" in the page's banner, "by UN Secretary-General Ban Ki-moon at …" in a note).
  func namedSpeaker(_ speaker: String, in statements: [Statement]) -> String? {
    guard let office = officeStems(speaker) else { return nil }
    return statements.lazy.flatMap(\.lines).compactMap {
      self.name(after: office, in: TextScan.prefix($0.text, 400))
    }.first
  }

  /// The office and name `text` gives for a speaker stated by office alone ("PM" and "PM
  /// Ana Lima speaks at …"), or nil.
  func named(_ speaker: String, in text: String) -> String? {
    guard let office = officeStems(speaker) else { return nil }
    return name(after: office, in: TextScan.prefix(text, 400))
  }

  /// The stems of a speaker stated by office alone, or nil for a speaker named otherwise.
  private func officeStems(_ speaker: String) -> [(stem: String, range: Range<Int>)]? {
    guard isOfficeOnly(speaker) else { return nil }
    // An article before the office ("THE POLICE COMMISSIONER") is not written before a name.
    let office = Self.stems(TextScan.prefix(speaker, 200)).drop {
      vocabulary.isStopWord($0.stem)
    }
    return office.isEmpty ? nil : Array(office)
  }

  /// The name a wrapped header puts at the start of the line after a speaker stated without
  /// one ("Приветствие Министра … Федерации" / "Ю.П.Трутнева участникам …"): initials and a
  /// surname, which no other shape of a header line starts with.
  func wrappedName(after speaker: String, _ statements: [Statement]) -> String? {
    guard !isName(speaker),
      !vocabulary.honorifics.containsAny(WordKey.keys(TextScan.prefix(speaker, 400)))
    else { return nil }
    let lines = statements.flatMap(\.lines)
    guard
      let index = lines.firstIndex(where: {
        Self.cleaned(TextScan.prefix($0.text, 400)).hasSuffix(speaker)
      }), index + 1 < lines.count
    else { return nil }
    return Self.initialsAndSurname(TextScan.prefix(lines[index + 1].text, 60))
  }

  /// The initials and surname a text starts with ("A. B. Surname, …", "Ю.П.Трутнева …"), or
  /// nil.
  /// `within`: the name may stand inside a headline, before words that are no capitalized
  /// name ("А.Б.Варнхольта СПб ТПП с …").
  static func initialsAndSurname(_ text: String, within: Bool = false) -> String? {
    let scalars = TextScan.scalars(text)
    var index = 0
    var initials = 0
    while index + 1 < scalars.count && scalars[index].properties.isUppercase
      && scalars[index + 1] == "."
    {
      initials += 1
      index += 2
      while index < scalars.count && TextScan.isSpace(scalars[index]) { index += 1 }
    }
    guard initials > 0, index < scalars.count, scalars[index].properties.isUppercase else {
      return nil
    }
    var end = index + 1
    while end < scalars.count
      && (scalars[end].properties.isLowercase || scalars[end] == "-")
    {
      end += 1
    }
    // The line goes on in lower case or after a comma: "U.S. Embassy Djibouti" is no name.
    var next = end
    while next < scalars.count && TextScan.isSpace(scalars[next]) { next += 1 }
    guard end - index >= 3,
      next == scalars.count || scalars[next] == "," || scalars[next].properties.isLowercase
        || (within && !startsCapitalizedWord(scalars[next...]))
    else { return nil }
    return TextScan.string(scalars[..<end])
  }

  /// Whether a speaker field is a person's name, with an office after a comma or not:
  /// two to five capitalized words, none a function word or an office.
  func isName(_ text: String) -> Bool {
    let name = text.split(separator: ",", maxSplits: 1).first.map(String.init) ?? text
    let words = TextScan.words(name)
    return (2...5).contains(words.count)
      && words.allSatisfy {
        $0.first?.isUppercase == true && !vocabulary.isStopWord(WordKey.key($0))
          && vocabulary.offices.match([WordKey.key($0)], at: 0) == 0
      }
  }

  /// Whether a speaker is only offices, function words and the acronym of an organization
  /// ("Генерального секретаря", "главы РСР", "Director of WHO"): an acronym names no one.
  func isOfficeOnly(_ speaker: String) -> Bool {
    let words = TextScan.words(TextScan.prefix(speaker, 200))
    let keys = words.map { WordKey.key($0) }
    var index = 0
    var office = false
    while index < keys.count {
      let length = vocabulary.offices.match(keys, at: index)
      office = office || length > 0
      guard length > 0 || vocabulary.isStopWord(keys[index]) || Self.isAcronym(words[index])
      else { return false }
      index += max(length, 1)
    }
    return office
  }

  /// Whether a word is an organization's acronym: two to six capitals, no lower case.
  static func isAcronym(_ word: String) -> Bool {
    (2...6).contains(word.count) && word.allSatisfy { $0.isUppercase }
  }

  /// Whether a speaker field names a person after its honorifics, offices and articles ("M.
  /// le professeur Jaques COURVOISIER", "академика В.А.Садовничего"): a name of two to five
  /// capitalized words follows them.
  func namesPerson(_ text: String) -> Bool {
    if isName(text) { return true }
    let words = TextScan.words(TextScan.prefix(text, 200))
    let keys = words.map { WordKey.key($0) }
    var index = 0
    while index < keys.count {
      let length = max(
        vocabulary.offices.match(keys, at: index), vocabulary.honorifics.match(keys, at: index))
      guard length > 0 || vocabulary.isStopWord(keys[index]) else { break }
      index += max(length, 1)
    }
    guard index > 0, index < words.count else { return false }
    // The name's capitalized words; a date or an occasion may follow on the wrapped line.
    let name = words[index...].prefix { $0.first?.isUppercase == true }
    return isName(name.joined(separator: " "))
  }

  /// The words' first six letters, folded, with their ranges (inflections aside: "секретаря"
  /// and "секретарь" share "секрет").
  private static func stems(_ text: String) -> [(stem: String, range: Range<Int>)] {
    HeaderParser.wordRanges(text).map { word in
      let folded = word.word.folding(
        options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      return (String(folded.prefix(6)), word.range)
    }
  }

  /// The office and the capitalized words (a name, up to four) right after it in `text`. A
  /// line in capitals names no one by its capitals ("SECRETARY-GENERAL’S TOAST AT …").
  private func name(
    after office: [(stem: String, range: Range<Int>)], in text: String
  )
    -> String?
  {
    let words = Self.stems(text)
    let scalars = TextScan.scalars(text)
    let stems = office.map(\.stem)
    let letters = scalars.filter(\.properties.isAlphabetic)
    let capitals = letters.filter(\.properties.isUppercase).count
    guard words.count > office.count, capitals * 10 < letters.count * 7 else { return nil }
    for start in 0...(words.count - office.count)
    where words[start..<(start + office.count)].map(\.stem) == stems {
      var end = start + office.count
      while end < words.count, end - start - office.count < 4 {
        let range = words[end].range
        let gap = scalars[words[end - 1].range.upperBound..<range.lowerBound]
        let key = WordKey.key(TextScan.string(scalars[range]))
        let header =
          vocabulary.titles.match([key], at: 0) > 0 || vocabulary.events.match([key], at: 0) > 0
          || vocabulary.offices.match([key], at: 0) > 0
        let capital = scalars[range.lowerBound].properties.isUppercase && range.count > 1
        guard gap.elementsEqual(["-"]) || (capital && !header) else { break }
        end += 1
      }
      guard end > start + office.count else { continue }
      let span = words[start].range.lowerBound..<words[end - 1].range.upperBound
      return Self.cleaned(TextScan.string(scalars[span]))
    }
    return nil
  }

  /// The name of a known fact that the text repeats, if any.
  func repeatedFact(_ text: String) -> String? {
    let facts: [(String, String?)] = [
      ("title", metadata.title), ("speaker", metadata.speaker), ("event", metadata.event),
    ]
    for (name, value) in facts {
      if let value, TextScan.overlap(text, value) >= Self.repeatOverlap { return name }
    }
    return nil
  }

  /// The year a header line opens with, when the header states no date ("2017 Friendship
  /// Night"), or that ends it after a dash or comma ("… اليوم الوطني لدولة قطر - 2020"): a
  /// year inside a line ("Agenda 2030") names a plan, not the day of the address.
  static func year(_ lines: [SourceLine]) -> String? {
    for line in lines {
      guard let first = TextScan.words(TextScan.prefix(line.text, 40)).first,
        first.count == 4, first.allSatisfy(\.isASCII), let year = Int(first),
        (1900...2099).contains(year)
      else { continue }
      return first
    }
    return lines.lazy.compactMap { LineShape.trailingYear($0.text) }.first
  }

  /// The text without separators at its ends and with single spaces.
  static func cleaned(_ text: String) -> String {
    let separators: Set<Character> = [",", ";", "|", "-", "\u{2013}", "\u{2014}", ":", "/", "."]
    let words = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    var result = Substring(words)
    while let first = result.first, separators.contains(first) || first.isWhitespace {
      result = result.dropFirst()
    }
    // Doubled brackets set a heading off ("((كلمة … الجزائر))"): never one of its words.
    while result.hasPrefix("((") { result = result.dropFirst(2).drop(while: \.isWhitespace) }
    while result.hasSuffix("))") {
      result = result.dropLast(2)
      while result.last?.isWhitespace == true { result = result.dropLast() }
    }
    while let last = result.last, separators.contains(last) || last.isWhitespace {
      // Keep the full stop of an abbreviation or initial ("Ltd.", "J.").
      if last == ".", result.dropLast().last?.isLetter == true,
        result.split(separator: " ").last.map({ $0.count <= 4 }) == true
      {
        break
      }
      result = result.dropLast()
    }
    return String(result)
  }
}

/// The shapes of a person named in a headline without an honorific: a name after the title,
/// an office or honorific inside a run of Chinese.
extension HeaderParser {
  /// Whether a title's piece goes on with a person's name and nothing else ("Discours de
  /// Kirom Mukal", "Выступление Невина Тубрусова"): two to four capitalized words, none a
  /// function word or a header word (the caller sees that no locative joins them to the
  /// title: "Arrival Statement at Qasvik Harbour" names a place). A script without capitals marks no name: there, the
  /// name is two to four words before an office word ("خطاب سومول ساتيس وزير خارجية …").
  func namesPerson(_ text: String, _ keys: [String], from next: Int) -> Bool {
    let words = TextScan.words(text)
    guard words.count == keys.count, next < keys.count else { return false }
    func plain(_ index: Int) -> Bool {
      let key = [keys[index]]
      return !vocabulary.isStopWord(keys[index]) && vocabulary.titles.match(key, at: 0) == 0
        && vocabulary.offices.match(key, at: 0) == 0 && vocabulary.events.match(key, at: 0) == 0
    }
    guard let first = words[next].unicodeScalars.first else { return false }
    if first.properties.isUppercase {
      return (2...4).contains(keys.count - next)
        && (next..<keys.count).allSatisfy {
          words[$0].unicodeScalars.first?.properties.isUppercase == true && plain($0)
        }
    }
    guard !first.properties.isLowercase, keys.count > next + 2,
      let office = (next + 2..<min(keys.count, next + 5)).first(where: {
        vocabulary.offices.match(keys, at: $0) > 0
      })
    else { return false }
    return (next..<office).allSatisfy(plain)
  }

  /// Whether a run of letters names an office, or a person by an honorific after the name:
  /// an office word ends one of its beginnings ("多亚瓦共和国总统" of "多亚瓦共和国总统柯暄澈先生").
  func namesOffice(_ head: ArraySlice<Character>) -> Bool {
    guard head.count <= HeaderParser.longestUnspacedSpeaker + 4 else { return false }
    if vocabulary.honorifics.containsAny(WordKey.keys(String(head))) { return true }
    return (2...head.count).contains { end in
      vocabulary.offices.containsAny(WordKey.keys(String(head.prefix(end))))
    }
  }

  /// The person a run of Chinese names by an honorific right before the title that ends it
  /// ("维达商会主席林墨先生致辞"): the speaker is the run up to the honorific, the title the
  /// rest; nil for any other run.
  func honorificSpeaker(_ run: [Character]) -> [HeaderField]? {
    guard run.count <= Self.longestUnspacedSpeaker + 8 else { return nil }
    for end in stride(from: run.count - 1, through: 3, by: -1) {
      let title = [WordKey.key(String(run[end...]))]
      guard vocabulary.titles.match(title, at: 0) > 0 else { continue }
      let head = String(run[..<end])
      guard vocabulary.honorifics.match([WordKey.key(head)], at: 0) > 0 else { return nil }
      return [
        HeaderField(kind: .speaker, text: head),
        HeaderField(kind: .title, text: String(run[end...])),
      ]
    }
    return nil
  }
}
