/// The structure of an address: its header facts, its opening (salutations and greetings),
/// its paragraphs, and the lines that are not spoken.
///
/// Read from the shape of the lines, not from any one document's sentences, in stages:
/// ``PageLayout`` (lines, page breaks, footnote marks, page numbers inside sentences),
/// ``FurnitureRules`` (furniture wherever it stands), ``DocumentZones`` (header, body, tail;
/// repeats and lists of names), ``HeaderReader`` (the header's facts), ``LineJoiner``
/// (wrapped lines rejoined into paragraphs). The opening is the run of salutations and
/// greetings after the header (in a numbered address, all that precedes paragraph 1);
/// paragraphs are numbered ("12. …", the number not spoken) or, in an unnumbered address,
/// what the line joiner makes. Every stage is linear in the document's size.
struct DocumentStructure: Sendable {
  /// A run of paragraph text to be segmented on its own: one line, or wrapped lines joined.
  struct Section: Sendable, Equatable {
    /// The printed paragraph number, or a sequence number in an unnumbered address.
    var id: String
    /// The section's texts, in order; an utterance never spans two of them.
    var pieces: [String]
  }

  /// What the header says about the address.
  var metadata = DocumentMetadata()
  /// Header lines with facts the reader does not recognize: spoken in the intro.
  var introExtras: [String] = []
  /// The opening's texts: salutations and greetings, one per source line.
  var opening: [String] = []
  /// Salutations and greetings moved from the start of the first paragraph (one line holding
  /// "Excellencies, Ladies and Gentlemen, good morning. It is …").
  var openingUtterances: [String] = []
  /// The paragraphs, in order.
  var sections: [Section] = []
  /// Lines that are not spoken, in line order.
  var dropped: [DroppedLine] = []
  /// Whether the paragraphs carry printed numbers.
  var numbered = false

  /// Close calls between furniture and speech, for `check`.
  var borderline: [BorderlineLine] = []
  /// The date fact as found (to spell a numeric date out).
  var date: FoundDate?
  /// Whether the header's date is a page's publication stamp (stated with a time of day).
  var dateStamped = false
  /// The first date line of the body's first lines, while the header's date is a stamp.
  var headingDate: (line: Int, date: FoundDate)?

