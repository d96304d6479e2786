/// Header lines that a label opens ("Date: 5 March 2021", "Lieu : Lyon"), and labels printed
/// alone on their line with the value on the next one, as a page's table of fields is copied:
/// "Speaker:" / "Lazăr Comănescu, ministre des Affaires étrangères".
extension HeaderReader {
  /// A "Label: value" line whose label names a fact.
  func labelStatement(_ line: SourceLine) -> Statement? {
    guard let label = vocabulary.label(line.text) else { return nil }
    return statement(label.fact, value: label.value, lines: [line])
  }

  /// A label alone on `label`'s line stating the fact of `value`'s line; nil when the label
  /// names no fact, or the value is not of the fact's form (a date that is no date).
  func labelStatement(_ label: SourceLine, value: SourceLine) -> Statement? {
    guard let named = vocabulary.label(label.text), named.value.isEmpty,
      vocabulary.label(value.text) == nil
    else { return nil }
    return statement(named.fact, value: value.text, lines: [label, value])
  }

  /// Whether a line is a label that names a fact and nothing else ("Date:", "Location :").
  func isLabelAlone(_ line: SourceLine) -> Bool {
    guard let label = vocabulary.label(line.text) else { return false }
    return label.value.isEmpty && HeaderField.Kind(rawValue: label.fact) != nil
  }

  private func statement(_ fact: String, value: String, lines: [SourceLine]) -> Statement? {
    guard fact != "-", let kind = HeaderField.Kind(rawValue: fact), !value.isEmpty else {
      return nil
    }
    var field = HeaderField(kind: kind, text: value)
    if kind == .date {
      guard let found = vocabulary.dates.find(in: value) else { return nil }
      field.date = found
      field.text = found.text
    }
    return Statement(lines: lines, fields: [field])
  }

  /// The line as a statement if it states a fact by its shape (a date, a place, a person
  /// with an office), nil if it is words of another kind.
  func factStatement(_ line: SourceLine) -> Statement? {
    let fields = parser.fields(line.text)
    let facts: Set<HeaderField.Kind> = [.date, .place, .maybePlace, .speaker, .office]
    // A place by its shape is a proper name: capitalized words (a script without capitals
    // gives no such sign: "주한외교단 초청 리셉션 연설" is a title).
    func capitalized(_ field: HeaderField) -> Bool {
      TextScan.words(field.text).allSatisfy { $0.first?.isUppercase == true }
    }
    // A headline in the page's other language that names its speaker states who speaks
    // ("维达商会主席林墨先生致辞" above an English address); its title word is not the
    // address's title, which an intro in the address's language would read.
    let named = fields.contains { $0.kind == .speaker }
    guard fields.contains(where: { facts.contains($0.kind) }),
      fields.allSatisfy({
        (facts.contains($0.kind) && ($0.kind != .maybePlace || capitalized($0)))
          || $0.kind == .connective || (named && $0.kind == .title)
      })
    else { return nil }
    return Statement(lines: [line], fields: fields.filter { $0.kind != .title })
  }
}

extension HeaderReader {
  /// The headline: the first statement with a title, or a header run into the address. A
  /// title word alone in a short line ("QBP speech", "Discours") over a statement that has
  /// a title and names its speaker ("Speech by H.E. …") labels the page: the statement under
  /// it is the headline, and the label repeats its title.
  static func headline(_ statements: [Statement]) -> Int? {
    func titled(_ index: Int) -> Bool {
      statements.indices.contains(index) && statements[index].fields.contains { $0.kind == .title }
    }
    guard let first = statements.indices.first(where: titled) else {
      return statements.indices.last { statements[$0].fragment }
    }
    let label =
      statements[first].fields.allSatisfy { $0.kind == .title }
      && statements[first].lines.count == 1
      && TextScan.wordCount(statements[first].lines[0].text, limit: 4) <= 3
    let next = first + 1
    guard label, titled(next), statements[next].fields.contains(where: { $0.kind == .speaker })
    else { return first }
    return next
  }
}

