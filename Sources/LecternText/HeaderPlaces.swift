/// Where a header states its place: a capitalized piece next to a date, the last pieces of a
/// headline, or the words after a locative word (`[header-in]`) that ends a title or an event
/// ("… Convention at Bengaluru on 8 January 2017", "Arrival Statement at Incheon Airport",
/// "Выступление в Кремле"). A name alone is never taken for a place.
extension HeaderParser {
  /// Title and event fields that end with a locative word and a place, split in two, when
  /// they stand before a date or a connective or end the statement.
  func trailingPlaces(_ fields: [HeaderField]) -> [HeaderField] {
    var result: [HeaderField] = []
    for (index, field) in fields.enumerated() {
      let next = fields.indices.contains(index + 1) ? fields[index + 1].kind : nil
      guard [.title, .event, .subject].contains(field.kind), !field.themed,
        next == nil || next == .date || next == .connective,
        let (rest, place) = splitPlace(field.text)
      else {
        result.append(field)
        continue
      }
      result.append(HeaderField(kind: field.kind, text: rest))
      result.append(HeaderField(kind: .place, text: place))
    }
    return result
  }

  /// "… Convention at Bengaluru on" → ("… Convention", "Bengaluru"): up to four capitalized
  /// words after a locative word, at the end of the text (a joining word before a date aside),
  /// or a building's name after one (``venueStart(_:capitalsFrom:)``), without its article.
  /// Only in scripts with capitals: without them nothing marks where a name starts.
  func splitPlace(_ text: String) -> (rest: String, place: String)? {
    var words = Self.wordRanges(text)
    while let last = words.last, last.word.first?.isLowercase == true,
      vocabulary.isStopWord(WordKey.key(last.word))
    {
      words.removeLast()
    }
    var start = words.count
    while start > 0, words.count - start < 4,
      words[start - 1].word.unicodeScalars.first?.properties.isUppercase == true
    {
      start -= 1
    }
    guard start < words.count else { return nil }
    let venue = vocabulary.locatives.match([WordKey.key(words[max(0, start - 1)].word)], at: 0) == 0
    if venue { start = venueStart(words, capitalsFrom: start) ?? 0 }
    // A locative after a function word is another word of the same spelling: "sobre a Água"
    // holds the Portuguese article "a", not the French "à".
    guard start >= 2,
      vocabulary.locatives.match([WordKey.key(words[start - 1].word)], at: 0) > 0,
      !(words[start - 2].word.first?.isLowercase == true
        && vocabulary.isStopWord(WordKey.key(words[start - 2].word)))
    else { return nil }
    var first = start
    while venue, first + 1 < words.count, words[first].word.first?.isLowercase == true,
      vocabulary.isStopWord(WordKey.key(words[first].word))
    {
      first += 1
    }
    let scalars = TextScan.scalars(text)
    let end = Self.closingEnd(scalars, after: words[words.count - 1].range.upperBound)
    let place = TextScan.string(scalars[words[first].range.lowerBound..<end])
    guard isPlaceShaped(place, venue: venue) else { return nil }
    let rest = TextScan.string(scalars[..<words[start - 1].range.lowerBound])
    return (HeaderReader.cleaned(rest), place)
  }

  /// Where a building's name starts after its locative, when words written small stand
  /// between them and the capitalized words that end the text: "в Колонном зале Дома
  /// Союзов", "in the Great Hall of the Kremlin". One of the words must name a building
  /// (`[header-venues]`): "in the Middle East" is part of a conference's name. Nil when no
  /// locative is found within five words.
  private func venueStart(
    _ words: [(word: String, range: Range<Int>)], capitalsFrom start: Int
  ) -> Int? {
    var index = start
    var building = words[start...].contains {
      vocabulary.venues.containsAny([WordKey.key($0.word)])
    }
    while index > 1, start - index < 5 {
      let word = words[index - 1].word
      let key = WordKey.key(word)
      if vocabulary.locatives.match([key], at: 0) > 0 { break }
      let venue = vocabulary.venues.containsAny([key])
      guard Self.isCapitalized(word) || vocabulary.isStopWord(key) || venue else { return nil }
      building = building || venue
      index -= 1
    }
    guard building, index > 1, index < start,
      vocabulary.locatives.match([WordKey.key(words[index - 1].word)], at: 0) > 0
    else { return nil }
    return index
  }

