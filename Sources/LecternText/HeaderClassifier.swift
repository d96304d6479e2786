/// How ``HeaderParser`` reads each piece of a statement, and where a place is confirmed.
extension HeaderParser {
  /// The pieces classified in order; places confirmed next to dates and merged.
  func classify(
    _ raw: [HeaderField], afterBy: Bool, last previous: HeaderField.Kind?
  )
    -> [HeaderField]
  {
    var result: [HeaderField] = []
    var connective: String? = afterBy ? "by" : nil
    var last = previous
    var inStatement = false  // whether `last` is a field of this statement
    for field in raw {
      defer { inStatement = true }
      switch field.kind {
      case .connective:
        connective = field.text
        result.append(field)
        continue
      case .unknown:
        var read = piece(field.text, after: connective, last: last, inStatement: inStatement)
        if field.opensBracket, !read.isEmpty { read[0].opensBracket = true }
        read = read.flatMap(splitTrailingYear)
        result += read
        if let kind = read.last?.kind, kind != .connective { last = kind }
      default:
        result.append(field)
        last = field.kind
      }
      connective = nil
    }
    return confirmPlaces(trailingPlaces(result))
  }

  /// What one piece states, given the connective before it and the kind of the field before.
  private func piece(
    _ text: String, after connective: String?, last: HeaderField.Kind?, inStatement: Bool
  ) -> [HeaderField] {
    let keys = WordKey.keys(text)
    func field(_ kind: HeaderField.Kind) -> [HeaderField] {
      [HeaderField(kind: kind, text: text)]
    }
    switch connective {
    case "by": return field(.speaker)
    case "at": return withTrailingSpeaker(text, keys, .event) ?? field(.event)
    // After a headline's speech verb: the occasion spoken at ("addressed the Forum …").
    case "spoke" where vocabulary.events.containsAny(keys): return field(.event)
    case "about": return field(.subject)
    default: break
    }
    // Words naming a copy of the address ("Text of the PM’s address", "Full text of
    // Ambassador X’s speech"): the piece is what follows them.
    if let rest = withoutTextOf(text) {
      return piece(rest, after: connective, last: last, inStatement: inStatement)
    }
    if keys.allSatisfy({ $0.count <= 3 && vocabulary.isStopWord($0) }) { return field(.connective) }
    if isDebris(text) { return field(.debris) }
    if rules.isNote(keys, sentence: false) || rules.isLink(keys, sentence: false) {
      return field(.note)
    }
    if vocabulary.honorifics.match(keys, at: 0) > 0 {
      // "Ambassador Sung Kim's Arrival Statement …": the person, then the title.
      return speakerThenTitle(text, keys) ?? field(.speaker)
    }
    if let person = unspacedOfficeAndName(text, keys) { return person }
    if let title = titleThenSpeaker(text, keys) { return title }
    // An office that opens the piece ("Minister of …", "the Chair of …") is an office even
    // when it names an assembly; otherwise event words make an event.
    let officeFirst =
      vocabulary.offices.match(keys, at: 0) > 0
      || (keys.count > 1 && keys[0].count <= 3 && vocabulary.isStopWord(keys[0])
        && vocabulary.offices.match(keys, at: 1) > 0)
    let office = officeFirst || vocabulary.offices.containsAny(keys)
    let event = vocabulary.events.containsAny(keys)
    if last == .speaker || last == .office {
      if officeFirst || (office && !event) { return field(.office) }
      if inStatement && !event && isPlaceShaped(text) && keys.count <= 3 {
        return [HeaderField(kind: .maybePlace, text: text, afterPerson: true)]
      }
    }
    // A building, after what is no person's ("… Chargé d’Affaires, U.S. Embassy" is hers).
    if isVenue(text, keys) { return [HeaderField(kind: .maybePlace, text: text)] }
    if event && !officeFirst { return field(.event) }
    // A title word after the first words makes a headline, not a person ("Merkels erste
    // Ansprache als Kanzlerin").
    if office && !officeFirst && vocabulary.titles.containsAny(keys) { return field(.title) }
    // An office after a word and a function word is the object of a phrase that names an
    // occasion ("Fiesta de Cumpleaños de la Reina en Honduras"), not a person.
    if office && !officeFirst && keys.count >= 3 && !vocabulary.isStopWord(keys[0])
      && vocabulary.isStopWord(keys[1]) && vocabulary.honorifics.match(keys, at: 0) == 0
    {
      return field(.event)
    }
    if office { return field(.speaker) }
    let place = Self.withoutEdgeStopWords(text, vocabulary)
    if isPlaceShaped(place) { return [HeaderField(kind: .maybePlace, text: place)] }
    return Self.isNamedYear(text) ? field(.event) : field(.unknown)
  }

