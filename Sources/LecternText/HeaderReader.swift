/// Reads the header of an address (the lines before its first salutation or sentence) into
/// ``DocumentMetadata``, once per fact.
///
/// A small explicit model: the header is a list of *statements* (a line, or lines wrapped
/// together); ``HeaderParser`` cuts each into fields (title, speaker, office, event, place,
/// date, time, notes); this reader turns fields into facts. Web pages state the facts two or
/// three times in different forms: a fact already known is recognized by word overlap
/// (accents, case and spelling variants aside). The *headline* — the first statement with a
/// title ("Speech by …", "Discours de …") — is read first, so that its facts win over a page
/// banner's; a person or unknown line above it is the page's banner and is not spoken. Every
/// header line is listed as not spoken, with what became of each of its fields.
struct HeaderReader {
  /// Word overlap from which a line repeats a known fact.
  static let repeatOverlap = 0.75

  /// The facts read so far.
  var metadata = DocumentMetadata()
  /// Statements after the headline that state no known fact (a subtitle): read in the intro.
  var extras: [String] = []
  /// Header lines not spoken, with reasons.
  var dropped: [DroppedLine] = []
  /// The date fact as found, for spelling out a numeric date.
  var date: FoundDate?
  /// Whether that date came with a time of day: a page's publication stamp ("2008年08月09日
  /// 01:18:26  来源：…"), which a date the address prints under its own title outranks.
  var dateStamped = false
  /// Header lines dropped for stating no known fact: close calls, for `check`.
  var borderline: [BorderlineLine] = []
  /// Lines after the header's facts that state none: the start of the address.
  var released: [SourceLine] = []

  /// The fields of the headline and the statements after it: a banner's date or place that
  /// none of them repeats is the page's (an archive's capture date), not the address's.
  private(set) var later: [HeaderField] = []

  let parser: HeaderParser
  var vocabulary: StructureVocabulary { parser.vocabulary }

  /// A line or lines wrapped together, and their fields.
  struct Statement {
    var lines: [SourceLine]
    var fields: [HeaderField]
    /// Whether the statement is only the start of its line (the rest is the address).
    var fragment = false
  }

  /// A reader using `vocabulary`.
  init(vocabulary: StructureVocabulary) {
    parser = HeaderParser(vocabulary: vocabulary, rules: FurnitureRules(vocabulary: vocabulary))
  }

  /// Reads the header's lines; `furniture[i]` is why `lines[i]` is page furniture, if it is.
  /// `runIn` is the header part of a line that goes on with the address. A `tentative` line's
  /// furniture is kept as a statement when the line states a fact.
  mutating func read(
    _ lines: [SourceLine], furniture: [String?], runIn: SourceLine? = nil,
    tentative: Set<Int> = []
  ) {
    var statements = self.statements(lines, furniture: furniture, tentative: tentative)
    if let runIn {
      let last = statements.last?.fields.last?.kind
      statements.append(
        Statement(
          lines: [runIn], fields: parser.fields(runIn.text, last: last), fragment: true))
    }
    statements = venuesUnderDates(Self.placesBesideDates(namesBeforeOffices(statements)))
    // A header run into the address opens with its title, though its fields may read it as
    // the occasion's ("CEREMONY OF … ADDRESS BY …"): it is the headline when none other is.
    var headline = Self.headline(statements)
    if let found = headline, continuesPerson(statements, headline: found) { headline = found - 1 }
    let laterSpeaker =
      headline.map { h in
        statements[h...].contains { $0.fields.contains { $0.kind == .speaker } }
      } ?? false
    later = headline.map { statements[$0...].flatMap(\.fields) } ?? []
    var order = Array(statements.indices)
    if let headline { order = [headline] + order.filter { $0 != headline } }
    var notes = [Notes](repeating: Notes(), count: statements.count)
    var speakerStatement: Int?
    var dateStatement: Int?
    for index in order {
      let banner = headline.map { index < $0 } ?? false
      let stamped = dateStamped
      notes[index] = read(
        statements[index], at: index, banner: banner, laterSpeaker: laterSpeaker,
        speakerStatement: &speakerStatement)
      guard notes[index].used.contains("date") else { continue }
      // A date line replaced the page's publication stamp: the stamp's date is not spoken.
      if stamped && !dateStamped, let stamp = dateStatement {
        notes[stamp].used.removeAll { $0 == "date" }
        notes[stamp].unspoken.insert("the page's date", at: 0)
      }
      dateStatement = index
    }
    if let speaker = metadata.speaker, let named = namedSpeaker(speaker, in: statements) {
      metadata.speaker = named
    } else if let speaker = metadata.speaker, let name = wrappedName(after: speaker, statements) {
      metadata.speaker = speaker + " " + name
    }
    if metadata.date == nil {
      let lines = statements.flatMap(\.lines)
      metadata.date = Self.year(lines) ?? parser.cohortYear(lines)
    }
    readYearAndBracketedPlace(statements)
    sortOut(statements, notes)
  }

