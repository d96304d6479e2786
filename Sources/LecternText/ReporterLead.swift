/// What a reporter's lead tells of the address it introduces, and where it ends: the
/// announcement ("Following is the statement by …:", "وجاءت نص كلمته كالآتى:") may run into
/// the address on one line, and it names the speaker, and sometimes the place, in the third
/// person. Read by shape and by the header words of the language files, in one pass over a
/// bounded prefix of the lead.
extension DocumentStructure {
  /// Whether the sentences of an introduction, up to one that ends with a colon, name a person
  /// by office, honorific or a word that joins an address to its speaker ("by", "par"): a
  /// reporter speaks of the speaker, an address that announces a story does not.
  static func reports(
    _ sentences: some Collection<String>, _ vocabulary: StructureVocabulary
  ) -> Bool {
    guard let last = sentences.reversed().first, LineShape.lastMark(last) == ":" else {
      return false
    }
    let text = sentences.map { TextScan.prefix($0, 2_000) }.joined(separator: " ")
    let keys = WordKey.keys(TextScan.prefix(text, 2_000))
    return vocabulary.offices.containsAny(keys) || vocabulary.honorifics.containsAny(keys)
      || vocabulary.by.containsAny(keys)
  }

  /// The sentences, with one that runs an announcement into the address on one line cut after
  /// the announcement's colon ("… the statement by the Secretary-General, delivered this
  /// morning: We are gathered …"): the text before the colon names the address by a title
  /// word, and the text after it starts a sentence.
  static func announcementsSplit(
    _ sentences: [String], _ vocabulary: StructureVocabulary
  )
    -> [String]
  {
    var result: [String] = []
    var index = 0
    while index < sentences.count {
      // A sentence too long for one utterance was cut at a comma: the colon may be in the next.
      if index + 1 < sentences.count, LineShape.lastMark(sentences[index]) == ",",
        case let joined = sentences[index] + " " + sentences[index + 1],
        case let split = splitAtAnnouncement(joined, vocabulary), split.count == 2
      {
        result += split
        index += 2
      } else {
        result += splitAtAnnouncement(sentences[index], vocabulary)
        index += 1
      }
    }
    return result
  }

  /// The sentence cut after an announcement's colon, or the sentence alone.
  private static func splitAtAnnouncement(
    _ sentence: String, _ vocabulary: StructureVocabulary
  )
    -> [String]
  {
    let scalars = Array(TextScan.prefix(sentence, longestAnnouncement).unicodeScalars)
    // Chinese and Japanese write no space after a colon ("……的讲话,全文如下:副总理先生阁下,…").
    guard let colon = scalars.firstIndex(where: { $0 == ":" || $0 == "\u{FF1A}" }),
      colon + 1 < scalars.count,
      TextScan.isSpace(scalars[colon + 1]) || scalars[colon] == "\u{FF1A}"
        || DocumentZones.unspacedLetters(String(Character(scalars[colon + 1]))) == 1,
      case let keys = WordKey.keys(TextScan.string(scalars[..<colon])),
      vocabulary.titles.containsAny(keys) || vocabulary.announcements.containsAny(keys)
    else { return [sentence] }
    let rest = TextScan.trimmed(String(sentence.unicodeScalars.dropFirst(colon + 1)))
    guard let first = rest.unicodeScalars.first(where: { !TextScan.isOpener($0) }),
      first.properties.isUppercase
        || (first.properties.isAlphabetic && !first.properties.isLowercase)
    else { return [sentence] }
    return [TextScan.string(scalars[...colon]), rest]
  }

  /// Whether the sentence opens a quotation that it does not close: the start of an address
  /// quoted whole. A quoted sentence inside an address closes where it ends.
  static func opensQuotation(_ sentence: String) -> Bool {
    let pairs: [Unicode.Scalar: Unicode.Scalar] = [
      "\"": "\"", "\u{201C}": "\u{201D}", "\u{00AB}": "\u{00BB}", "\u{201E}": "\u{201C}",
    ]
    guard let first = sentence.unicodeScalars.first, let close = pairs[first] else {
      return false
    }
    return !sentence.unicodeScalars.dropFirst().contains(close)
  }

  /// The longest announcement run into the address on one line, in scalars.
  static let longestAnnouncement = 600

