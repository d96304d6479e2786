import Foundation

/// Header facts a page states outside its header: a photo caption of the headline's occasion,
/// a reporter's lead, a transcript's speaker labels ("Д.МЕДВЕДЕВ: …"), a signature, and the
/// person the first lines of the body name when the header's "speaker" is a headline. Each is read only when the header leaves the fact
/// unstated or states it by a shape that names no one, so a header's own facts always win.
extension DocumentStructure {
  /// A photo caption between the header and the address that tells of the header's occasion
  /// ("PM Ana Lima speaks at the Harvest Banquet, Tromsø, 30 August 2013 – Photo: …") states
  /// the address's facts: its whole date and the place beside it fill what the header leaves
  /// unstated (a day and a month it agrees with), and the person it names by the header's
  /// office names a speaker the header gives by office alone. A caption of another occasion
  /// states nothing here.
  mutating func readCaption(_ text: String, _ parser: HeaderParser) {
    let head = TextScan.prefix(text, 400)
    guard let event = metadata.event, TextScan.overlap(event, head) >= HeaderReader.repeatOverlap
    else { return }
    let reader = HeaderReader(vocabulary: parser.vocabulary)
    if let speaker = metadata.speaker, let named = reader.named(speaker, in: head) {
      metadata.speaker = named
    }
    let fields = parser.fields(head)
    guard date == nil,
      let found = fields.lazy.compactMap(\.date).first(where: { $0.day != nil })
    else { return }
    let stated = metadata.date
    guard
      stated == nil || stated == String(found.year)
        || stated == parser.vocabulary.dates.dayAndMonth(in: head)
    else { return }
    metadata.date = found.text
    date = found
    if metadata.place == nil, let place = fields.first(where: { $0.kind == .place }) {
      metadata.place = HeaderReader.cleaned(place.text)
    }
  }

  /// The speaker a reporter's lead among the header's lines names, when the header states
  /// none: a line that ends with a colon and names a person by office or honorific ("ألقى
  /// الوزير المفوض/ د. … كلمة … على النحو التالى:" under a headline and a byline), or ends
  /// with the name after an office in lower case (``closingName(in:_:)``).
  mutating func leadSpeaker(_ header: ArraySlice<SourceLine>, _ vocabulary: StructureVocabulary) {
    guard metadata.speaker == nil else { return }
    for line in header where LineShape.lastMark(line.text) == ":" {
      let text = TextScan.prefix(line.text, 2_000)
      guard Self.reports([text], vocabulary),
        let person = Self.person(in: text, vocabulary) ?? Self.closingName(in: text, vocabulary)
      else { continue }
      metadata.speaker = HeaderReader.cleaned(person)
      // The lead, read as the occasion for want of a speaker, is a reporter's sentence.
      if metadata.event == HeaderReader.cleaned(line.text) { metadata.event = nil }
      return
    }
  }

  /// The writer a byline names right above an address that opens with its salutation
  /// ("Written by Hanne Howard" / "To our dear friends and supporters,"): a letter's writer
  /// signs it at its top as a reporter signs a report, but a report opens with a lead, a
  /// letter with its salutation. Read only when nothing else names a speaker, and only from a
  /// byline whose phrase ends with a word of `[header-by]` and is followed by a name alone, so
  /// "By Jane Roe, staff writer" above a transcript names no speaker.
  mutating func bylineWriter(
    _ header: ArraySlice<SourceLine>, before first: SourceLine?, _ vocabulary: StructureVocabulary,
    _ salutation: Salutation
  ) {
    guard metadata.speaker == nil, let line = header.last, let first,
      salutation.isOpeningLine(first.text), LineShape.lastMark(line.text) == nil
    else { return }
    let words = HeaderParser.wordRanges(TextScan.prefix(line.text, 200))
    let keys = words.map { WordKey.key($0.word) }
    let length = vocabulary.bylines.match(keys, at: 0)
    guard length > 0, length < keys.count, vocabulary.by.match([keys[length - 1]], at: 0) == 1
    else { return }
    let name = TextScan.string(TextScan.scalars(line.text)[words[length].range.lowerBound...])
    guard HeaderReader(vocabulary: vocabulary).isName(name), !name.contains(",") else { return }
    metadata.speaker = HeaderReader.cleaned(name)
  }