  /// Lists each statement's lines as dropped with their reason, except the lines after the
  /// header's last fact that state none: those are the address's opening (salutations in a
  /// language without listed salutations, "In the Name of Allah, …"), released to the body.
  private mutating func sortOut(_ statements: [Statement], _ notes: [Notes]) {
    let lastFact =
      notes.lastIndex {
        !$0.used.isEmpty || (!$0.repeated.isEmpty && !$0.addressesSomeone)
      } ?? -1
    var opened = false  // whether the statement before opens the address
    for (index, statement) in statements.enumerated() {
      // An invocation the speaker opens with, printed above the headline ("بسم الله الرحمن
      // الرحيم"): the address's first words, not a banner.
      if index == 0, !statement.fragment, statement.lines.count == 1,
        isInvocation(statement.lines[0].text)
      {
        released += statement.lines
        continue
      }
      if index > lastFact && (notes[index].isOpening || notes[index].addressesSomeone)
        && !statement.fragment
        && (opened || namesPersonOnly(statement, notes[index]) || Self.mayOpen(statement))
      {
        released += statement.lines
        opened = true
        continue
      }
      opened = false
      let reason = notes[index].reason
      for line in statement.lines where notes[index].doubtful {
        borderline.append(
          BorderlineLine(
            line: line.number, text: line.text, dropped: true,
            reason: "header line stating no fact the intro reads: a subtitle, or page furniture?"))
      }
      for line in statement.lines {
        dropped.append(
          DroppedLine(
            line: line.number, text: line.text, reason: reason, fragment: statement.fragment))
      }
    }
    dropped.sort { $0.line < $1.line }
  }

  /// The lines grouped into statements; furniture and lone "by" lines are dropped here.
  private mutating func statements(
    _ lines: [SourceLine], furniture: [String?], tentative: Set<Int>
  ) -> [Statement] {
    var statements: [Statement] = []
    var afterBy = false
    var joinNext = false
    var crumbs: Set<[String]> = []
    var pendingLabel: SourceLine?
    for (index, source) in lines.enumerated() {
      var line = source
      // A label alone on its line ("Speaker:") states the fact of the line under it.
      if let label = pendingLabel {
        pendingLabel = nil
        if let labelled = labelStatement(label, value: line) {
          statements.append(labelled)
          joinNext = false
          continue
        }
        dropped.append(
          DroppedLine(
            line: label.number, text: label.text,
            reason: furniture[index - 1] ?? "header: a label with no value, not spoken"))
      }
      if index + 1 < lines.count && isLabelAlone(line) {
        pendingLabel = line
        continue
      }
      if furniture[index] == nil && breadcrumb(&line, crumbs: &crumbs) {
        joinNext = false
        continue
      }
      if let labelled = labelStatement(line) {
        statements.append(labelled)
        joinNext = false
        continue
      }
      if tentative.contains(index), let stated = factStatement(line) {
        statements.append(stated)
        joinNext = false
        continue
      }
      if let reason = furniture[index],
        index + 1 >= lines.count || !Self.isDayAbove(line.text, lines[index + 1].text, vocabulary)
      {
        dropped.append(DroppedLine(line: line.number, text: line.text, reason: reason))
        joinNext = false
        continue
      }
      add(line, to: &statements, afterBy: &afterBy, joinNext: &joinNext)
    }
    return statements
  }