/// Marks around a headline that state no fact: a page section's name before it, a media mark
/// or a reporter's announcement of the text after it.
extension HeaderParser {
  /// A page section's name before a colon over the headline ("Dokumentation: Merkels erste
  /// Ansprache"): one capitalized word that is no header word, and a title after it.
  func kicker(_ text: String) -> (label: String, rest: String)? {
    guard let colon = TextScan.prefix(text, 40).firstIndex(of: ":") else { return nil }
    let label = String(text[..<colon])
    let rest = TextScan.trimmed(String(text[text.index(after: colon)...]))
    let words = TextScan.words(label)
    guard words.count == 1, let word = words.first,
      word.unicodeScalars.first?.properties.isUppercase == true,
      vocabulary.titles.containsAny(WordKey.keys(TextScan.prefix(rest, 200)))
    else { return nil }
    let key = [WordKey.key(word)]
    let header =
      vocabulary.titles.match(key, at: 0) + vocabulary.offices.match(key, at: 0)
      + vocabulary.honorifics.match(key, at: 0)
    return header == 0 ? (label + ":", rest) : nil
  }

  /// A site's stored date stamp before a headline, a date label without a colon and a year and
  /// month in digits ("date 2022-10 Message du …", "posted 2019-04-02 …"): the page's filing,
  /// not the address's date, which the headline states in words if at all.
  func stamp(_ text: String) -> (label: String, rest: String)? {
    let words = text.split(separator: " ", maxSplits: 2)
    guard words.count == 3,
      ["date", "posted"].contains(vocabulary.labels[[WordKey.key(String(words[0]))]]),
      Self.isNumericStamp(words[1])
    else { return nil }
    let rest = TextScan.trimmed(String(words[2]))
    return rest.isEmpty ? nil : (words[0] + " " + words[1], rest)
  }

  /// Whether a word is a year and month in digits, with or without the day ("2022-10",
  /// "2019-04-02"), as sites store dates.
  static func isNumericStamp(_ word: Substring) -> Bool {
    let parts = word.split(separator: "-", omittingEmptySubsequences: false)
    guard (2...3).contains(parts.count), parts[0].count == 4,
      parts.dropFirst().allSatisfy({ $0.count == 2 })
    else { return false }
    return parts.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
  }

  /// A few words in lower case in brackets that end a headline mark the page's media, not a
  /// fact ("… народам (видео)", "… (photos)", "… (with photos)"); a name in brackets
  /// ("Kigali (Rwanda)") stays. A script without capitals gives no such sign: its marks are
  /// the language files' (`[furniture-media-marks]`: "…致辞(附图)").
  func mediaMark(_ text: String) -> (rest: String, mark: String)? {
    guard text.hasSuffix(")") || text.hasSuffix("\u{FF09}"),
      let open = text.lastIndex(where: { $0 == "(" || $0 == "\u{FF08}" })
    else { return nil }
    let mark = String(text[open...])
    let words = TextScan.words(mark)
    let keys = words.map { WordKey.key($0) }
    guard (1...3).contains(words.count), mark.count <= 24,
      words.allSatisfy({ $0.unicodeScalars.allSatisfy(\.properties.isLowercase) })
        || vocabulary.mediaMarks.match(keys, at: 0) == keys.count
    else { return nil }
    let rest = TextScan.trimmed(String(text[..<open]))
    return rest.isEmpty ? nil : (rest, mark)
  }

  /// The most words of an announcement that ends a reporter's headline-long lead.
  static let longestTrailingAnnouncement = 8

  /// A reporter's words that end a lead written as one header line by announcing the text
  /// below it (`[lead-announcements]`: "… كلمة في افتتاح … والتي جاءت على النحو التالي:"):
  /// they state no fact, and the occasion before them ends where they start.
  func trailingAnnouncement(_ text: String) -> (rest: String, mark: String)? {
    guard LineShape.lastMark(text) == ":" else { return nil }
    let words = Self.wordRanges(text)
    let keys = words.map { WordKey.key($0.word) }
    let first = max(1, keys.count - Self.longestTrailingAnnouncement)
    guard first < keys.count,
      let start = (first..<keys.count).first(where: {
        vocabulary.announcements.match(keys, at: $0) == keys.count - $0
      })
    else { return nil }
    let scalars = TextScan.scalars(text)
    let cut = words[start].range.lowerBound
    let rest = TextScan.trimmed(TextScan.string(scalars[..<cut]))
    return rest.isEmpty ? nil : (rest, TextScan.string(scalars[cut...]))
  }
}
