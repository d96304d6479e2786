/// Labels naming who speaks, as transcripts (stenograms) print them at the start of a line:
/// "MR. HALVERSEN: Thank you.", "PRESIDENT ODRANE : …", "А.ПЕТРОВСКИЙ: Коллеги!",
/// "الرئيس: …", "主持人：…", with a note in brackets ("ИВАН СОКОЛОВ [редактор]: …"). A label
/// is never spoken; the words after it are, whoever says them (keeping the speech comes first).
///
/// A label is told by its shape, not by names: a few words before a colon near the start of
/// the line, no digits and no punctuation of a sentence or list, then text that starts as a
/// sentence does. One such line may be speech ("NATO: our answer is unity."), so a label is
/// dropped only when the document shows it is a transcript: the same label opens two lines,
/// or two lines open with a person's name in capitals; or, on the body's first line, when it
/// names the speaker by the header's name, an office or an honorific.
extension DocumentStructure {
  /// A label at the start of a line: its text up to the colon, the text after it, and what
  /// its name part (without notes in brackets) is.
  struct TranscriptLabel {
    /// The label with its colon, as dropped.
    var label: String
    /// The line after the label.
    var rest: String
    /// The folded words of the name part: the same person's labels share it.
    var key: String
    /// Whether every letter of the name part is a capital (a transcript's speaker).
    var capitals: Bool
    /// Whether the name part names a person: two words or more, an initial, an office or an
    /// honorific (a single word in capitals may be a heading: "CONCLUSION:").
    var named: Bool
    /// Whether the name part is an office or honorific and a name of two words or more
    /// ("SENATOR ODRAN VESKEL"), with no possessive ("MINISTER'S PRIORITIES") and no title
    /// word ("MENSAJE DEL MINISTRO DE PUERTOS" is a heading).
    var titledName = false
  }

  /// Whether a label stands alone on its line, above the speech it names the speaker of: in
  /// capitals, a title and a person's name, and no form of address ("SEÑOR PRESIDENTE:" and
  /// "EXCELENCIAS:" are the address's). Evidence enough on its own: a heading in capitals
  /// names no person by office and name.
  static func standsAbove(
    _ label: TranscriptLabel, at index: Int, in body: [SourceLine], _ salutation: Salutation
  ) -> Bool {
    label.rest.isEmpty && label.capitals && label.titledName && index + 1 < body.count
      && !salutation.isSalutation(label.label)
      && body[index + 1].text.unicodeScalars.first.map({ !$0.properties.isLowercase }) ?? false
  }

  /// Whether the words are an office or honorific and two words or more of a name.
  static func namesTitledPerson(_ keys: [String], _ vocabulary: StructureVocabulary) -> Bool {
    guard vocabulary.offices.containsAny(keys) || vocabulary.honorifics.containsAny(keys) else {
      return false
    }
    let names = keys.indices.filter { index in
      keys[index].count >= 2 && vocabulary.offices.match(keys, at: index) == 0
        && vocabulary.honorifics.match(keys, at: index) == 0 && !vocabulary.isStopWord(keys[index])
    }
    return names.count >= 2
  }

  /// The label that opens `text`, by shape alone, or nil.
  static func transcriptLabel(
    _ text: String, _ vocabulary: StructureVocabulary, _ salutation: Salutation
  ) -> TranscriptLabel? {
    // A name opens the line, and its colon comes within a label's length: most lines are let
    // go after their first scalar or a short scan, before anything is built.
    guard let head = text.unicodeScalars.first, head.properties.isAlphabetic,
      !head.properties.isLowercase,
      let colon = text.unicodeScalars.prefix(longestLabel + 1).firstIndex(where: {
        $0 == ":" || $0 == "\u{FF1A}"
      })
    else { return nil }
    let scalars = Array(text.unicodeScalars[...colon].prefix(longestLabel + 1))
    let after = text.unicodeScalars.index(after: colon)
    guard
      after == text.unicodeScalars.endIndex || TextScan.isSpace(text.unicodeScalars[after])
        || text.unicodeScalars[colon] == "\u{FF1A}"
    else { return nil }
    let colonOffset = scalars.count - 1
    let label = TextScan.trimmed(TextScan.string(scalars[..<colonOffset]))
    let name = TextScan.trimmed(Self.withoutNotes(label))
    let words = TextScan.words(name)
    guard (1...longestListLabel).contains(words.count),
      !name.unicodeScalars.contains(where: {
        Self.notInLabels.contains($0) || $0.properties.numericType != nil
      })
    else { return nil }
    let rest = TextScan.trimmed(String(text.unicodeScalars[after...]))
    if let first = rest.unicodeScalars.first(where: { !TextScan.isOpener($0) }),
      !(first.properties.isUppercase
        || (first.properties.isAlphabetic && !first.properties.isLowercase))
    {
      return nil  // "… as follows: the first point" goes on a sentence
    }
    let keys = words.map { WordKey.key($0) }
    // A name's words are capitalized (or of a script without capitals), function words aside.
    guard
      words.indices.allSatisfy({ index in
        words[index].unicodeScalars.first.map { !$0.properties.isLowercase } ?? false
          || (index > 0 && vocabulary.isStopWord(keys[index]))
      })
    else { return nil }
    let capitals =
      !name.unicodeScalars.contains { $0.properties.isLowercase }
      && name.unicodeScalars.filter({ $0.properties.isUppercase }).count >= 2
    let named =
      words.count >= 2 || vocabulary.offices.containsAny(keys)
      || vocabulary.honorifics.containsAny(keys)
    // Words of address before a colon ("Mr. President:", "LADIES AND GENTLEMEN:") are the
    // address's; "MR. ODRAN VESKEL:" names someone after the honorific, as a transcript does.
    if salutation.isSalutation(label) && !(capitals && Self.namesSomeone(keys, vocabulary)) {
      return nil
    }
    let possessive = name.contains(where: { $0 == "'" || $0 == "\u{2019}" })
    return TranscriptLabel(
      label: TextScan.string(scalars[...]), rest: rest, key: keys.joined(separator: " "),
      capitals: capitals, named: named,
      titledName: !possessive && !vocabulary.titles.containsAny(keys)
        && namesTitledPerson(keys, vocabulary))
  }

