/// How ``HeaderReader`` turns the fields of one statement into facts, and says what became of
/// each field.
extension HeaderReader {
  /// Reads statement `index` into facts. `banner`: it stands above the headline;
  /// `laterSpeaker`: the headline or a statement after it names the speaker.
  mutating func read(
    _ statement: Statement, at index: Int, banner: Bool, laterSpeaker: Bool,
    speakerStatement: inout Int?
  ) -> Notes {
    var notes = Notes()
    if statement.fields.contains(where: { $0.kind == .title }) {
      let text = statement.lines.map { TextScan.prefix($0.text, 400) }.joined(separator: " ")
      notes.speaks = DocumentStructure.speaksInFirstPerson(text, vocabulary)
    }
    // The top line naming the office or mission that runs the page ("Office of the
    // Chancellor") is its banner, no fact: lower down, such words name an occasion's host.
    if index == 0, statement.lines.count == 1, let line = statement.lines.first,
      vocabulary.isSiteName(line.text)
    {
      notes.unspoken.append("the page's name")
      return notes
    }
    var speakerHere = false
    var eventHere = false
    for field in statement.fields {
      switch field.kind {
      case .date where banner && contradictsLater(field):
        notes.add("date", .different)
      case .place where banner && contradictsLater(field):
        notes.add("place", .different)
      case .date:
        let alone = statement.fields.allSatisfy {
          $0.kind == .date || TextScan.wordCount($0.text, limit: 1) == 0
        }
        let result = dateFact(field, alone: alone)
        if result == .new { dateStamped = statement.fields.contains { $0.kind == .time } }
        notes.add("date", result)
      case .place where vocabulary.dates.isWeekday(field.text):
        // "السبت: 16/11/2024": a day of the week before its date is no place.
        notes.onlyNotes = false
        notes.unspoken.append("a day of the week")
      case .place where repeatsSpeaker(field.text):
        notes.add("speaker", .repeated)
      case .title:
        notes.add("title", fact(field.text, into: \.title))
      case .event where eventHere && fullerEvent(field.text):
        // The statement names its occasion twice, the second time in full ("ante la
        // Asamblea en el 76º período de sesiones de la Asamblea General"): that one is read.
        metadata.event = Self.cleaned(field.text)
      case .event:
        let result = fact(field.text, into: \.event)
        eventHere = eventHere || result == .new
        notes.add("event", result)
      case .place:
        notes.add("place", placeFact(field.text))
      case .speaker where banner && laterSpeaker:
        notes.banner = true
      case .speaker where speakerHere:
        // The same statement names the speaker twice over: an office, then the person
        // ("Speech by the Minister of Culture, Dr. Ana Lima").
        if let speaker = metadata.speaker,
          TextScan.overlap(field.text, speaker) < Self.repeatOverlap
        {
          metadata.speaker = speaker + Script.comma(after: speaker) + Self.cleaned(field.text)
        }
      case .speaker:
        // A name after a speaker stated by office alone names that speaker ("António
        // Guterres, Secretary-General" under "Послание Генерального секретаря …").
        if let known = metadata.speaker, isOfficeOnly(known), namesPerson(field.text) {
          metadata.speaker = nil
        }
        let result = fact(field.text, into: \.speaker)
        if result == .new || speakerHere { speakerStatement = index }
        speakerHere = result == .new
        notes.add("speaker", result)
      case .office:
        office(
          field.text, at: index, here: speakerHere, banner: banner && laterSpeaker, &notes,
          speakerStatement: &speakerStatement)
      case .time: notes.unspoken.append("time")
      case .note: notes.unspoken.append("delivery note")
      case .debris: notes.unspoken.append("layout debris")
      case .connective: break
      case .subject, .unknown, .maybePlace:
        // "Mark Varnholt – 2014 Speech in Quelvoria": a name before the title it gave.
        guard !banner, metadata.speaker == nil, namesSpeakerBeforeTitle(field, in: statement)
        else {
          unknown(field.text, banner: banner, &notes)
          continue
        }
        let result = fact(field.text, into: \.speaker)
        if result == .new { speakerStatement = index }
        speakerHere = result == .new
        notes.add("speaker", result)
      }
    }
    return notes
  }

  /// Whether the field is a person's name (two to five capitalized words, no office) right
  /// before the statement's title, with only joining marks between: a headline that puts its
  /// speaker first ("Mark Varnholt – 2014 Speech"). A place stands after the title instead.
  private func namesSpeakerBeforeTitle(_ field: HeaderField, in statement: Statement) -> Bool {
    guard let at = statement.fields.firstIndex(where: { $0 == field }),
      let title = statement.fields[(at + 1)...].first(where: { $0.kind != .connective }),
      title.kind == .title
    else { return false }
    return isName(field.text)
  }

