/// One field of a header statement and what it states.
struct HeaderField: Sendable, Equatable {
  /// What a field states.
  enum Kind: String, Sendable {
    case title, speaker, office, event, place, date, time, subject
    /// Words that join fields ("by", "par", "lors de"): said by the fields around them.
    case connective
    /// A note about the text or a link ("Seul le prononcé fait foi"): not spoken.
    case note
    /// Letters left over by a layout ("ème", "me" of a superscript): not spoken.
    case debris
    /// A place-shaped field not (yet) known to be a place.
    case maybePlace
    /// Nothing recognized.
    case unknown
  }

  var kind: Kind
  /// The field as written; for a connective, which one: `by`, `at` or `about`.
  var text: String
  /// The date of a `.date` field.
  var date: FoundDate?
  /// A place-shaped field right after a speaker or office: an organization ("INTERPOL")
  /// unless a date follows it (then a place).
  var afterPerson = false
  /// The field opens a bracket ("… ALLIOT, (Paris, 16 novembre 2010)"): what is in the
  /// bracket is next to the bracket's date, what stands before it is not.
  var opensBracket = false
  /// A title with its theme after a colon (``HeaderParser/titleWithTheme(_:)``): the theme's
  /// last words are its own, not a place ("… : Toward a Safer World").
  var themed = false
}

/// Cuts one header statement — a line, or lines wrapped together — into fields and says what
/// each states, in any order and any supported language:
/// "Discours de M. François Mitterrand, Président de la République, lors de la cérémonie …,
/// Paris le 1er juin 1992." → title, speaker, office, connective, event, place, date.
///
/// Dates and times are found first (``DateFinder``); the rest is cut at separators (commas,
/// bars, spaced dashes) and at connectives (`[header-by]`, `[header-at]`, `[header-about]`),
/// then each piece is read by the words it starts with or holds: honorifics and offices make
/// a speaker, title words a title, event words an event; a place is only a capitalized
/// piece next to a date (a name alone is not taken for a place).
struct HeaderParser {
  /// The words of every language.
  let vocabulary: StructureVocabulary
  /// The rules of furniture (notes and links inside a header line).
  let rules: FurnitureRules

  /// The fields of a statement. `afterBy`: the statement follows a lone "by" line; `last`:
  /// the kind of the previous statement's last field (an office may follow a speaker).
  func fields(
    _ text: String, afterBy: Bool = false, last: HeaderField.Kind? = nil
  )
    -> [HeaderField]
  {
    if Self.isDottedName(text) || Self.isInitialedName(text) {
      return [HeaderField(kind: .speaker, text: text)]
    }
    if let venue = venueFields(text, afterBy: afterBy, last: last) { return venue }
    // "18 تموز/يوليه", "10 June": a day and a month alone, a date whose year may be elsewhere.
    if TextScan.wordCount(text, limit: 6) <= 5, !LineShape.endsSentence(text),
      vocabulary.dates.find(in: text) == nil,
      let day = vocabulary.dates.dayAndMonth(in: text), text.hasPrefix(day)
    {
      return [HeaderField(kind: .date, text: day)]
    }
    if let (label, rest) = kicker(text) ?? stamp(text) {
      return [HeaderField(kind: .note, text: label)] + fields(rest, afterBy: afterBy, last: last)
    }
    if let (rest, mark) = mediaMark(text) ?? LineShape.languageLinks(text)
      ?? trailingAnnouncement(text)
    {
      return fields(rest, afterBy: afterBy, last: last) + [HeaderField(kind: .note, text: mark)]
    }
    let scalars = TextScan.scalars(text)
    var fields: [HeaderField] = []
    var cursor = 0
    let stamps =
      vocabulary.dates.dates(in: text).map { ($0.range, HeaderField.Kind.date, Optional($0)) }
      + vocabulary.dates.times(in: text).map { ($0, HeaderField.Kind.time, FoundDate?.none) }
    for (range, kind, date) in stamps.sorted(by: { $0.0.lowerBound < $1.0.lowerBound })
    where range.lowerBound >= cursor {
      // A date in brackets with its place ("… étrangères (Paris, 9 janvier 2026)"): the
      // bracket opens a field of its own.
      var opened: Int?
      if let open = scalars[cursor..<range.lowerBound].lastIndex(of: "("),
        !scalars[open..<range.lowerBound].contains(")")
      {
        fields += pieces(TextScan.string(scalars[cursor..<open]))
        cursor = open + 1
        opened = fields.count
      }
      fields += pieces(withoutDatePreposition(TextScan.string(scalars[cursor..<range.lowerBound])))
      fields.append(HeaderField(kind: kind, text: TextScan.string(scalars[range]), date: date))
      // A bracket of the date alone ("Geneva (5 March 2021)") leaves the place beside it.
      if let opened, opened < fields.count - 1 { fields[opened].opensBracket = true }
      cursor = range.upperBound
    }
    fields += pieces(TextScan.string(scalars[cursor...]))
    return classify(fields, afterBy: afterBy, last: last)
  }

