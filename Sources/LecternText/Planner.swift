/// Turns a ``Document`` into a ``RenderPlan``: the intro, the opening, then the paragraphs,
/// each cut into utterances and annotated with language spans.
public struct Planner: Sendable {
  /// Cuts utterances into language spans and names the document's language.
  public var annotator: any LanguageAnnotating
  /// Cuts parts into utterances.
  public var segmenter: Segmenter
  /// Every language's word lists (salutations, abbreviations, page furniture …).
  public var languages: LanguageKnowledge {
    didSet { vocabulary = StructureVocabulary(languages) }
  }
  /// The words structure reading uses, compiled from `languages`.
  private var vocabulary: StructureVocabulary

  /// Creates a planner. `languages` defaults to the annotator's when it has them.
  public init(
    annotator: any LanguageAnnotating = SingleLanguageAnnotator(),
    segmenter: Segmenter = Segmenter(), languages: LanguageKnowledge? = nil
  ) {
    self.annotator = annotator
    self.segmenter = segmenter
    let knowledge = languages ?? (annotator as? LanguageAnnotator)?.languages ?? LanguageKnowledge()
    self.languages = knowledge
    vocabulary = StructureVocabulary(knowledge)
  }

  /// The plan of `document`. Pure: the same document always gives the same plan.
  public func plan(_ document: Document) -> RenderPlan {
    let structure = DocumentStructure.read(
      document, segmenter: segmenter, vocabulary: vocabulary)
    let body =
      structure.opening + structure.openingUtterances
      + structure.sections.flatMap(\.pieces)
    let language = annotator.documentLanguage(of: body.joined(separator: "\n"))
    var parts: [Part] = []

    let intro = IntroWriter.text(
      for: structure.metadata, extras: structure.introExtras,
      spokenDate: structure.date.flatMap { DateFinder.spelledOut($0, language: language) })
    if !intro.isEmpty {
      parts.append(
        part("intro", .intro, segmenter.utterances(in: intro), .narrator, language))
    }
    let opening =
      structure.opening.flatMap { segmenter.utterances(in: $0, splittingAllSemicolons: true) }
      + structure.openingUtterances
    if !opening.isEmpty {
      parts.append(part("opening", .opening, opening, .speaker, language))
    }
    for section in structure.sections {
      let texts = section.pieces.flatMap { segmenter.utterances(in: $0) }
      if !texts.isEmpty { parts.append(part(section.id, .paragraph, texts, .speaker, language)) }
    }
    return RenderPlan(
      document: document.name, language: language, metadata: structure.metadata, parts: parts,
      dropped: structure.dropped, borderline: structure.borderline)
  }

  private func part(
    _ id: String, _ kind: Part.Kind, _ texts: [String], _ role: VoiceRole, _ language: String
  ) -> Part {
    let utterances = texts.enumerated().map { index, text in
      Utterance(
        id: "\(id).\(index + 1)", text: text,
        spans: annotator.spans(for: text, documentLanguage: language, role: role))
    }
    return Part(id: id, kind: kind, utterances: utterances)
  }
}

/// Writes the narrator's introduction from what the header says: what the address is, who
/// gives it, at which event, where and when, each fact once.
///
/// "Opening Session by INTERPOL Secretary General Jürgen Stock. International conference of
/// the Collective Security Treaty Organization "On the Role …". Moscow, Russia, 30 October
/// 2019." Facts printed in capitals are title-cased so that the engine reads them as words.
enum IntroWriter {
  /// Small words kept in lower case inside a title-cased phrase.
  static let smallWords: Set<String> = [
    "a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with",
    "de", "la", "du", "des", "del", "und", "der",
  ]

  /// The intro's text, or an empty string when the header states nothing.
  /// `spokenDate` reads the date fact in words when it is written in digits.
  static func text(
    for metadata: DocumentMetadata, extras: [String] = [], spokenDate: String? = nil
  ) -> String {
    var sentences: [String] = []
    let title = metadata.title.map(spoken)
    let speaker = metadata.speaker.map(spoken)
    switch (title, speaker) {
    case (let title?, let speaker?): sentences.append("\(title) by \(speaker)")
    case (let title?, nil): sentences.append(title)
    case (nil, let speaker?): sentences.append("An address by \(speaker)")
    case (nil, nil): break
    }
    sentences += extras.map(spoken)
    if let event = metadata.event { sentences.append(capitalizedFirst(spoken(event))) }
    let date = spokenDate ?? metadata.date
    switch (metadata.place.map(spoken), date) {
    case (let place?, let date?): sentences.append("\(place), \(date)")
    case (let place?, nil): sentences.append(place)
    case (nil, let date?): sentences.append(date)
    case (nil, nil): break
    }
    return sentences.map(closed).joined(separator: " ")
  }

  /// The phrase with its first letter in upper case ("the Annual Meeting" → "The Annual …").
  static func capitalizedFirst(_ phrase: String) -> String {
    guard let first = phrase.first, first.isLowercase else { return phrase }
    return first.uppercased() + phrase.dropFirst()
  }

  /// The phrase ending with a full stop (a final `,`, `;` or `:` is replaced).
  static func closed(_ phrase: String) -> String {
    var text = TextScan.trimmed(phrase)
    switch LineShape.lastMark(text) {
    case ".", "!", "?": return text
    case ",", ";", ":":
      if let index = text.lastIndex(where: { $0 == "," || $0 == ";" || $0 == ":" }) {
        text.remove(at: index)
      }
    default: break
    }
    return text + "."
  }

  /// The fact as it should be read: title-cased when written all in capitals.
  static func spoken(_ fact: String) -> String {
    // Words with digits ("88th") do not count: their suffix is lower case in any style.
    let hasLower = fact.split(separator: " ").contains { word in
      !word.contains(where: \.isNumber) && word.contains(where: \.isLowercase)
    }
    return hasLower ? fact : titleCased(fact)
  }

  /// "SECRETARY GENERAL, INTERPOL" → "Secretary General, Interpol"; words of up to four
  /// letters other than small words stay in capitals, as they are likely acronyms (CSTO, UN).
  static func titleCased(_ text: String) -> String {
    var words: [String] = []
    for (position, word) in text.split(separator: " ", omittingEmptySubsequences: false)
      .enumerated()
    {
      let letters = word.filter(\.isLetter)
      let key = letters.lowercased()
      if position > 0 && smallWords.contains(key) {
        words.append(word.lowercased())
      } else if word.contains(where: \.isNumber) {
        words.append(word.lowercased())
      } else if letters.count <= 4 && !smallWords.contains(key) {
        words.append(String(word))
      } else {
        words.append(capitalized(word.lowercased()))
      }
    }
    return words.joined(separator: " ")
  }

  /// The word with its first letter, and each letter after a hyphen, in upper case.
  private static func capitalized(_ word: String) -> String {
    var result = ""
    var upperNext = true
    for character in word {
      if upperNext && character.isLetter {
        result += character.uppercased()
        upperNext = false
      } else {
        result.append(character)
      }
      if character == "-" || character == "/" || character == "(" { upperNext = true }
    }
    return result
  }
}