  /// Whether the words hold an honorific and a word that is no honorific, office or function
  /// word: a name.
  static func namesSomeone(_ keys: [String], _ vocabulary: StructureVocabulary) -> Bool {
    vocabulary.honorifics.containsAny(keys)
      && keys.indices.contains { index in
        vocabulary.honorifics.match(keys, at: index) == 0
          && vocabulary.offices.match(keys, at: index) == 0 && !vocabulary.isStopWord(keys[index])
          && !(index > 0 && vocabulary.honorifics.match(keys, at: index - 1) > 1)
      }
  }

  /// Scalars a speaker's name never holds outside its notes: marks of sentences, lists and
  /// quotations ("My mother told me, and I quote:").
  private static let notInLabels: Set<Unicode.Scalar> = [
    ",", "\u{060C}", ";", "\u{061B}", "!", "?", "\u{061F}", "\"", "«", "»", "“", "”", "„",
    "\u{3002}", "\u{FF0C}",
  ]

  /// The label without its notes in brackets ("ИВАН СОКОЛОВ [редактор газеты]").
  static func withoutNotes(_ label: String) -> String {
    var depth = 0
    var kept = String.UnicodeScalarView()
    for scalar in label.unicodeScalars {
      if scalar == "[" || scalar == "(" {
        depth += 1
      } else if scalar == "]" || scalar == ")" {
        depth = max(0, depth - 1)
      } else if depth == 0 {
        kept.append(scalar)
      }
    }
    return String(kept)
  }

  /// Removes the labels of a transcript from the start of the body's lines (see the type's
  /// comment); returns whether the first line's was one. When the header named no speaker, or
  /// only a headline, the person whose labelled lines are longest is the speaker.
  mutating func removeTranscriptLabels(
    _ body: inout [SourceLine], vocabulary: StructureVocabulary, salutation: Salutation
  ) -> Bool {
    let found = body.map { Self.transcriptLabel($0.text, vocabulary, salutation) }
    var counts: [String: Int] = [:]
    // Text after each person's labels, in the order the persons first speak (ties go to the
    // first: the same plan every run).
    var spoken: [(name: String, scalars: Int)] = []
    for case let label? in found { counts[label.key, default: 0] += 1 }
    let capitalNames = found.filter { $0?.capitals == true && $0?.named == true }.count
    var removedFirst = false
    for (index, label) in found.enumerated() {
      guard let label,
        counts[label.key, default: 0] >= 2 || (label.capitals && label.named && capitalNames >= 2)
          || Self.standsAbove(label, at: index, in: body, salutation)
      else { continue }
      dropped.append(
        DroppedLine(
          line: body[index].number, text: label.label,
          reason: "the speaker's label in a transcript, not part of the address",
          fragment: !label.rest.isEmpty))
      body[index].text = label.rest
      let name = TextScan.trimmed(Self.withoutNotes(String(label.label.dropLast())))
      if label.named, let at = spoken.firstIndex(where: { $0.name == name }) {
        spoken[at].scalars += label.rest.unicodeScalars.count
      } else if label.named {
        spoken.append((name, label.rest.unicodeScalars.count))
      }
      removedFirst = removedFirst || index == 0
    }
    // A headline taken for the speaker yields to the person the labels name.
    if metadata.speaker.map({ Self.readsAsHeadline($0, vocabulary) }) ?? true,
      let most = spoken.enumerated().max(by: {
        ($0.element.scalars, $1.offset) < ($1.element.scalars, $0.offset)
      })
    {
      metadata.speaker = most.element.name
    }
    return removedFirst
  }

