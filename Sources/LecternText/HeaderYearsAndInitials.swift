/// Two shapes of a headline's person that its words alone would misread: a year run into the
/// office that ends it ("Les vœux du maire 2017" dates the headline, it is no part of the
/// person), and a name written as initials and a surname right after the title
/// ("Поздравление А.Б.Варнхольта …", "Address of D. Varnholt …"), whose first initial would
/// be read as a function word and whose words after it need not be capitalized.
extension HeaderParser {
  /// A year alone, as a headline runs it into its words: four digits from 1900 to 2099.
  static func isYear(_ text: String) -> Bool {
    guard text.count == 4, text.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text)
    else { return false }
    return (1900...2099).contains(value)
  }

  /// The year a title opens with, as its date ("2031 Address", "2031 Budget Speech"): only
  /// a year right before a title word, for a year before another word names something
  /// ("2030 Agenda").
  static func leadingYear(_ title: String, _ vocabulary: StructureVocabulary) -> String? {
    // A title in a script without spaces runs its year in: "2017年新春致辞".
    let digits = title.prefix { $0.isASCII && $0.isNumber }
    let rest = title.dropFirst(digits.count)
    if digits.count == 4, isYear(String(digits)),
      let next = rest.unicodeScalars.first, Script(of: next).isUnspaced,
      vocabulary.titles.containsAny(WordKey.keys(String(rest)))
    {
      return String(digits)
    }
    let words = TextScan.words(TextScan.prefix(title, 200))
    guard words.count >= 2, let year = words.first, isYear(year), title.hasPrefix(year),
      vocabulary.titles.match(WordKey.keys(title), at: 1) > 0
    else { return nil }
    return year
  }

  /// A name run into a year ("Brennack4Trade 2014", "Dorvel Fair 2031"): one to three
  /// capitalized words and the year, the way an occasion prints its edition.
  static func isNamedYear(_ text: String) -> Bool {
    let words = TextScan.words(TextScan.prefix(text, 80))
    guard (2...4).contains(words.count), let year = words.last, isYear(year) else {
      return false
    }
    return words.dropLast().allSatisfy { $0.first?.isUppercase == true }
  }

  /// The field, or the person it states and the year run into its office after it: only
  /// after an office word, for a year after a name names something ("Agenda 2030"). An
  /// occasion's year ends its event too ("the National Day 2031", "اليوم الوطني 2031م").
  func splitTrailingYear(_ field: HeaderField) -> [HeaderField] {
    // An edition's name ("Dorvel Fair 2031") keeps its year: it heads an address list.
    if field.kind == .event {
      return Self.isNamedYear(field.text) ? [field] : splitEventYear(field)
    }
    guard field.kind == .speaker || field.kind == .office else { return [field] }
    let words = TextScan.words(TextScan.prefix(field.text, 200))
    guard words.count >= 2, let year = words.last, Self.isYear(year),
      field.text.hasSuffix(year),
      vocabulary.offices.match([WordKey.key(words[words.count - 2])], at: 0) > 0
    else { return [field] }
    var person = field
    person.text = TextScan.trimmed(String(field.text.dropLast(year.count)))
    return [person, HeaderField(kind: .date, text: year)]
  }

  /// An event and the year that ends it, its calendar's mark aside ("2031م"): the edition
  /// of an occasion the headline names by an event word ("National Day", "اليوم الوطني") is
  /// the address's year. A year after a name alone names something ("Agenda 2030").
  private func splitEventYear(_ field: HeaderField) -> [HeaderField] {
    let words = TextScan.words(TextScan.prefix(field.text, 200))
    guard words.count >= 2, let last = words.last, field.text.hasSuffix(last) else {
      return [field]
    }
    let trailer = vocabulary.dates.vocabulary.trailers.first {
      last.hasSuffix($0) && last.count > $0.count
    }
    let year = trailer.map { String(last.dropLast($0.count)) } ?? last
    let before = String(field.text.dropLast(last.count))
    guard Self.isYear(year), vocabulary.events.containsAny(WordKey.keys(before)) else {
      return [field]
    }
    var event = field
    event.text = TextScan.trimmed(before)
    return [event, HeaderField(kind: .date, text: year)]
  }

  /// The title and the person it names by initials and a surname right after it (function
  /// words between them aside), then what follows the name: the occasion ("… с 95-летием");
  /// nil for any other shape.
  func titleThenInitials(_ text: String, _ keys: [String], title length: Int) -> [HeaderField]? {
    let words = Self.wordRanges(text)
    guard words.count == keys.count, length < words.count else { return nil }
    let scalars = TextScan.scalars(text)
    var start = length
    while start < words.count && start - length <= 2 {
      let from = words[start].range.lowerBound
      // "M. Tahirou …": an honorific's abbreviation is no initial.
      if vocabulary.honorifics.match(keys, at: start) > 0 { return nil }
      if let name = HeaderReader.initialsAndSurname(TextScan.string(scalars[from...]), within: true)
      {
        let title = TextScan.string(scalars[..<words[length - 1].range.upperBound])
        let end = from + name.unicodeScalars.count
        let rest = HeaderReader.cleaned(TextScan.string(scalars[end...]))
        var fields = [
          HeaderField(kind: .title, text: title), HeaderField(kind: .speaker, text: name),
        ]
        if !rest.isEmpty { fields.append(HeaderField(kind: .event, text: rest)) }
        return fields
      }
      guard vocabulary.isStopWord(keys[start]) else { return nil }
      start += 1
    }
    return nil
  }
}

