/// Furniture inside the body's own lines. What a news page puts before the words of an
/// address: the reporter's introduction ("On Tuesday the minister spoke to the staff. Here is
/// the speech in full:") and a transcript's label naming who speaks ("Chancellor Merkel:
/// Ladies and gentlemen, …"); and what a copy glues after its last sentence: a source note
/// with a web address, glued to the full stop ("… à vous tous.Source http://…, le 21 mai"),
/// and stray backslashes.
///
/// Both are told by their shape. An introduction ends with a sentence that names the address
/// by a title word (`[header-titles]`: "speech", "Ansprache", "речь", "講話") and ends with a
/// colon, or is followed at once by a greeting; it stands before any salutation, within the
/// first lines of the body. A label is a few words before a colon at the very start of the
/// body that name the speaker (the header's speaker, an office or an honorific), not a person
/// addressed. Each is listed as dropped, with its line.
extension DocumentStructure {
  /// The most body lines a reporter's introduction spans (a byline, the lead, a caption).
  static let leadLines = 4
  /// The most body lines an introduction spans that ends by announcing the address in full
  /// (`[lead-announcements]`: "Following is the text of the speech:"): a news page may
  /// report the speech over several paragraphs first.
  static let longestLead = 8
  /// Why a reporter's introduction is not spoken.
  static let leadReason = "a reporter's introduction to the address, not part of it"
  /// The longest transcript label, in scalars.
  static let longestLabel = 80
  /// The most words of a transcript label that does not repeat the header's speaker.
  static let longestListLabel = 6

  /// Removes the reporter's introduction at the start of `body`, if there is one, and returns
  /// the sentence that announces the address, the whole introduction, and whether it ran past
  /// the first lines (a report of the speech, whose dates are of what it tells).
  @discardableResult
  static func removeLead(
    _ body: inout [SourceLine], segmenter: Segmenter, vocabulary: StructureVocabulary,
    into dropped: inout [DroppedLine]
  ) -> (announcement: String, lead: String, long: Bool)? {
    let salutation = segmenter.conventions.salutation
    var reported = false  // whether the lines so far told that someone spoke ("… spoke at …")
    for index in body.indices.prefix(longestLead) {
      let text = body[index].text
      let sentences = announcementsSplit(
        segmenter.utterances(in: TextScan.prefix(text, salutationWindow)), vocabulary)
      // Captions may stand between the introduction and the address ("Fiesta Nacional"):
      // skipped only when the address does not open right after the introduction.
      let skip = captions(body[(index + 1)...], salutation)
      for (position, sentence) in sentences.enumerated() {
        reported = reported || (index < leadLines && vocabulary.reportsSpeech(sentence))
        // Past the first lines, only an announcement of the full text ends an introduction.
        let full = vocabulary.announcements.containsAny(
          WordKey.keys(TextScan.prefix(sentence, 600)))
        if index >= leadLines && !full {
          if salutation.isOpeningSentence(sentence) { return nil }
          continue
        }
        func next(_ after: Int) -> String? {
          position + 1 < sentences.count
            ? sentences[position + 1]
            : body.indices.contains(after)
              ? segmenter.utterances(in: TextScan.prefix(body[after].text, 400)).first : nil
        }
        let earlier = index > 0 || position > 0
        // An announcement ends with a colon as a salutation may: it is asked first. The
        // address it announces opens with a salutation or greeting ("… my remarks with a
        // story:" inside an address goes on with the story).
        // A reporter's announcement names the speaker in the third person and ends with a
        // colon: the address after it may open without a salutation ("Following is the
        // statement by Secretary-General …:", "On trouvera ci-après le texte …, M. …:").
        func announced(_ after: Int) -> Bool {
          if position + 1 == sentences.count, body.indices.contains(after),
            closesPage(body[after].text, body[(after + 1)...], vocabulary)
          {
            return false
          }
          guard
            announces(sentence, next: next(after), earlier: earlier, vocabulary, salutation)
              || reportEnds(sentence, next: next(after), reported: reported, salutation),
            full || !speaksOutsideQuotes(body[..<index].map(\.text) + [sentence], vocabulary)
          else { return false }
          // After an announcement of the full text, a salutation's shape is enough: Chinese
          // runs its forms of address into one "word" ("…全文如下:副总理先生阁下,诸位阁下:").
          // A report that told who spoke may be followed by the address quoted whole.
          let quoted = reported && next(after).map(opensQuotation) == true
          let opening =
            quoted
            || (position + 1 < sentences.count
              ? salutation.isOpeningSentence(sentences[position + 1])
                || (full && salutation.isOpeningLine(sentences[position + 1]))
              : opens(body[after...].prefix(2), segmenter))
          // An announcement of the full text that ends its line with a colon needs no more:
          // the address follows, whatever its first words ("وجاء نص الكلمة كالتالى:").
          let announcedWhole =
            full && position == sentences.count - 1
            && (LineShape.lastMark(sentence) == ":"
              || endsWithAnnouncement(WordKey.keys(sentence), vocabulary)
              || (!earlier && opensWithAnnouncement(sentence, vocabulary)))
          return ((opening || announcedWhole) && index < leadLines)
            || (next(after) != nil
              && reports(body[..<index].map(\.text) + sentences[...position], vocabulary))
        }
        let after =
          announced(index + 1)
          ? index + 1 : skip > 0 && announced(index + 1 + skip) ? index + 1 + skip : nil
        guard let after, let end = text.range(of: sentence)?.upperBound else {
          if reported
            ? opensAfterReport(sentence, salutation) : salutation.isOpeningSentence(sentence)
          {
            return nil
          }
          continue
        }
        let whole = dropLead(&body, line: index, at: end, before: after, into: &dropped)
        return (sentence, whole, index >= leadLines)
      }
    }
    return nil
  }