  /// The speaker the body names when the header does not, or names by a headline: the
  /// person a transcript's labels name (the one whose name the title above the transcript
  /// holds in any inflection, else the most labelled), else a person with an honorific named
  /// in the body's first lines.
  mutating func readSpeaker(
    _ body: [SourceLine], above lines: ArraySlice<SourceLine>, _ vocabulary: StructureVocabulary,
    _ salutation: Salutation
  ) {
    if let speaker = metadata.speaker, !Self.readsAsHeadline(speaker, vocabulary) { return }
    if let labelled = TranscriptLabels(body, vocabulary, salutation).speaker(
      titledIn: lines, vocabulary)
    {
      metadata.speaker = labelled
      return
    }
    guard let speaker = metadata.speaker else { return }
    // Persons addressed are not the speaker: a salutation line, or a list of them run on
    // through commas ("Honorable Ministers, Distinguished Guests, …"), names no one person.
    for line in body.prefix(Self.leadLines) where !salutation.isOpeningLine(line.text) {
      if let person = Self.person(in: TextScan.prefix(line.text, 400), vocabulary),
        !person.contains(where: { $0 == "," || $0 == "\u{060C}" }),
        Self.namesOther(person, than: speaker, vocabulary)
      {
        metadata.speaker = HeaderReader.cleaned(person)
        return
      }
    }
  }

  /// Whether a speaker is a headline's words rather than a person: no name, no honorific, and
  /// a word that joins an address to its occasion, subject or place after its first word
  /// ("وزير الداخلية أمام السيسى فى عيد الشرطة": "the minister before the president on …").
  static func readsAsHeadline(_ speaker: String, _ vocabulary: StructureVocabulary) -> Bool {
    let keys = WordKey.keys(TextScan.prefix(speaker, 400))
    guard keys.count >= 3, !vocabulary.honorifics.containsAny(keys) else { return false }
    return (1..<keys.count).contains {
      vocabulary.at.match(keys, at: $0) > 0 || vocabulary.about.match(keys, at: $0) > 0
    }
  }

}

/// A signature after the address's last sentence: the speaker's name, by an honorific or by
/// the shape of a name, and the office on the line under it ("Dr. Mibrer Vidindan" /
/// "Secretary General of the Bretrol Union"), as letters and written statements are signed.
/// It is not spoken, and names the speaker when the header names none.
extension DocumentZones {
  /// Whether line `index` signs the address: an honorific and a name, no office, with no
  /// mark after it ("Dr Kulom Drimurrel", "г-н Ледрам Нудрутесов"). A salutation naming an
  /// office ("Mr. President") is no signature.
  func isSignature(_ index: Int) -> Bool {
    let text = lines[index].text
    guard LineShape.lastMark(text) == nil,
      TextScan.wordCount(text, limit: DocumentStructure.signatureWords + 1)
        <= DocumentStructure.signatureWords
    else { return false }
    let keys = WordKey.keys(text)
    let honorific = rules.vocabulary.honorifics.match(keys, at: 0)
    return honorific > 0 && keys.count - honorific >= 2
      && !rules.vocabulary.offices.containsAny(Array(keys[honorific...]))
  }
}

extension DocumentStructure {
  /// The most words of a signature's first line.
  static let signatureWords = 7