  /// Removes a transcript's label naming the speaker from the start of the body's first line
  /// ("BK´in Merkel: Meine Damen und Herren, …"); when the header named no speaker, the label
  /// does, from its first office or honorific on.
  mutating func removeSpeakerLabel(
    _ body: inout [SourceLine], vocabulary: StructureVocabulary, salutation: Salutation
  ) {
    guard let first = body.first,
      let colon = first.text.unicodeScalars.prefix(Self.longestLabel).firstIndex(of: ":")
    else { return }
    let label = String(first.text[..<colon])
    let rest = TextScan.trimmed(String(first.text[first.text.index(after: colon)...]))
    let words = TextScan.words(label)
    let keys = words.map { WordKey.key($0) }
    // A label that repeats the header's speaker may hold an office and a name, and a note
    // ("Le ministre des Affaires étrangères, Lazăr Comănescu (introduction):").
    let repeats =
      words.count <= 2 * Self.longestListLabel
      && metadata.speaker.map { TextScan.overlap(label, $0) >= HeaderReader.repeatOverlap } == true
    guard repeats || (1...Self.longestListLabel).contains(words.count),
      LineShape.lastMark(label) == nil,
      rest.unicodeScalars.count >= RunInHeader.shortestRest,
      let opening = rest.unicodeScalars.first,
      opening.properties.isUppercase || TextScan.isOpener(opening),
      // Persons addressed come in a list, or open with a word of address ("Mr. President:").
      !salutation.isSalutation(label),
      repeats || !label.contains(where: { $0 == "," || $0 == "\u{060C}" })
    else { return }
    let person =
      vocabulary.offices.firstMatch(in: keys) ?? vocabulary.honorifics.firstMatch(in: keys)
    let named = metadata.speaker.map { TextScan.overlap(label, $0) > 0 } ?? false
    guard named || person != nil else { return }
    if metadata.speaker == nil, let person {
      metadata.speaker = words[person.start...].joined(separator: " ")
    }
    // A transcript's stamp may date it ("date 2018-03 Chancellor …:") when the header does not.
    if metadata.date == nil {
      metadata.date = label.split(separator: " ").first(where: Self.isYearStamp).map(String.init)
    }
    dropped.append(
      DroppedLine(
        line: first.number, text: label + ":",
        reason: "the speaker's label in a transcript, not part of the address", fragment: true))
    body[0].text = rest
  }
}

extension DocumentStructure {
  /// Takes off a transcript's label closed by a full stop and run into the salutations, as
  /// archives of addresses print it ("President Reagan. Mr. Ambassador, Your Excellencies,
  /// …"): two to four capitalized words holding an office or honorific and a name, then a
  /// salutation. Its person is the speaker when the header names none. A salutation closed by
  /// a full stop ("Mr. President. Excellencies, …") names no one: it stays.
  mutating func removeStoppedLabel(
    _ body: inout [SourceLine], vocabulary: StructureVocabulary, salutation: Salutation
  ) {
    guard let first = body.first, let stop = TextScan.prefix(first.text, 60).range(of: ". ")
    else { return }
    let label = String(first.text[..<stop.lowerBound])
    let rest = TextScan.trimmed(String(first.text[stop.upperBound...]))
    let words = TextScan.words(label)
    let keys = words.map { WordKey.key($0) }
    guard (2...4).contains(words.count),
      words.allSatisfy({ $0.first?.isUppercase == true }),
      !FurnitureRules.endsInAbbreviation(label + ".", words),
      let person =
        vocabulary.offices.firstMatch(in: keys) ?? vocabulary.honorifics.firstMatch(in: keys),
      keys.indices.contains(where: { index in
        vocabulary.offices.match(keys, at: index) == 0
          && vocabulary.honorifics.match(keys, at: index) == 0
          && !vocabulary.isStopWord(keys[index]) && index > person.start
      }),
      let clause = rest.split(whereSeparator: { $0 == "," || $0 == ":" }).first,
      salutation.isSalutation(String(clause))
    else { return }
    if metadata.speaker == nil {
      metadata.speaker = words[person.start...].joined(separator: " ")
    }
    dropped.append(
      DroppedLine(
        line: first.number, text: label + ".",
        reason: "the speaker's label in a transcript, not part of the address", fragment: true))
    body[0].text = rest
  }
}