  /// Whether `line` is short thanks that end the page (no prose in `rest` after it): the
  /// lines before a last "¡Muchas gracias!" are the address's body, not an introduction to
  /// it ("Je vous remercie de votre accueil …", followed by prose, may open an address).
  private static func closesPage(
    _ line: String, _ rest: ArraySlice<SourceLine>, _ vocabulary: StructureVocabulary
  ) -> Bool {
    let long = { (text: String) in TextScan.wordCount(text, limit: 13) > 12 }
    return !long(line)
      && vocabulary.closings.match(WordKey.keys(TextScan.prefix(line, 80)), at: 0) > 0
      && !rest.contains { long($0.text) }
  }

  /// Drops the lines before line `index` and its text up to `end` (the lead), and when
  /// nothing follows on that line, the captions up to line `after`; returns the whole lead.
  private static func dropLead(
    _ body: inout [SourceLine], line index: Int, at end: String.Index, before after: Int,
    into dropped: inout [DroppedLine]
  ) -> String {
    let text = body[index].text
    let reason = leadReason
    for line in body[..<index] {
      dropped.append(DroppedLine(line: line.number, text: line.text, reason: reason))
    }
    let rest = TextScan.trimmed(String(text[end...]))
    let lead = TextScan.trimmed(String(text[..<end]))
    dropped.append(
      DroppedLine(
        line: body[index].number, text: lead, reason: reason, fragment: !rest.isEmpty))
    var skipped = 0
    if rest.isEmpty {
      for line in body[(index + 1)..<after] {
        dropped.append(
          DroppedLine(
            line: line.number, text: line.text,
            reason: "a caption between the introduction and the address, not part of it"))
      }
      skipped = after - index - 1
    }
    let whole = (body[..<index].map(\.text) + [lead]).joined(separator: " ")
    body[index].text = rest
    body.removeSubrange((index + 1)..<(index + 1 + skipped))
    body.removeFirst(index)
    return whole
  }

  /// How many lines at the start of `lines` are captions: short lines without a sentence
  /// mark that are no salutation (at most two).
  private static func captions(_ lines: ArraySlice<SourceLine>, _ salutation: Salutation) -> Int {
    lines.prefix(2).prefix { line in
      LineShape.lastMark(line.text) == nil && TextScan.wordCount(line.text, limit: 9) <= 8
        && !salutation.isOpeningLine(line.text) && !salutation.isSalutationLine(line.text)
    }.count
  }

  /// Whether one of the lines opens an address: a salutation or greeting line, or a line
  /// whose first sentence is one, or whose words up to the first comma are a salutation
  /// («Sehr geehrter Herr Bundeskanzler, ich bedanke mich …»).
  private static func opens(_ lines: ArraySlice<SourceLine>, _ segmenter: Segmenter) -> Bool {
    let salutation = segmenter.conventions.salutation
    return lines.contains { line in
      let head = TextScan.prefix(line.text, 400)
      if salutation.isOpeningLine(head) { return true }
      if let first = segmenter.utterances(in: head).first, salutation.isOpeningSentence(first) {
        return true
      }
      let clause = head.split(whereSeparator: { $0 == "," || $0 == "\u{060C}" }).first
      return clause.map { salutation.isSalutation(String($0)) } ?? false
    }
  }

  /// The most words before the announcement that opens a sentence ("Below is the | text of
  /// the speech made by …").
  static let announcementStart = 3

  /// Whether the body's first sentence opens by announcing the address's full text in so many
  /// words and names it by a title word ("Below is the text of the speech made by …, on 24
  /// July 2031."): the address follows it, however it opens.
  static func opensWithAnnouncement(_ sentence: String, _ vocabulary: StructureVocabulary) -> Bool {
    let keys = WordKey.keys(TextScan.prefix(sentence, 600))
    return vocabulary.titles.containsAny(keys)
      && (0..<min(announcementStart + 1, keys.count)).contains {
        vocabulary.announcements.match(keys, at: $0) > 0
      }
  }

  /// Whether a sentence's last words are an announcement of the full text ("… nous communique
  /// le message suivant."), the last few of them, as `HeaderParser` reads a lead's last line.
  static func endsWithAnnouncement(_ keys: [String], _ vocabulary: StructureVocabulary) -> Bool {
    let first = max(0, keys.count - HeaderParser.longestTrailingAnnouncement)
    return (first..<keys.count).contains {
      vocabulary.announcements.match(keys, at: $0) == keys.count - $0
    }
  }