  /// The facts a signature states that the header leaves unstated: the speaker named on a
  /// short line right after the address (by honorific, by name shape, or by office) and the
  /// office under it, read as a header is; and a place and date closing the text ("Ottawa,
  /// Canada, le 19 février 2014 à 10:30"), as letters and written statements are signed.
  mutating func readSignature(_ tail: ArraySlice<SourceLine>, _ vocabulary: StructureVocabulary) {
    guard let first = tail.first,
      TextScan.wordCount(first.text, limit: 2 * Self.signatureWords + 1)
        <= 2 * Self.signatureWords,
      LineShape.lastMark(first.text) == nil
    else { return }
    let lines = Array(tail.prefix(Self.signatureLines))
    var reader = HeaderReader(vocabulary: vocabulary)
    reader.read(lines, furniture: lines.map { _ in nil })
    // The name may share its line with the office after a comma ("Ирна Вольская,
    // председатель …"): the words before the comma are the name's.
    let name = first.text.prefix { $0 != "," && $0 != "\u{060C}" }
    if metadata.speaker == nil, let speaker = reader.metadata.speaker,
      TextScan.wordCount(String(name), limit: Self.signatureWords + 1) <= Self.signatureWords,
      TextScan.overlap(first.text, speaker) >= HeaderReader.repeatOverlap
    {
      metadata.speaker = speaker
    } else if let known = metadata.speaker, let speaker = reader.metadata.speaker,
      TextScan.overlap(known, speaker) >= Self.sameOfficeOverlap,
      reader.namesPerson(speaker), !reader.namesPerson(known)
    {
      // The header names the office ("Message from the Ambassador to …"), the signature the
      // person holding it, with the same office: the signature says more.
      metadata.speaker = speaker
    }
    guard metadata.date == nil, let found = reader.date, found.day != nil else { return }
    metadata.date = found.text
    date = found
    if metadata.place == nil { metadata.place = reader.metadata.place }
  }

  /// How much of a speaker stated by office a signature must repeat to name its holder: the
  /// office's words, not its article ("the Police Commissioner" / "Police Commissioner Ana
  /// Lima").
  static let sameOfficeOverlap = 0.6

  /// The most lines of a signature: name, office, place and date.
  static let signatureLines = 3
}

/// The speaker labels of a transcript: a person's name in capitals before a colon at the start
/// of a line ("Д.МЕДВЕДЕВ: Дорогие коллеги!", "PRESIDENT OBAMA: Thank you."), printed each
/// time the person speaks. A label printed at least twice names someone who speaks in the
/// document; one word alone that is no office or honorific ("QUESTION:", "ВОПРОС:") names a
/// role, not a person.
struct TranscriptLabels {
  /// A label as first written, how often it opens a line, and the first line it opens.
  struct Label {
    var text: String
    var count: Int
    var firstLine: Int
  }

  /// The labels found, in order of their first line.
  private(set) var labels: [Label] = []

  /// The labels of `body`'s lines that name a person in capitals, found by the transcript
  /// label's one shape (``DocumentStructure/transcriptLabel(_:_:_:)``).
  init(_ body: [SourceLine], _ vocabulary: StructureVocabulary, _ salutation: Salutation) {
    var index: [String: Int] = [:]
    for line in body {
      guard let label = DocumentStructure.transcriptLabel(line.text, vocabulary, salutation),
        label.capitals, label.named
      else { continue }
      if let known = index[label.key] {
        labels[known].count += 1
      } else {
        index[label.key] = labels.count
        let name = TextScan.trimmed(DocumentStructure.withoutNotes(String(label.label.dropLast())))
        labels.append(Label(text: name, count: 1, firstLine: line.number))
      }
    }
  }

  /// The speaker the labels name: among labels printed at least twice, the one whose surname
  /// the text above the transcript holds (its stem, so that an inflected form counts:
  /// "Медведева" for "МЕДВЕДЕВ"), else the one printed most; nil without such a label.
  func speaker(
    titledIn lines: ArraySlice<SourceLine>, _ vocabulary: StructureVocabulary
  )
    -> String?
  {
    let repeated = labels.filter { $0.count >= 2 }
    guard let first = repeated.first else { return nil }
    for label in repeated {
      guard let surname = TextScan.words(label.text).last, surname.count >= 4 else { continue }
      let stem = Self.stem(surname)
      let above = lines.prefix { $0.number < label.firstLine }.suffix(DocumentStructure.titleLines)
      let named = above.contains { line in
        TextScan.words(TextScan.prefix(line.text, 400)).contains {
          WordKey.folded($0).hasPrefix(stem)
        }
      }
      if named { return label.text }
    }
    return repeated.reduce(first) { $1.count > $0.count ? $1 : $0 }.text
  }

  /// A surname's letters but its last two, case and accents folded: what inflection leaves
  /// alone ("медвед" of "МЕДВЕДЕВ", found in "Медведева", "Медведевым").
  static func stem(_ word: String) -> String {
    let folded = WordKey.folded(word)
    return String(folded.prefix(max(4, folded.count - 2)))
  }
}
