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
    return TranscriptLabel(
      label: TextScan.string(scalars[...]), rest: rest, key: keys.joined(separator: " "),
      capitals: capitals, named: named)
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
  /// comment); returns whether the first line's was one. When the header named no speaker,
  /// the person whose labelled lines are longest is the speaker.
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
    if metadata.speaker == nil,
      let most = spoken.enumerated().max(by: {
        ($0.element.scalars, $1.offset) < ($1.element.scalars, $0.offset)
      })
    {
      metadata.speaker = most.element.name
    }
    return removedFirst
  }

  /// Removes a speaker's label alone on its line among the body's first lines, the way a
  /// stenogram of one speaker prints it once above the speech ("SENATOR ODA VESKEN:"): an
  /// office or honorific and a name in capitals, a colon, nothing after, and the speech on
  /// the next line. A heading is not one: it holds a title word, or no office or honorific.
  /// When the header names no speaker, or only by a headline, the label does.
  mutating func removeLoneSpeakerLabel(
    _ body: inout [SourceLine], vocabulary: StructureVocabulary, salutation: Salutation
  ) {
    for index in body.indices.prefix(Self.leadLines) where index + 1 < body.count {
      guard let label = Self.transcriptLabel(body[index].text, vocabulary, salutation),
        label.rest.isEmpty, label.capitals
      else { continue }
      let name = TextScan.trimmed(Self.withoutNotes(String(label.label.dropLast())))
      let words = TextScan.words(name)
      let keys = words.map { WordKey.key($0) }
      guard !vocabulary.titles.containsAny(keys),
        let person = vocabulary.offices.firstMatch(in: keys)
          ?? vocabulary.honorifics.firstMatch(in: keys)
      else { continue }
      if metadata.speaker.map({ Self.readsAsHeadline($0, vocabulary) }) ?? true {
        metadata.speaker = words[person.start...].joined(separator: " ")
      }
      dropped.append(
        DroppedLine(
          line: body[index].number, text: body[index].text,
          reason: "the speaker's label in a transcript, not part of the address"))
      body.remove(at: index)
      return
    }
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