  /// A foreign name written in Chinese or Japanese: two to four runs of letters joined by
  /// middle dots and nothing else ("安东尼奥·古特雷斯", "アントニオ・グテーレス").
  static func isDottedName(_ text: String) -> Bool {
    let parts = text.split(whereSeparator: { "\u{00B7}\u{30FB}\u{2027}\u{FF65}".contains($0) })
    return (2...4).contains(parts.count) && text.count <= 24
      && parts.allSatisfy { part in
        // Ideographs, numerals among them ("伊万"), or kana.
        part.unicodeScalars.allSatisfy {
          $0.properties.isIdeographic || (!$0.isASCII && Script(of: $0) == .kana)
        }
      }
  }

  /// The text cut at separators and connectives; pieces are `.unknown` until classified.
  private func pieces(_ text: String) -> [HeaderField] {
    var result: [HeaderField] = []
    var parts = Self.separated(text)[...]
    while let part = parts.popFirst() {
      if let themed = titleWithTheme(part) {
        result += themed
        continue
      }
      // A subject after an opening verb may be a name and a chain of offices ("ألقى الوزير
      // فلان مدير إدارة … كلمة في …"), or end with a comma before its title word ("ألقى
      // الوزير فلان …، كلمة …"): then the two pieces are read as one.
      var split = subjectOfSpeechVerb(part, longest: Self.longestVerbFirstSubject)
      if split == nil, let next = parts.first,
        let joined = subjectOfSpeechVerb(
          part + " " + next, longest: Self.longestVerbFirstSubject),
        !joined.verbAfter
      {
        split = joined
        parts.removeFirst()
      }
      // A news headline: the speaker, then the speech verb ("… выступил на …"), or the verb
      // first in Arabic ("ألقى الوزير … كلمة …"); what follows is read as any headline's rest.
      if let split {
        result.append(HeaderField(kind: .speaker, text: split.speaker))
        if split.verbAfter { result.append(HeaderField(kind: .connective, text: "spoke")) }
        result += connectives(split.rest)
      } else {
        result += connectives(part)
      }
    }
    return result
  }

  /// Splits at `,` `;` `|` `·` `•` and spaced dashes, outside quotation marks and brackets: a
  /// list in brackets belongs to the piece before it ("Letters of Credence (Spain, Norway)"
  /// names the countries, not the place), as a quotation does.
  static func separated(_ text: String) -> [String] {
    let s = TextScan.scalars(text)
    var parts: [String] = []
    var start = 0
    var quoted = false
    let closes = Self.closedBrackets(s)
    var bracket: Int?  // where the bracket the index is in closes
    for index in s.indices {
      let scalar = s[index]
      if let end = bracket {
        if index == end { bracket = nil }
        continue
      }
      if let end = closes[index] {
        bracket = end
        continue
      }
      if scalar == "\"" || scalar == "\u{201C}" || scalar == "\u{201D}" || scalar == "\u{00AB}"
        || scalar == "\u{00BB}"
      {
        quoted.toggle()
        continue
      }
      if quoted { continue }
      var cut = ",;|\u{00B7}\u{2022}\u{060C}\u{FF0C}".unicodeScalars.contains(scalar)
      if TextScan.isDash(scalar), index > 0, index + 1 < s.count, TextScan.isSpace(s[index - 1]),
        TextScan.isSpace(s[index + 1])
      {
        cut = true
      }
      if cut {
        parts.append(TextScan.string(s[start..<index]))
        start = index + 1
      }
    }
    parts.append(TextScan.string(s[start...]))
    return parts.map(HeaderReader.cleaned).filter { !$0.isEmpty }
  }