  /// The person an announcement names, from an office or honorific through the capitalized
  /// words after it ("Посол России в Сербии А.В.Чепурин выступил …"); nil without a name.
  /// An office that names no one ("the Secretary-General of the UN, Mr. …") and a headline in
  /// capitals are passed over for the next office or honorific. In a script without capitals
  /// the name is the few words after the honorific, up to a comma or an office.
  /// With `lowercaseOffices`, an office in lower case right before a capitalized word opens a
  /// name too ("le commissaire Aldo Varnholt", "комиссар Альдо …"), as a reporter writes it; a
  /// header's "Выступает президента России" names a country there, not a person.
  static func person(
    in sentence: String, _ vocabulary: StructureVocabulary, lowercaseOffices: Bool = false
  ) -> String? {
    let lead = LeadWords(TextScan.prefix(sentence, 300), vocabulary)
    // Without capitals an office runs on into its organization: only an honorific opens a name.
    for start in lead.keys.indices
    where
      ((lead.capitalized(start) || (lowercaseOffices && lead.namedAfter(start)))
      && lead.isPerson(start))
      || (lead.uncased(start) && vocabulary.honorifics.match(lead.keys, at: start) > 0)
    {
      let end = lead.uncased(start) ? lead.uncasedNameEnd(start) : lead.casedNameEnd(start)
      guard lead.isName(start..<end) else { continue }
      // An office in lower case stays with the sentence's article ("del embajador"): the
      // speaker is the name after it.
      let office = lead.capitalized(start) || lead.uncased(start) ? 0 : lead.officeLength(start)
      return lead.text(start + office..<end)
    }
    return nil
  }

  /// Whether an announcement's person is another than a header's speaker that holds no
  /// honorific: the last of the person's name words (no office, honorific, occasion, title or
  /// function word), the surname, is not among the speaker's words. A headline taken for the
  /// speaker names no one.
  static func namesOther(
    _ person: String, than speaker: String, _ vocabulary: StructureVocabulary
  ) -> Bool {
    let spoken = WordKey.keys(TextScan.prefix(speaker, 400))
    guard !vocabulary.honorifics.containsAny(spoken) else { return false }
    let keys = WordKey.keys(person)
    let name = keys.indices.filter { index in
      vocabulary.offices.match(keys, at: index) == 0
        && vocabulary.honorifics.match(keys, at: index) == 0
        && vocabulary.events.match(keys, at: index) == 0
        && vocabulary.titles.match(keys, at: index) == 0 && !vocabulary.isStopWord(keys[index])
    }.map { keys[$0] }
    // The person's last name word decides: an office's country ("Президент Беларуси …")
    // may stand in a headline too.
    guard let surname = name.last else { return false }
    return !spoken.contains(surname)
  }

  /// The most words of a title and name in a script without capitals.
  static let longestUncasedName = 5
}

extension DocumentStructure {
  /// Fills the header facts a reporter's lead states and the header does not: the speaker
  /// (`narrated`, as a lead told without a speech verb names them, else the announcement's or
  /// the lead's person), the place and the date.
  mutating func takeFacts(
    of lead: (announcement: String, lead: String, long: Bool), narrated: String?,
    _ vocabulary: StructureVocabulary
  ) {
    // The introduction names the speaker, and dates the address, when the header does not;
    // its announcement's person outweighs a header "speaker" that names no one of that
    // name and holds no honorific (a headline, a site's abbreviation).
    if metadata.speaker == nil {
      // An announcement before its colon names the speaker as a reporter writes it ("el
      // discurso del embajador Castelli:"), with the office in lower case in many languages.
      let announced =
        LineShape.lastMark(lead.announcement) == ":"
        ? Self.person(in: lead.announcement, vocabulary, lowercaseOffices: true) : nil
      metadata.speaker =
        narrated ?? Self.person(in: lead.announcement, vocabulary)
        ?? Self.person(in: lead.lead, vocabulary) ?? announced
        ?? Self.unspacedSpeaker(in: lead.lead, vocabulary)
        ?? Self.closingName(in: lead.announcement, vocabulary)
    } else if let speaker = metadata.speaker, LineShape.lastMark(lead.announcement) == ":",
      let named = Self.person(in: lead.announcement, vocabulary),
      Self.namesOther(named, than: speaker, vocabulary)
    {
      metadata.speaker = named
    } else if let speaker = metadata.speaker, let named = Self.person(in: lead.lead, vocabulary),
      named.count > speaker.count, named.lowercased().hasSuffix(", " + speaker.lowercased())
    {
      // The lead names the header's speaker in full, the name before the office ("M.
      // Georges-François Leclerc, Préfet des Alpes-Maritimes" where the header kept "Préfet
      // des Alpes-Maritimes").
      metadata.speaker = named
    }
    takeUnspacedSpeaker(announcement: lead.announcement, vocabulary)
    if metadata.place == nil {
      metadata.place =
        Self.place(in: lead.announcement, vocabulary)
        ?? (lead.long ? nil : Self.leadPlace(in: lead.lead, vocabulary))
    }
    let text = TextScan.prefix(lead.lead, 2_000)
    if metadata.date == nil, let found = vocabulary.dates.find(in: text) {
      metadata.date = found.text
      date = found
    }
    // A long report tells of other days ("… on 25 January 1952"): no day alone from it.
    if metadata.date == nil && !lead.long {
      metadata.date = vocabulary.dates.dayAndMonth(in: text)
    }
  }
}