  /// Adds a line that is no label, crumb, fact or furniture: a lone "by" joins the title to
  /// the speaker below; a line going on in lower case continues the statement before it; any
  /// other line states fields of its own.
  private mutating func add(
    _ line: SourceLine, to statements: inout [Statement], afterBy: inout Bool,
    joinNext: inout Bool
  ) {
    let keys = WordKey.keys(line.text)
    if !keys.isEmpty && vocabulary.by.match(keys, at: 0) == keys.count {
      dropped.append(
        DroppedLine(
          line: line.number, text: line.text, reason: "header: joins the title to the speaker"))
      afterBy = true
      return
    }
    // A line going on in lower case continues the statement, unless it opens with a
    // connective ("at the Annual Meeting …"): then it states a field of its own.
    let continues =
      (LineJoiner.startsLowercase(line.text) && vocabulary.by.match(keys, at: 0) == 0
        && vocabulary.at.match(keys, at: 0) == 0 && vocabulary.about.match(keys, at: 0) == 0)
      || statements.last?.lines.last.map {
        Self.continuesDate(line.text, after: $0.text, vocabulary)
      } == true
    if (joinNext || continues) && !afterBy && !line.blankBefore,
      var last = statements.popLast(), !last.fragment
    {
      last.lines.append(line)
      let text = last.lines.map(\.text).joined(separator: " ")
      last.fields = parser.fields(text, last: statements.last?.fields.last?.kind)
      statements.append(last)
    } else {
      let previous = statements.last?.fields.last?.kind
      statements.append(
        Statement(
          lines: [line], fields: parser.fields(line.text, afterBy: afterBy, last: previous)))
    }
    afterBy = false
    // A header line that ends with a comma is cut short by the page's width: the fields
    // go on on the next line ("…, Minister of Foreign Affairs of Valdoria," / "Dr. …").
    joinNext = Self.goesOn(line.text, vocabulary)
  }

  /// A breadcrumb trail ("Home › Press › Speeches › Speech by …"): its steps are navigation,
  /// and so is a later line that repeats one ("Speeches"); a last step of several words is the
  /// headline. True when nothing of the line is left to read.
  private mutating func breadcrumb(_ line: inout SourceLine, crumbs: inout Set<[String]>) -> Bool {
    let reason = "page navigation (a breadcrumb trail), not part of the address"
    if !crumbs.isEmpty && crumbs.contains(WordKey.keys(line.text)) {
      dropped.append(DroppedLine(line: line.number, text: line.text, reason: reason))
      return true
    }
    let steps = line.text.components(separatedBy: " ").split { ["›", "»", ">", "→"].contains($0) }
    guard steps.count >= 3, let last = steps.last else { return false }
    crumbs.formUnion(steps.dropLast().map { WordKey.keys($0.joined(separator: " ")) })
    guard last.count >= 4 else {
      dropped.append(DroppedLine(line: line.number, text: line.text, reason: reason))
      return true
    }
    let headline = last.filter { !$0.isEmpty }.joined(separator: " ")
    guard let range = line.text.range(of: headline, options: .backwards) else { return false }
    let path = TextScan.trimmed(String(line.text[..<range.lowerBound]))
    dropped.append(DroppedLine(line: line.number, text: path, reason: reason, fragment: true))
    line.text = headline
    return false
  }

  /// A name alone on its line, above a line that starts with an office, is the speaker:
  /// "Marc Knapper" / "Chargé d’Affaires ad interim, U.S. Embassy Seoul".
  /// So is a name before an office on one line: "António Guterres, Secretary-General".
  func namesBeforeOffices(_ statements: [Statement]) -> [Statement] {
    var result = statements
    for index in statements.indices {
      let fields = statements[index].fields
      guard fields.count == 2, fields[0].kind == .maybePlace, isName(fields[0].text),
        [.office, .speaker].contains(fields[1].kind),
        vocabulary.offices.match(WordKey.keys(fields[1].text), at: 0) > 0
      else { continue }
      result[index].fields[0].kind = .speaker
      result[index].fields[1].kind = .office
    }
    for index in statements.indices.dropLast() {
      guard let name = statements[index].fields.first, statements[index].fields.count == 1,
        name.kind == .maybePlace,
        // A name in a script without spaces is one "word" ("陈冯富珍博士").
        TextScan.words(name.text).count >= 2
          || (2...8).contains(DocumentZones.unspacedLetters(name.text, limit: 9)),
        let office = statements[index + 1].fields.first, office.kind == .speaker,
        vocabulary.offices.match(WordKey.keys(office.text), at: 0) > 0
      else { continue }
      result[index].fields[0].kind = .speaker
      result[index + 1].fields[0].kind = .office
    }
    return result
  }
}
