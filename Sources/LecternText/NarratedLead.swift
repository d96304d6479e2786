/// A reporter's lead told without a speech verb: a news page's first paragraph tells, in the
/// third person, of the occasion and of the person who spoke ("At the Passing Out Parade,
/// which took place at the college in Kaduna, ACP …, the commandant of the school, reeled out
/// the achievements of the school."), and the address opens right after it with a formula of
/// the first person ("It is with great pleasure … that I welcome you …").
///
/// Told by shape and by the words of the language files: the lead is one or two whole
/// paragraphs at the start of the body, none a salutation or greeting, each ending with a
/// sentence mark and holding no "I" or "we" (`[first-person]`: a reporter may write "our
/// correspondent", so possessives do not count) and no "you" (`[second-person]`); one of its
/// sentences names a person by office or honorific; and the next paragraph opens with a
/// formula of `[address-openings]`. An address that opens by telling of someone ("In 1963 a
/// president stood in this square.") goes on in the first person in that same paragraph, or
/// opens its next one otherwise than with a formula, and is spoken whole.
extension DocumentStructure {
  /// The most paragraphs of a lead told without a speech verb.
  static let longestNarratedLead = 2
  /// The most words of one paragraph of such a lead.
  static let longestNarratedParagraph = 120

  /// Removes a lead told without a speech verb at the start of `body`, if there is one, and
  /// returns the sentence that names the person, the whole lead, and `long: false` (a lead
  /// of one or two paragraphs dates and places the address it introduces). A reporter may
  /// write the office in lower case before the name: the person is read so from its lead.
  static func removeNarratedLead(
    _ body: inout [SourceLine], segmenter: Segmenter, vocabulary: StructureVocabulary,
    into dropped: inout [DroppedLine]
  ) -> (announcement: String, lead: String, long: Bool)? {
    var named: String?
    for count in 1...longestNarratedLead where count < body.count {
      let line = body[count - 1].text
      guard let sentences = narratedSentences(line, segmenter, vocabulary) else { return nil }
      named =
        named
        ?? sentences.first { person(in: $0, vocabulary, lowercaseOffices: true) != nil }
      guard let named, opensWithFormula(body[count].text, segmenter, vocabulary) else {
        continue
      }
      for line in body[..<count] {
        dropped.append(DroppedLine(line: line.number, text: line.text, reason: leadReason))
      }
      let lead = body[..<count].map(\.text).joined(separator: " ")
      body.removeFirst(count)
      return (named, lead, false)
    }
    return nil
  }

  /// The sentences of a paragraph told in the third person: not too long, ending with a
  /// sentence mark, none a salutation or greeting, no word of the first person; nil otherwise.
  private static func narratedSentences(
    _ line: String, _ segmenter: Segmenter, _ vocabulary: StructureVocabulary
  ) -> [String]? {
    let salutation = segmenter.conventions.salutation
    guard
      TextScan.wordCount(line, limit: longestNarratedParagraph + 1) <= longestNarratedParagraph,
      LineShape.endsSentence(line), !salutation.isOpeningLine(line),
      !speaksInFirstPerson(line, vocabulary), !addressesTheAudience(line, vocabulary)
    else { return nil }
    let sentences = segmenter.utterances(in: line)
    guard !sentences.isEmpty,
      !sentences.contains(where: {
        salutation.isOpeningSentence($0) || salutation.isSalutation($0)
      })
    else { return nil }
    return sentences
  }

  /// Whether a text holds a word of the first person, or in a script written without spaces,
  /// such a word inside a run of letters.
  static func speaksInFirstPerson(_ text: String, _ vocabulary: StructureVocabulary) -> Bool {
    holdsWord(of: vocabulary.firstPerson, unspaced: vocabulary.unspacedFirstPerson, in: text)
  }

  /// Whether a text addresses its audience (`[second-person]`: "It is wonderful to have you
  /// all here today."): a reporter tells the reader of the occasion, the speaker speaks to it.
  static func addressesTheAudience(_ text: String, _ vocabulary: StructureVocabulary) -> Bool {
    holdsWord(of: vocabulary.secondPerson, unspaced: vocabulary.unspacedSecondPerson, in: text)
  }

  /// Whether a text holds a word of `words`, or one of `unspaced` inside a run of letters.
  private static func holdsWord(
    of words: PhraseSet, unspaced: [String], in text: String
  ) -> Bool {
    let keys = WordKey.keys(text)
    if words.containsAny(keys) { return true }
    return unspaced.contains { word in keys.contains { $0.contains(word) } }
  }

  /// Whether a paragraph's first sentence opens with a formula of `[address-openings]`.
  private static func opensWithFormula(
    _ line: String, _ segmenter: Segmenter, _ vocabulary: StructureVocabulary
  ) -> Bool {
    guard let first = segmenter.utterances(in: TextScan.prefix(line, 400)).first else {
      return false
    }
    return vocabulary.openings.match(WordKey.keys(first), at: 0) > 0
  }
}