  /// Whether the place-shaped field at `index` ends a statement whose last other field, before
  /// the places, is a title or an event.
  static func endsHeadline(_ fields: [HeaderField], _ index: Int) -> Bool {
    let after = fields[(index + 1)...]
    guard after.allSatisfy({ [.maybePlace, .place].contains($0.kind) }) else { return false }
    let before = fields[..<index].last { ![.maybePlace, .place, .connective].contains($0.kind) }
    return before.map { [.title, .event].contains($0.kind) } ?? false
  }

  /// One to four words, capitalized where the script has capitals (a joining word such as
  /// "de" or "upon" aside), and none of them a header word: "Moscow, Russia", "SANTIAGO",
  /// "Kigali (Rwanda)", "Stratford-upon-Avon".
  /// A building the address is given in (`[header-venues]`), capitalized, with no title or
  /// occasion word: place-shaped even when it names its owner's office ("British High
  /// Commissioner’s Residence").
  func isVenue(_ text: String, _ keys: [String]) -> Bool {
    vocabulary.venues.containsAny(keys) && isPlaceShaped(text, venue: true)
  }

  /// `venue`: the text names a building, so an office or an honorific in it names the
  /// building's owner, not a person speaking.
  func isPlaceShaped(_ text: String, venue: Bool = false) -> Bool {
    let words = TextScan.words(text)
    // A name joined by hyphens or apostrophes is one name: "Saint-Cyr-au-Mont-d’Or".
    let names = Self.spacedNames(text)
    guard (1...5).contains(names.count),
      !text.unicodeScalars.contains(where: { DateTokens.digit($0) != nil })
    else { return false }
    let keys = words.map { WordKey.key($0) }
    let person =
      !venue && (vocabulary.offices.containsAny(keys) || vocabulary.honorifics.containsAny(keys))
    if person || vocabulary.titles.containsAny(keys) || vocabulary.events.containsAny(keys)
      // A field label is no place: "时间" of "中国安防资质网 时间:2017/9/27" names the stamp.
      || keys.contains(where: { vocabulary.labels[[$0]] != nil })
      // Nor is a reporter's announcement ("…致辞，全文如下："), or a site's section.
      || vocabulary.announcements.containsAny(keys) || vocabulary.isSection(keys)
    {
      return false
    }
    let capitalized = words.filter { word in
      guard let first = word.unicodeScalars.first else { return false }
      return first.properties.isUppercase || !first.properties.isLowercase
    }
    return capitalized.count * 2 > words.count - joiningWords(words)
      && words.first.map(Self.isCapitalized) == true
  }

  /// How many small function words join capitalized words of a name ("Puertollano de la
  /// Vega", "Frankfurt am Main"): the name's own words decide its shape. One at an edge, or
  /// before a word written small, joins nothing ("Paris le", "Kigali (Rwanda) me ème").
  private func joiningWords(_ words: [String]) -> Int {
    var count = 0
    var run = 0
    for word in words.dropFirst() {
      if word.first?.isLowercase == true && vocabulary.isStopWord(WordKey.key(word)) {
        run += 1
      } else {
        if Self.isCapitalized(word) { count += run }
        run = 0
      }
    }
    return count
  }

  /// The text's names as spaces separate them, each with a letter or digit: words a hyphen or
  /// an apostrophe joins count once.
  static func spacedNames(_ text: String) -> [Substring] {
    text.split(whereSeparator: \.isWhitespace).filter { token in
      token.unicodeScalars.contains(where: TextScan.isWordCharacter)
    }
  }

  private static func isCapitalized(_ word: String) -> Bool {
    guard let first = word.unicodeScalars.first else { return false }
    return first.properties.isUppercase || !first.properties.isLowercase
  }

