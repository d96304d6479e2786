/// What a news page's reporter writes around an address it quotes whole: an attribution that
/// opens a later paragraph ("وأضاف د. …:", "He added:") before the quotation goes on, and
/// how the speaker's own paragraphs differ from a reporter's (the first person outside
/// quotation marks).
extension DocumentStructure {
  /// The most words of an attribution before its colon ("وأضاف رئيس البلدية د. …:").
  static let longestAttribution = 8

  /// Whether two or more of the lines a reporter would have written speak in the first person
  /// outside their quotations ("I encourage students …", "We farewell …"): the speaker's own
  /// paragraphs, not an introduction to a quotation that follows them. One such line may be
  /// the publisher's ("We present the whole speech below").
  static func speaksOutsideQuotes(_ lines: [String], _ vocabulary: StructureVocabulary) -> Bool {
    lines.count { line in
      var depth = 0
      let bare = String(
        TextScan.prefix(line, 2_000).unicodeScalars.filter { scalar in
          if "\u{201C}\u{00AB}\u{201E}".unicodeScalars.contains(scalar) { depth += 1 }
          if "\u{201D}\u{00BB}".unicodeScalars.contains(scalar) { depth = max(0, depth - 1) }
          return depth == 0 && scalar != "\""
        })
      // Straight quotation marks do not tell where a quotation ends: such a line is let go.
      return !line.contains("\"") && speaksInFirstPerson(bare, vocabulary)
    } >= 2
  }

  /// Takes a reporter's attribution off the paragraphs after the lead: a phrase of a few
  /// words that holds a word of `[news-attributions]` ("وأضاف د. …", "The mayor added") and
  /// ends with a colon right before a quotation mark. What follows is the speaker's.
  static func removeAttributions(
    _ body: inout [SourceLine], vocabulary: StructureVocabulary, into dropped: inout [DroppedLine]
  ) {
    for index in body.indices {
      let text = body[index].text
      // Looked for in the line's own indices: an attribution is a few words.
      guard let colon = text.prefix(200).firstIndex(where: { $0 == ":" || $0 == "\u{FF1A}" })
      else { continue }
      let head = String(text[..<colon])
      let rest = text[text.index(after: colon)...].drop { $0 == " " }
      guard let mark = rest.first, "\"\u{201C}\u{00AB}\u{201E}".contains(mark),
        TextScan.wordCount(head, limit: longestAttribution + 1) <= longestAttribution,
        vocabulary.attributions.containsAny(WordKey.keys(head))
      else { continue }
      dropped.append(
        DroppedLine(
          line: body[index].number, text: head + ":",
          reason: "a reporter's attribution before the quotation, not part of the address",
          fragment: true))
      body[index].text = String(rest)
    }
  }
}