  /// Where each opening round or square bracket that is closed on the line closes, by its
  /// offset; an unclosed bracket is left out (the rest of the line is still cut).
  static func closedBrackets(_ s: [Unicode.Scalar]) -> [Int: Int] {
    var result: [Int: Int] = [:]
    var open: [Int] = []
    for (index, scalar) in s.enumerated() {
      if scalar == "(" || scalar == "[" {
        open.append(index)
      } else if scalar == ")" || scalar == "]", let start = open.popLast() {
        result[start] = index
      }
    }
    return result
  }

  /// A piece cut at the connectives it holds: "Speech by X at Y" → Speech, by, X, at, Y.
  ///
  /// An occasion named by a word or two and its reason are one event ("на приеме по случаю
  /// Национального дня", "at the reception on the occasion of …"): a second "at" of several
  /// words, not all small ones, cuts them not ("ante la Asamblea en el 12º período …" does).
  func connectives(_ text: String) -> [HeaderField] {
    let words = Self.wordRanges(text)
    let keys = words.map { WordKey.key($0.word) }
    // A joining word inside the title the words open with joins nothing ("A word from …").
    let openingTitle = vocabulary.titles.match(keys, at: 0)
    var fields: [HeaderField] = []
    var start = 0
    var index = 0
    let scalars = TextScan.scalars(text)
    func emit(_ upTo: Int) {
      guard upTo > start else { return }
      // Quotes and brackets around the first and last words belong to the piece.
      var lower = words[start].range.lowerBound
      while lower > 0
        && (TextScan.isOpener(scalars[lower - 1]) || TextScan.isCloser(scalars[lower - 1]))
      {
        lower -= 1
      }
      var upper = words[upTo - 1].range.upperBound
      while upper < scalars.count && (TextScan.isCloser(scalars[upper]) || scalars[upper] == ".") {
        upper += 1
      }
      fields.append(HeaderField(kind: .unknown, text: TextScan.string(scalars[lower..<upper])))
    }
    var named = false  // whether the piece since `start` follows a "by": a person's name
    while index < keys.count {
      // A word glued by a hyphen to the one before is part of it ("г-на": "на" is no "at").
      if index > 0, case let lower = words[index].range.lowerBound,
        words[index - 1].range.upperBound == lower - 1, scalars[lower - 1] == "-"
      {
        index += 1
        continue
      }
      var count = index < openingTitle ? 0 : byMatch(keys, at: index)
      var kind = "by"
      if count == 0 || !byHolds(keys, index, count) {
        count = vocabulary.at.match(keys, at: index)
        kind = "at"
        if count > 0 && !atHolds(words, keys, index + count, phrase: count)
          && !(named && endsName(words, from: start, at: index, count: count))
        {
          count = 0
        }
      }
      if count == 0 && index > 0 && startsTitle(keys, upTo: start) {
        count = vocabulary.about.match(keys, at: index)
        kind = "about"
      }
      if kind == "at", fields.last?.text == "at", (1...2).contains(index - start),
        count > 1, !keys[index..<(index + count)].allSatisfy({ $0.count <= 3 })
      {
        count = 0
      }
      if count > 0 && index + count < keys.count {
        emit(index)
        fields.append(HeaderField(kind: .connective, text: kind))
        index += count
        start = index
        named = kind == "by"
      } else {
        index += 1
      }
    }
    emit(keys.count)
    if fields.isEmpty, !text.isEmpty { fields.append(HeaderField(kind: .unknown, text: text)) }
    return fields
  }

  /// The words of a text with their scalar ranges.
  static func wordRanges(_ text: String) -> [(word: String, range: Range<Int>)] {
    let s = TextScan.scalars(text)
    var result: [(String, Range<Int>)] = []
    var index = 0
    while index < s.count {
      guard TextScan.isWordCharacter(s[index]) else {
        index += 1
        continue
      }
      let start = index
      while index < s.count
        && (TextScan.isWordCharacter(s[index]) || TextScan.isExtending(s[index]))
      {
        index += 1
      }
      result.append((TextScan.string(s[start..<index]), start..<index))
    }
    return result
  }
}