  /// The text without stop words at its ends ("le" in "Paris le", "in" in "in Moscow").
  static func withoutEdgeStopWords(_ text: String, _ vocabulary: StructureVocabulary) -> String {
    var words = wordRanges(text)
    while let last = words.last, words.count > 1, last.word.count <= 3,
      last.word.first?.isLowercase == true, vocabulary.isStopWord(WordKey.key(last.word))
    {
      words.removeLast()
    }
    while let first = words.first, words.count > 1, first.word.count <= 3,
      first.word.first?.isLowercase == true, vocabulary.isStopWord(WordKey.key(first.word))
    {
      words.removeFirst()
    }
    guard let first = words.first, let last = words.last else { return text }
    let scalars = TextScan.scalars(text)
    let end = min(scalars.count, Self.closingEnd(scalars, after: last.range.upperBound))
    return TextScan.string(scalars[first.range.lowerBound..<end])
  }

  /// The text before a date without the one-word connective that ends it ("… Synod Meeting
  /// on" before "4 May 2031", "… MEETING ON", "الرباط في"): the preposition is the date's, and a field
  /// that keeps it is spoken dangling ("The Synod Meeting on.").
  func withoutDatePreposition(_ text: String) -> String {
    let words = Self.wordRanges(text)
    guard words.count > 1, let last = words.last, last.word.count <= 3 else { return text }
    let key = [WordKey.key(last.word)]
    guard
      vocabulary.about.match(key, at: 0) == 1 || vocabulary.at.match(key, at: 0) == 1
        || vocabulary.locatives.match(key, at: 0) == 1,
      TextScan.scalars(text)[last.range.upperBound...].allSatisfy(TextScan.isSpace)
    else { return text }
    return TextScan.string(TextScan.scalars(text)[..<last.range.lowerBound])
  }

  /// Past a closing bracket right after a word ("(Rwanda)").
  private static func closingEnd(_ s: [Unicode.Scalar], after index: Int) -> Int {
    index < s.count && (s[index] == ")" || s[index] == "]") ? index + 1 : index
  }

  /// Places confirmed: a place-shaped field next to a date (connectives between aside) is a
  /// place; one right after a person and not next to a date is the person's organization;
  /// the last fields after a title or event are where it was given ("Address to the
  /// Diaspora, New York, USA").
  /// Neighbouring places are merged ("The Hague" + "Netherlands").
  func confirmPlaces(_ fields: [HeaderField]) -> [HeaderField] {
    var fields = fields
    for index in fields.indices where fields[index].kind == .maybePlace {
      // "…, الساعة 9:00": the word before a time says "at", it is no place.
      let beforeTime = fields.indices.contains(index + 1) && fields[index + 1].kind == .time
      if Self.nextToDate(fields, index) && !beforeTime {
        fields[index].kind = .place
      } else if fields[index].afterPerson {
        fields[index].kind = .office
      } else if Self.endsHeadline(fields, index) {
        fields[index].kind = .place
      }
    }
    var merged: [HeaderField] = []
    for field in fields {
      if field.kind == .place, !field.opensBracket, let last = merged.last,
        last.kind == .place || last.kind == .maybePlace
      {
        merged[merged.count - 1] = HeaderField(kind: .place, text: last.text + ", " + field.text)
      } else {
        merged.append(field)
      }
    }
    return merged
  }

  private static func nextToDate(_ fields: [HeaderField], _ index: Int) -> Bool {
    // Whether a bracket opens between the field at `at` and the one after it.
    func bracketAfter(_ at: Int) -> Bool {
      fields.indices.contains(at + 1) && fields[at + 1].opensBracket
    }
    for step in [-1, 1] {
      var other = index + step
      var crossed = bracketAfter(step < 0 ? other : index)
      while !crossed, fields.indices.contains(other),
        [.connective, .maybePlace, .place].contains(fields[other].kind)
      {
        other += step
        crossed = bracketAfter(step < 0 ? other : other - 1)
      }
      if !crossed && fields.indices.contains(other) && fields[other].kind == .date { return true }
    }
    return false
  }
}