  /// Reads the structure of `document` with the words of `vocabulary`; `isPhraseLine` tells
  /// a line that is one phrase of a phrase lexicon (spoken wherever it stands by the address);
  /// `workers` threads tell the lines' furniture (see ``ParallelMap``).
  static func read(
    _ document: Document, segmenter: Segmenter = Segmenter(),
    vocabulary: StructureVocabulary = StructureVocabulary(),
    isPhraseLine: @escaping (String) -> Bool = { _ in false }, workers: Int = 1
  ) -> DocumentStructure {
    var structure = DocumentStructure()
    let salutation = segmenter.conventions.salutation
    var lines = PageLayout.lines(document)
    PageLayout.splitGluedDates(&lines, dates: vocabulary.dates)
    PageLayout.splitGluedLines(&lines, vocabulary: vocabulary)
    PageLayout.splitGluedSalutations(&lines, salutation: salutation)
    PageLayout.splitGluedHeadings(&lines, vocabulary: vocabulary)
    PageLayout.splitGluedLinks(&lines, links: vocabulary.links)
    var buttons: [DroppedLine] = []
    PageLayout.removeLinkButtons(&lines, links: vocabulary.links, into: &buttons)
    let rules = FurnitureRules(vocabulary: vocabulary)
    // Each line's furniture is its own: the lines are shared among `workers` threads.
    let source = lines
    let furniture = ParallelMap.map(lines.count, workers: workers) { rules.reason(source[$0].text) }
    var zones = DocumentZones(
      lines, furniture: furniture, rules: rules, salutation: salutation,
      isPhraseLine: isPhraseLine)
    zones.startBodyBefore()
    let runIn = Self.splitRunInHeader(&lines, zones: zones, vocabulary, salutation)
    let header = Self.header(lines, zones: zones, rules: rules, runIn: runIn)
    structure.metadata = header.metadata
    structure.date = header.date
    structure.dateStamped = header.dateStamped
    structure.dropped = header.dropped + buttons
    structure.dateUnstated(lines[..<zones.bodyStart], rules.vocabulary)
    structure.leadSpeaker(lines[..<zones.bodyStart], rules.vocabulary)
    structure.bylineWriter(
      lines[..<zones.bodyStart], before: lines[zones.bodyStart...].first, rules.vocabulary,
      salutation)
    structure.introExtras = header.extras
    structure.borderline = (header.borderline + zones.borderline).sorted { $0.line < $1.line }
    var body =
      header.released + structure.body(lines, from: zones.bodyStart, zones: zones, rules: rules)
    structure.readSpeaker(body, above: lines[...], rules.vocabulary, salutation)
    structure.readNameBeforeOffice(body, rules.vocabulary)
    // A page's link printed before the signature ("<< Back", cut off a glued line) signs nothing.
    let signature = lines.indices[zones.bodyEnd...].drop {
      zones.furniture[$0] == FurnitureRules.navigationReason
    }
    structure.readSignature(lines[signature.startIndex...], rules.vocabulary)
    // A viewer prints the title again at the start of the text: the header's first lines.
    let titles = lines[..<zones.bodyStart].prefix(Self.titleLines).map(\.text)
    for index in body.indices.prefix(Self.leadLines) {
      Self.removeRepeatedTitle(&body[index], titles: titles, into: &structure.dropped)
    }
    structure.tidy(&body, segmenter: segmenter, rules: rules)
    structure.preferHeadingDate(before: body.first?.number)
    structure.dropped = structure.dropped.enumerated().sorted {
      ($0.element.line, $0.offset) < ($1.element.line, $1.offset)
    }.map(\.element)
    // Printed numbers: two or more, or a lone "1." (an address of one numbered paragraph).
    let numbers = body.compactMap { LineShape.paragraphNumber($0.text)?.number }
    structure.numbered = numbers.count >= 2 || numbers == [1]
    let units = LineJoiner(
      body, numbered: structure.numbered, vocabulary: vocabulary, salutation: salutation
    ).units(body)
    let openingCount =
      structure.numbered
      ? units.prefix { $0.number == nil }.count : Self.openingLines(units, salutation)
    structure.opening = units[..<openingCount].map(\.text)
    structure.assemble(units[openingCount...])
    if !structure.numbered { structure.moveLeadingSalutations(segmenter) }
    structure.dateByTitleYear(vocabulary)
    return structure
  }

  /// How many of an unnumbered address's first units are salutation lines.
  private static func openingLines(_ units: [LineJoiner.Unit], _ salutation: Salutation) -> Int {
    units.prefix {
      // Salutation lines are short: a long paragraph is not scanned for one.
      TextScan.scalarCount($0.text, limit: 2 * FurnitureRules.longestShortLine + 1)
        <= 2 * FurnitureRules.longestShortLine
        && salutation.isOpeningLine($0.text)
    }.count
  }