  /// A title, and the speaker it names without a connective: "Discours de M. …",
  /// "Выступление Президента …", "Discurso del Secretario General …".
  private func titleThenSpeaker(_ text: String, _ keys: [String]) -> [HeaderField]? {
    var length = vocabulary.titles.match(keys, at: 0)
    if length == 0 && keys.count > 1 {
      let second = vocabulary.titles.match(keys, at: 1)
      if second > 0 { length = second + 1 }
    }
    // A Chinese headline that ends with its title may name the speaker before a speaking
    // word ("田政務次長出席…致詞稿"): asked before a short title is taken for the whole line.
    guard length > 0 else { return unspacedSpeaker(text, keys) ?? speakerThenTitle(text, keys) }
    if let named = titleThenInitials(text, keys, title: length) { return named }
    // An occasion may qualify the title before its speaker ("Mensaje de Navidad del Dr. …",
    // "Mensaje navideño del Rector …"): the title takes it in.
    if speakerStart(text, keys, after: length) == nil,
      let qualified = occasionEnd(text, keys, after: length),
      speakerStart(text, keys, after: qualified) != nil
    {
      length = qualified
    }
    guard let next = speakerStart(text, keys, after: length) else {
      return withTrailingSpeaker(text, keys, .title) ?? unspacedSpeaker(text, keys)
        ?? [HeaderField(kind: .title, text: text)]
    }
    let words = Self.wordRanges(text)
    let scalars = TextScan.scalars(text)
    let title = TextScan.string(scalars[..<words[length - 1].range.upperBound])
    // "Saludo del canciller X a los uruguayos …": the audience after the person is the
    // title's, not the speaker's ("Saludo a los uruguayos …"); a capital makes it a
    // name's particle ("Haya Rashed Al Khalifa").
    if let to = ((next + 1)..<min(keys.count, next + 6)).first(where: {
      $0 < words.count && vocabulary.to.match(keys, at: $0) > 0
        && words[$0].word.first?.isLowercase == true && !endsOffice(keys, from: next, at: $0)
    }) {
      let speaker = TextScan.string(
        scalars[words[next].range.lowerBound..<words[to - 1].range.upperBound])
      let audience = TextScan.string(scalars[words[to].range.lowerBound...])
      return [
        HeaderField(kind: .title, text: title + " " + audience),
        HeaderField(kind: .speaker, text: speaker),
      ]
    }
    let speaker = TextScan.string(scalars[words[next].range.lowerBound...])
    return [HeaderField(kind: .title, text: title), HeaderField(kind: .speaker, text: speaker)]
  }

  /// Where the speaker a title names without a connective starts, after the title's
  /// `length` words and up to two small words ("del", "de la"): an honorific, an office, a
  /// ranked office or a person's name; nil when none does, or the title names an audience.
  private func speakerStart(_ text: String, _ keys: [String], after length: Int) -> Int? {
    // "Address to the Executive Council" names its audience (`[header-to]`), not its speaker.
    guard vocabulary.to.match(keys, at: length) == 0 else { return nil }
    var next = length
    while next < keys.count && next - length < 2 && keys[next].count <= 3
      && vocabulary.isStopWord(keys[next]) && vocabulary.honorifics.match(keys, at: next) == 0
    {
      next += 1
    }
    // A rank may stand before the office ("Выступление Первого заместителя …").
    let ranked =
      next + 1 < keys.count && keys[next].count >= 4 && !vocabulary.isStopWord(keys[next])
      && vocabulary.offices.match(keys, at: next + 1) > 0
    let person =
      vocabulary.honorifics.match(keys, at: next) > 0
      || vocabulary.offices.match(keys, at: next) > 0 || ranked
      || (!(length..<next).contains { vocabulary.locatives.match(keys, at: $0) > 0 }
        && namesPerson(text, keys, from: next))
    return person && next < keys.count ? next : nil
  }