extension HeaderReader {
  /// A date field without a whole date: a year run into a headline's words dates the address
  /// while no line states a date; a day and a month without a year (the structure reader
  /// dates the address with it when no line states a whole date) repeats what is known.
  mutating func undatedFact(_ text: String) -> FactResult {
    if date == nil && metadata.date == nil && HeaderParser.isYear(text) {
      metadata.date = text
      return .new
    }
    return text.isEmpty ? .different : .repeated
  }

  /// Whether the letters open a capitalized word ("Embassy"), not an acronym ("СПб", "TPP")
  /// or a word in lower case.
  static func startsCapitalizedWord(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    guard let first = scalars.first, first.properties.isUppercase else { return false }
    let second = scalars.dropFirst().first
    return second?.properties.isLowercase == true
  }
}

extension HeaderParser {
  /// The year of a graduating class or an edition that a header line names (`[header-cohorts]`:
  /// "Class of 2031", "Promoción 2031", "دفعة 2031"): an address to the class is given in its
  /// year. Nil when no line names one.
  func cohortYear(_ lines: [SourceLine]) -> String? {
    for line in lines {
      let keys = WordKey.keys(TextScan.prefix(line.text, 200))
      for start in keys.indices {
        let length = vocabulary.cohorts.match(keys, at: start)
        if length > 0, start + length < keys.count, Self.isYear(keys[start + length]) {
          return keys[start + length]
        }
      }
    }
    return nil
  }

  /// A person's name with a middle initial, alone on its line ("Richard F. Wilson", "Ana M. de
  /// Lima"): given names, one or two initials with their stops, a surname. Places and
  /// organizations are not written so, so the line names the speaker without an office or an
  /// honorific, which a bare name line ("Ana Lima") needs.
  static func isInitialedName(_ text: String) -> Bool {
    let tokens = text.split(separator: " ")
    guard (3...6).contains(tokens.count), let first = tokens.first, let last = tokens.last,
      isNameWord(first), isNameWord(last)
    else { return false }
    let inner = tokens.dropFirst().dropLast()
    // A particle of a surname stays in lower case ("de", "van").
    let particle = { (word: Substring) in word.count <= 3 && word.allSatisfy(\.isLowercase) }
    return (1...2).contains(inner.filter(isInitial).count)
      && inner.allSatisfy { isInitial($0) || isNameWord($0) || particle($0) }
  }

  /// A capitalized word of letters, two or more ("Wilson", "O’Neil", "Jean-Luc").
  private static func isNameWord(_ word: Substring) -> Bool {
    guard word.count >= 2, let first = word.first, first.isUppercase else { return false }
    return word.allSatisfy { $0.isLetter || "-’'".contains($0) }
      && word.dropFirst().contains(where: \.isLowercase)
  }

  /// One capital letter and its stop ("F.").
  private static func isInitial(_ word: Substring) -> Bool {
    word.count == 2 && word.first?.isUppercase == true && word.last == "."
  }
}