  /// Takes out of the body's lines what a copy or a news page puts into them: footnote marks,
  /// time codes, page numbers and notes inside sentences, notes glued after the last one, a
  /// reporter's introduction (whose announcement may name the speaker) and a speaker's label.
  private mutating func tidy(
    _ body: inout [SourceLine], segmenter: Segmenter, rules: FurnitureRules
  ) {
    PageLayout.removeFootnoteMarks(&body, into: &dropped)
    PageLayout.removeSuperscriptMarks(&body, into: &dropped)
    PageLayout.removeTimecodes(&body, into: &dropped)
    for index in body.indices {
      Self.removePageCounter(&body[index], after: index > 0 ? body[index - 1] : nil, into: &dropped)
      PageLayout.removeInlinePageNumbers(&body[index], into: &dropped)
      Self.removeDashedPageNumbers(&body[index], into: &dropped)
      PageLayout.removeInlineNotes(&body[index], rules: rules, into: &dropped)
      Self.removeGluedNotes(&body[index], into: &dropped)
      Self.removeGluedNotice(&body[index], rules: rules, into: &dropped)
      Self.removeTrailingPageNumber(
        &body[index], before: index + 1 < body.count ? body[index + 1] : nil, into: &dropped)
      Self.removeLeadingPageNumber(&body[index], vocabulary: rules.vocabulary, into: &dropped)
      PageLayout.removeGluedIdentifier(&body[index], into: &dropped)
    }
    body.removeAll { $0.text.isEmpty }
    var lead = Self.removeLead(
      &body, segmenter: segmenter, vocabulary: rules.vocabulary, into: &dropped)
    // A lead told without a speech verb names its person as a reporter writes it ("le
    // commissaire Aldo …"): that person is the speaker the header leaves unstated.
    var narrated: String?
    if lead == nil {
      lead = Self.removeNarratedLead(
        &body, segmenter: segmenter, vocabulary: rules.vocabulary, into: &dropped)
      narrated = lead.flatMap {
        Self.person(in: $0.announcement, rules.vocabulary, lowercaseOffices: true)
      }
    }
    if let lead {
      takeFacts(of: lead, narrated: narrated, rules.vocabulary)
      Self.removeAttributions(&body, vocabulary: rules.vocabulary, into: &dropped)
    }
    let salutation = segmenter.conventions.salutation
    if !removeTranscriptLabels(&body, vocabulary: rules.vocabulary, salutation: salutation) {
      removeSpeakerLabel(&body, vocabulary: rules.vocabulary, salutation: salutation)
      removeStoppedLabel(&body, vocabulary: rules.vocabulary, salutation: salutation)
    }
    body.removeAll { $0.text.isEmpty }
  }

  /// The header's lines read: the lines before the address, and the start of a line that runs
  /// the header into the first sentence. A date line is a fact here, not furniture.
  private static func header(
    _ lines: [SourceLine], zones: DocumentZones, rules: FurnitureRules, runIn: SourceLine?
  ) -> HeaderReader {
    var header = HeaderReader(vocabulary: rules.vocabulary)
    header.read(
      Array(lines[..<zones.bodyStart]),
      furniture: (0..<zones.bodyStart).map {
        rules.reason(lines[$0].text, dates: false) ?? zones.headerReasons[$0]
      },
      runIn: runIn,
      tentative: zones.otherScript.filter { rules.reason(lines[$0].text, dates: false) == nil })
    return header
  }

  /// The lines of the body and tail that are spoken; the others are listed as dropped. A line
  /// after dropped furniture may go on with the sentence before it (a page break).
  private mutating func body(
    _ lines: [SourceLine], from start: Int, zones: DocumentZones, rules: FurnitureRules
  ) -> [SourceLine] {
    var body: [SourceLine] = []
    var droppedBefore = false
    let facts = factKeys
    let parser = HeaderParser(vocabulary: rules.vocabulary, rules: rules)
    for index in lines.indices.dropFirst(start) {
      var line = lines[index]
      if let reason = zones.reasons[index] ?? repeatReason(line.text, facts) {
        dropped.append(DroppedLine(line: line.number, text: line.text, reason: reason))
        if reason.hasPrefix("a date") {
          readDateLine(line.text, line: line.number, kept: body.count, parser)
        }
        if reason.hasPrefix("a photo caption") && body.count < Self.leadLines {
          readCaption(line.text, parser)
        }
        // A sentence may go on across a page break's furniture, not across a date line that
        // stands between a headline and the address ("Welcome back" / "Sept. 22, 2031").
        let dateLine =
          reason.hasPrefix("a date")
          && line.text.unicodeScalars.contains(where: \.properties.isAlphabetic)
        droppedBefore = droppedBefore || !dateLine
        continue
      }
      if droppedBefore && !body.isEmpty { line.breakBefore = true }
      droppedBefore = false
      body.append(line)
    }
    return body
  }