/// The words of an announcement, as ``DocumentStructure/person(in:_:)`` reads a name in them.
private struct LeadWords {
  let words: [(word: String, range: Range<Int>)]
  let keys: [String]
  let scalars: [Unicode.Scalar]
  let vocabulary: StructureVocabulary

  init(_ text: String, _ vocabulary: StructureVocabulary) {
    words = HeaderParser.wordRanges(text)
    keys = words.map { WordKey.key($0.word) }
    scalars = TextScan.scalars(text)
    self.vocabulary = vocabulary
  }

  private func first(_ index: Int) -> Unicode.Scalar? { words[index].word.unicodeScalars.first }

  func capitalized(_ index: Int) -> Bool { first(index)?.properties.isUppercase == true }

  /// Whether the word is in a script without capitals.
  func uncased(_ index: Int) -> Bool {
    guard let scalar = first(index) else { return false }
    return scalar.properties.isAlphabetic && !scalar.properties.isUppercase
      && !scalar.properties.isLowercase
  }

  /// Whether an office or an honorific starts at the word.
  func isPerson(_ index: Int) -> Bool {
    vocabulary.offices.match(keys, at: index) > 0
      || vocabulary.honorifics.match(keys, at: index) > 0
  }

  /// The length in words of the office or honorific at `index` (0 when there is none).
  func officeLength(_ index: Int) -> Int {
    max(vocabulary.offices.match(keys, at: index), vocabulary.honorifics.match(keys, at: index))
  }

  /// Whether the office or honorific at `index` is followed at once by a capitalized word.
  func namedAfter(_ index: Int) -> Bool {
    let count = officeLength(index)
    return count > 0 && index + count < words.count && capitalized(index + count)
  }

  /// What stands between the word before `index` and it.
  private func gap(before index: Int) -> ArraySlice<Unicode.Scalar> {
    scalars[words[index - 1].range.upperBound..<words[index].range.lowerBound]
  }

  /// The end of a name without capitals: honorifics may stand in a row ("الأستاذ الدكتور");
  /// the name ends at a comma, a colon or an office.
  func uncasedNameEnd(_ start: Int) -> Int {
    var end = start + 1
    while end < words.count && end - start < DocumentStructure.longestUncasedName
      && uncased(end) && vocabulary.offices.match(keys, at: end) == 0
      && !gap(before: end).contains(where: { $0 == "," || $0 == "\u{060C}" || $0 == ":" })
    {
      end += 1
    }
    return end
  }

  /// The end of a capitalized name: a hyphen joins the parts of one name ("Ki-moon"), and a
  /// function word between two capitalized words stays in it.
  func casedNameEnd(_ start: Int) -> Int {
    var end = start + 1
    while end < words.count
      && (capitalized(end) || gap(before: end).elementsEqual(["-"])
        || (end + 1 < words.count && vocabulary.isStopWord(keys[end]) && capitalized(end + 1)))
    {
      end += 1
    }
    return end
  }

  /// Whether the words name someone: two or more, not all capitals (a headline), and one of
  /// them no office, occasion, title or function word ("Président du Conseil" names no one,
  /// "M. Idrel Vaskon" after it does).
  func isName(_ range: Range<Int>) -> Bool {
    let allCapitals = words[range].allSatisfy { word in
      word.word.unicodeScalars.allSatisfy { !$0.properties.isLowercase }
        && word.word.unicodeScalars.contains { $0.properties.isUppercase }
    }
    return range.count >= 2 && !allCapitals
      && range.contains { index in
        !isPerson(index) && vocabulary.events.match(keys, at: index) == 0
          && vocabulary.titles.match(keys, at: index) == 0 && !vocabulary.isStopWord(keys[index])
      }
  }

  func text(_ range: Range<Int>) -> String {
    TextScan.string(
      scalars[
        words[range.lowerBound].range.lowerBound..<words[range.upperBound - 1].range.upperBound])
  }
}