  /// The end of an occasion that qualifies a title right after it, before a small joining
  /// word: an adjective ("navideño") or a small word and one to three capitalized words ("de
  /// Navidad", "de Año Nuevo"); nil otherwise.
  private func occasionEnd(_ text: String, _ keys: [String], after length: Int) -> Int? {
    let words = Self.wordRanges(text)
    guard length + 1 < keys.count, words.count == keys.count else { return nil }
    func small(_ index: Int) -> Bool {
      index < keys.count && keys[index].count <= 3 && vocabulary.isStopWord(keys[index])
    }
    func capitalized(_ index: Int) -> Bool {
      words[index].word.first?.isUppercase == true && !small(index)
        && vocabulary.honorifics.match(keys, at: index) == 0
        && vocabulary.offices.match(keys, at: index) == 0
    }
    if words[length].word.first?.isLowercase == true, keys[length].count >= 4,
      !vocabulary.isStopWord(keys[length]), small(length + 1)
    {
      return length + 1
    }
    guard small(length) else { return nil }
    var end = length + 1
    while end < keys.count && end - length <= 3 && capitalized(end) { end += 1 }
    return end > length + 1 && small(end) ? end : nil
  }

  /// Whether an office ends right before `index` ("High Commissioner" of "High Commissioner
  /// to Ghana"): the "to" after it names the office's country, not an audience.
  private func endsOffice(_ keys: [String], from start: Int, at index: Int) -> Bool {
    (start..<index).contains { vocabulary.offices.match(keys, at: $0) == index - $0 }
  }

  /// The text after words of `[header-text-of]` that open it, or nil.
  private func withoutTextOf(_ text: String) -> String? {
    let words = Self.wordRanges(text)
    let length = vocabulary.textOf.match(words.map { WordKey.key($0.word) }, at: 0)
    guard length > 0, length < words.count else { return nil }
    return TextScan.string(TextScan.scalars(text)[words[length].range.lowerBound...])
  }

  /// A speaker, then the title: "Ambassador Sung Kim's Arrival Statement", "SECRETARY-
  /// GENERAL’S TOAST", "Chargée d’Affaires Andréa Tomaszewicz Remarks".
  private func speakerThenTitle(_ text: String, _ keys: [String]) -> [HeaderField]? {
    guard keys.count >= 3 else { return nil }
    for start in 2..<keys.count {
      let length = vocabulary.titles.match(keys, at: start)
      guard length > 0 else { continue }
      // The possessive may stand up to three words before the title ("Kim's Arrival
      // Statement", "Blome’s Eid al Adha Greetings").
      // A person's words stand before it ("Ambassador Sung Kim's"): "Emperor's Birthday
      // Party Remarks" names a party.
      let near = keys[start - 1] == "s" ? start - 1 : nil
      let personBefore = { (end: Int) in
        vocabulary.offices.containsAny(Array(keys[..<end]))
          || vocabulary.honorifics.containsAny(Array(keys[..<end]))
      }
      let mark = near ?? (max(1, start - 4)..<start).last { keys[$0] == "s" && personBefore($0) }
      let possessive = mark != nil
      let last = start + length == keys.count
      let before = Array(keys[..<(mark ?? start)])
      let person =
        vocabulary.offices.containsAny(before) || vocabulary.honorifics.containsAny(before)
      // A short line that ends with its title names the address ("CRASH TEST ADDRESS",
      // "Birthday Party Remarks").
      if last && !possessive && !person && keys.count <= 6 {
        return [HeaderField(kind: .title, text: text)]
      }
      guard possessive || (last && person) else { return nil }
      let words = Self.wordRanges(text)
      let scalars = TextScan.scalars(text)
      let speakerEnd = words[before.count - 1].range.upperBound
      let title = TextScan.string(scalars[words[mark.map { $0 + 1 } ?? start].range.lowerBound...])
      return [
        HeaderField(kind: .speaker, text: TextScan.string(scalars[..<speakerEnd])),
        HeaderField(kind: .title, text: title),
      ]
    }
    return nil
  }

  /// A joining word in lower case after a name of capitalized words, before another
  /// capitalized word, ends the name: "by Ambassador Ola Nordvik at Harvest Gathering in
  /// Tromsø" names the person, then the occasion (whose words need not be event words).
  func endsName(
    _ words: [(word: String, range: Range<Int>)], from start: Int, at index: Int, count: Int
  ) -> Bool {
    func capitalized(_ at: Int) -> Bool {
      words[at].word.unicodeScalars.first?.properties.isUppercase == true
    }
    guard index - start >= 2, index + count < words.count, capitalized(index + count),
      words[index].word.unicodeScalars.first?.properties.isLowercase == true
    else { return false }
    return (start..<index).allSatisfy(capitalized)
  }

  /// Letters a PDF layout leaves over: a superscript "ème", "me", "er" alone.
  private func isDebris(_ text: String) -> Bool {
    let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
    return letters.count <= 3 && letters.allSatisfy { $0.properties.isLowercase }
  }

}