  /// Whether a sentence announces the address that follows: it names it by a title word, and
  /// ends with a colon, or a greeting follows it after earlier sentences of the introduction.
  private static func announces(
    _ sentence: String, next: String?, earlier: Bool, _ vocabulary: StructureVocabulary,
    _ salutation: Salutation
  ) -> Bool {
    let keys = WordKey.keys(sentence)
    let colon = LineShape.lastMark(sentence) == ":"
    // A reporter who quotes the whole address needs no word for it: the colon and an opening
    // quotation mark that the address's first sentence leaves open say it ("… поздравил
    // сотрудников …:" / "\"На протяжении …"). An announcement of the full text names no
    // kind of address either ("Below is the full text:", "以下是主旨演講全文:").
    let full = vocabulary.announcements.containsAny(keys)
    // A lead that names its speaker by a word of address is no salutation when it announces
    // the address ("Sir Odo Dorvel, Warden, made the following remarks:").
    guard
      vocabulary.titles.containsAny(keys) || full
        || colon && next.map(Self.opensQuotation) == true,
      full || !salutation.isSalutation(sentence), !endsInSalutation(sentence, salutation)
    else { return false }
    // An announcement of the full text may end the lead with a full stop instead ("… et nous
    // communique le message suivant."): its last words say that the address follows.
    if colon || endsWithAnnouncement(keys, vocabulary) { return true }
    // The body's first sentence may be an announcement that ends with a full stop, when it
    // announces the text in so many words ("Below is the text of the speech made by …").
    guard earlier || full, let next else { return false }
    if !earlier && opensWithAnnouncement(sentence, vocabulary) { return true }
    return salutation.isOpeningSentence(next)
  }

  /// Whether the sentence's last clause is a salutation ("…، السيد الرئيس، السيدات والسادة:"):
  /// a lead run into the salutations without a colon of its own. Where the lead ends is not
  /// known, so it is not cut away: the salutations are the address's.
  static func endsInSalutation(_ sentence: String, _ salutation: Salutation) -> Bool {
    let scalars = Array(TextScan.trimmed(sentence).unicodeScalars)
    var end = scalars.count
    while end > 0 && (scalars[end - 1] == ":" || scalars[end - 1] == "\u{FF1A}") { end -= 1 }
    let separators: Set<Unicode.Scalar> = [",", "\u{060C}", ";", "\u{061B}", "\u{FF0C}"]
    let start = scalars[..<end].lastIndex(where: { separators.contains($0) }).map { $0 + 1 } ?? 0
    guard start > 0 else { return false }
    return salutation.isSalutation(TextScan.trimmed(TextScan.string(scalars[start..<end])))
  }

  /// Why a body line is not spoken because it repeats the header (a title printed again).
  func repeatReason(_ text: String, _ facts: [HeaderFactKeys]) -> String? {
    guard LineShape.lastMark(text) == nil, !LineShape.holdsSentences(text),
      TextScan.scalarCount(text, limit: FurnitureRules.longestShortLine + 1)
        <= FurnitureRules.longestShortLine
    else { return nil }
    guard TextScan.wordCount(text, limit: 2) >= 2 else { return unspacedRepeat(text, facts) }
    let keys = Set(TextScan.keys(text))
    for fact in facts where !fact.keys.isEmpty && !keys.isEmpty {
      let common = keys.intersection(fact.keys).count
      let shared = Double(common) / Double(min(keys.count, fact.keys.count))
      // The fact's words must also make two fifths of the line: a wrapped line of the
      // address that holds a short title ("… with the statement delivered by …" under
      // "STATEMENT") is no repeat of it.
      if shared >= HeaderReader.repeatOverlap && common * 5 >= keys.count * 2 {
        return "repeats the \(fact.name) from the header"
      }
    }
    return nil
  }

  /// Chinese and Japanese write a title or a name as one run of letters, with no words to
  /// compare: such a line repeats a fact that holds all of it ("刘淇" under the speaker
  /// "北京奥组委主席刘淇"; the title printed again under a reporter's "全文如下：").
  private func unspacedRepeat(_ text: String, _ facts: [HeaderFactKeys]) -> String? {
    let line = TextScan.trimmed(text)
    guard let first = line.unicodeScalars.first, Script(of: first).isUnspaced,
      line.unicodeScalars.count >= 2
    else { return nil }
    return facts.first { $0.text.contains(line) }.map { "repeats the \($0.name) from the header" }
  }

  /// The title, event and speaker, with their word keys as ``TextScan/overlap(_:_:)``
  /// compares them: computed once per document, not for every line.
  var factKeys: [HeaderFactKeys] {
    [("title", metadata.title), ("event", metadata.event), ("speaker", metadata.speaker)]
      .map { name, text in
        HeaderFactKeys(name: name, text: text ?? "", keys: Set(text.map(TextScan.keys) ?? []))
      }
  }
}

/// A header fact as a body line is compared with it: its name, its text and its word keys.
struct HeaderFactKeys {
  var name: String
  var text: String
  var keys: Set<String>
}