  /// Makes sections of the units after the opening: each unit is a section. In a numbered
  /// address a numbered unit takes its printed number and an unnumbered block after it
  /// (a quotation, a closing line, a repeated "1.") the number with a suffix: `15-1`, `15-2`.
  /// Folding such blocks into the paragraph before would make one part of arbitrary length.
  private mutating func assemble(_ units: ArraySlice<LineJoiner.Unit>) {
    var lastNumbered: (id: String, suffix: Int)?
    for unit in units {
      if let number = unit.number {
        sections.append(Section(id: String(number), pieces: [unit.text]))
        lastNumbered = (String(number), 0)
      } else if numbered, let (id, suffix) = lastNumbered {
        sections.append(Section(id: "\(id)-\(suffix + 1)", pieces: [unit.text]))
        lastNumbered = (id, suffix + 1)
      } else {
        sections.append(Section(id: String(sections.count + 1), pieces: [unit.text]))
      }
    }
  }

  /// Moves salutations and greetings that open the first paragraph into the opening, and
  /// renumbers the paragraphs if the first one is used up.
  private mutating func moveLeadingSalutations(_ segmenter: Segmenter) {
    guard let first = sections.first, let piece = first.pieces.first else { return }
    // Salutations open a paragraph: a window at its start is enough (a 5 MB paragraph is
    // not segmented twice). The window's last utterance may be cut short, so it is kept.
    let window = TextScan.prefix(piece, Self.salutationWindow)
    // The window is a prefix of the piece: as many bytes, as many scalars.
    let whole = window.utf8.count == piece.utf8.count
    var utterances = segmenter.utterances(in: window)
    if !whole { utterances = Array(utterances.dropLast()) }
    var rest = Substring(piece)
    var moved = 0
    for head in utterances {
      let more = moved + 1 < utterances.count || !whole || first.pieces.count > 1
      guard more, segmenter.conventions.salutation.isOpeningSentence(head),
        let range = rest.range(of: head)
      else {
        break
      }
      openingUtterances.append(head)
      rest = rest[range.upperBound...]
      moved += 1
    }
    guard moved > 0 else { return }
    let remaining = TextScan.trimmed(String(rest))
    if remaining.isEmpty {
      sections[0].pieces.removeFirst()
    } else {
      sections[0].pieces[0] = remaining
    }
    if sections[0].pieces.isEmpty {
      sections.removeFirst()
      for index in sections.indices { sections[index].id = String(index + 1) }
    }
  }

  /// The date of a header that gives no full date: a day and a month ("… am 16./17.
  /// Dezember"), with a year that another header line states alone ("رسالة الأمين العام —
  /// 2022" over "18 تموز/يوليه"). A page's publication stamp ("Published: 30 April") is
  /// not the address's date.
  static func dayAndMonth(_ lines: [SourceLine], _ vocabulary: StructureVocabulary) -> String? {
    let texts = lines.map { TextScan.prefix($0.text, 400) }.filter {
      !["-", "posted"].contains(vocabulary.label($0)?.fact)
    }
    guard let day = texts.lazy.compactMap({ vocabulary.dates.dayAndMonth(in: $0) }).first else {
      return nil
    }
    let year = texts.lazy.flatMap { TextScan.words($0) }.first { word in
      word.count == 4 && word.allSatisfy(\.isASCII)
        && (Int(word).map { (1900...2099).contains($0) } ?? false)
    }
    return year.map { day + " " + $0 } ?? day
  }

  /// How many header lines a viewer's repeated title is looked for among.
  static let titleLines = 20

  /// How far into the first paragraph salutations are looked for, in scalars.
  static let salutationWindow = 4_000
}