  /// Whether a statement may open the address: a tab's or section's label of one or two
  /// words without a mark ("الرسالة المكتوبة", "Video message") does not, unless lines of
  /// the opening come before it.
  static func mayOpen(_ statement: Statement) -> Bool {
    let text = statement.lines.map(\.text).joined(separator: " ")
    return LineShape.lastMark(text) != nil || TextScan.wordCount(text, limit: 3) >= 3
  }

  /// Whether the headline or a statement after it states a date (or place) and none of them
  /// the banner's: "Aug 11, 2016" of an archive above "Nueva York, 25 septiembre de 2012".
  private func contradictsLater(_ field: HeaderField) -> Bool {
    let stated = later.filter { $0.kind == field.kind }
    guard !stated.isEmpty else { return false }
    return !stated.contains { other in
      if let date = field.date, let found = other.date {
        return date.year == found.year && date.month == found.month
      }
      return TextScan.overlap(field.text, other.text) >= Self.repeatOverlap
    }
  }

  /// An office: part of the speaker named in this or the previous statement, else the speaker.
  private mutating func office(
    _ text: String, at index: Int, here: Bool, banner: Bool, _ notes: inout Notes,
    speakerStatement: inout Int?
  ) {
    if banner {
      notes.banner = true
      return
    }
    guard let speaker = metadata.speaker else {
      notes.add("speaker", fact(text, into: \.speaker))
      speakerStatement = index
      return
    }
    if TextScan.overlap(text, speaker) >= Self.repeatOverlap {
      notes.add(here ? "speaker" : "speaker's office", .repeated)
    } else if here || speakerStatement == index - 1 || speakerStatement == index {
      metadata.speaker = speaker + Script.comma(after: speaker) + Self.cleaned(text)
      speakerStatement = index
      if !here { notes.add("speaker's office", .new) }
    } else {
      notes.add("speaker's office", .different)
    }
  }

  /// A field of no known kind: a fact it repeats, a banner above the headline, or words the
  /// intro does not read. Such lines are far more often page furniture (site sections,
  /// bylines, teasers) than subtitles, so they are not spoken; `check` lists them.
  private mutating func unknown(_ text: String, banner: Bool, _ notes: inout Notes) {
    if let name = repeatedFact(text) {
      notes.add(name, .repeated)
    } else if banner {
      notes.banner = true
    } else {
      notes.unspoken.append("words that state no fact")
      notes.doubtful = true
    }
  }

  /// Sets the fact if it is not known yet.
  private mutating func fact(
    _ text: String, into field: WritableKeyPath<DocumentMetadata, String?>
  ) -> FactResult {
    let value = Self.cleaned(text)
    guard let known = metadata[keyPath: field] else {
      metadata[keyPath: field] = value
      return .new
    }
    return TextScan.overlap(value, known) >= Self.repeatOverlap ? .repeated : .different
  }

  /// Whether `text` holds the known event's words and more: its fuller name.
  private func fullerEvent(_ text: String) -> Bool {
    guard let known = metadata.event else { return false }
    let value = Self.cleaned(text)
    return TextScan.overlap(value, known) >= 1
      && Set(TextScan.keys(value)).count > Set(TextScan.keys(known)).count
  }

  /// The date, keeping a written date ("30 October 2019") over a numeric one ("30.10.2019"),
  /// and a date line (`alone`) over a page's publication stamp ("2031年06月05日 09:41:07").
  private mutating func dateFact(_ field: HeaderField, alone: Bool) -> FactResult {
    // A year alone, or a day and a month without a year.
    guard let found = field.date else { return undatedFact(field.text) }
    guard let known = date else {
      date = found
      metadata.date = found.text
      return .new
    }
    let same =
      known.year == found.year && known.month == found.month
      && (known.day == nil || found.day == nil || known.day == found.day)
      || known.readSwapped(found) || found.readSwapped(known)
    if (known.numeric && !found.numeric && known.year == found.year
      && (known.month == found.month || known.readSwapped(found)))
      || (dateStamped && alone && found.day != nil && !same)
    {
      date = found
      metadata.date = found.text
      return .new
    }
    return same ? .repeated : .different
  }

  /// Keeps the more precise place ("Moscow, Russia" over "Moscow").
  private mutating func placeFact(_ text: String) -> FactResult {
    let value = Self.cleaned(text)
    guard let known = metadata.place else {
      metadata.place = value
      return .new
    }
    let overlap = TextScan.overlap(value, known)
    if value.count > known.count && overlap >= 1 {
      metadata.place = value
      return .new
    }
    return overlap >= Self.repeatOverlap ? .repeated : .different
  }
}
