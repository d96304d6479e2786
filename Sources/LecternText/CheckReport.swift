/// What needs a human decision before a document is rendered: capitalized words said by the
/// default rule, every foreign span, and text no configured voice can say.
///
/// `lectern check` prints it; it is built from a plan or from plain utterances.
public struct CheckReport: Sendable, Hashable {
  /// One thing to decide.
  public enum Finding: Sendable, Hashable {
    /// A capitalized word no lexicon names, said by the default rule.
    case capitals(word: String, spoken: String, reason: String)
    /// A span in another language than the document's.
    case foreign(text: String, spoken: String, language: String, voice: String)
    /// Letters of a script no profile speaks; the document's voice reads them.
    case unvoiced(text: String, script: Script, language: String?)
    /// Markup (`[xx: …]`) naming a language no profile speaks.
    case unknownMarkup(language: String)
    /// A line whose reading as page furniture or as speech was a close call.
    case borderline(text: String, dropped: Bool, reason: String)
    /// Text written as eSpeak NG phoneme input (`[[h@l'oU]]`), which is read as text.
    case phonemeInput(text: String)
    /// A sentence identification found in another language without being sure of it.
    case uncertain(text: String, language: String, confidence: Double)
    /// A sentence surely in a language no profile speaks.
    case noProfile(text: String, language: String)
    /// Words that look like a lexicon phrase but match none of its spellings.
    case unmatchedPhrase(text: String, language: String, phrase: String)
    /// A language eSpeak NG has no voice for, read by its profile's stand-in voice.
    case standIn(language: String, profile: String, voice: String)
  }

  /// A finding and where it is.
  public struct Item: Sendable, Hashable {
    /// The utterance id (`15.2`) or source line (`line 42`) of the first occurrence.
    public var location: String
    /// What was found.
    public var finding: Finding
    /// How many times it occurs (capitalized words are listed once).
    public var count: Int

    /// Creates an item.
    public init(location: String, finding: Finding, count: Int = 1) {
      self.location = location
      self.finding = finding
      self.count = count
    }
  }

  /// The findings, in document order.
  public private(set) var items: [Item] = []

  /// Whether nothing needs a decision.
  public var isEmpty: Bool { items.isEmpty }

  /// Checks utterances, each with its location, in a document of `documentLanguage`.
  public init(
    utterances: [(id: String, text: String)], documentLanguage: String,
    annotator: LanguageAnnotator, role: VoiceRole = .speaker
  ) {
    for utterance in utterances {
      add(
        annotator.annotate(utterance.text, documentLanguage: documentLanguage, role: role),
        at: utterance.id, documentLanguage: documentLanguage, text: utterance.text)
    }
    noteStandIns(annotator.library)
  }

  /// Checks every utterance of a plan (the intro in the narrator's role), in the context of
  /// its paragraph as the planner saw it.
  public init(plan: RenderPlan, annotator: LanguageAnnotator) {
    for line in plan.borderline {
      items.append(
        Item(
          location: "line \(line.line)",
          finding: .borderline(text: line.text, dropped: line.dropped, reason: line.reason)))
    }
    for part in plan.parts {
      let role: VoiceRole = part.kind == .intro ? .narrator : .speaker
      let paragraph =
        part.kind == .paragraph
        ? annotator.paragraphLanguage(
          of: part.utterances.map(\.text).joined(separator: " "), documentLanguage: plan.language)
        : nil
      let context = SpanContext(
        documentLanguage: plan.language, role: role, paragraphLanguage: paragraph)
      for utterance in part.utterances {
        add(
          annotator.annotate(utterance.text, context: context), at: utterance.id,
          documentLanguage: plan.language, text: utterance.text)
      }
    }
    noteStandIns(annotator.library)
  }

  /// After the first foreign span of each language a stand-in voice reads, says so: the
  /// author hears another language's voice there (Swahili's for Samoan) and may mark it.
  private mutating func noteStandIns(_ library: VoiceLibrary) {
    var noted: Set<String> = []
    var index = 0
    while index < items.count {
      if case .foreign(_, _, let language, let voice) = items[index].finding,
        let profile = library.profile(named: voice), profile.standIn,
        noted.insert(language).inserted
      {
        let finding = Finding.standIn(
          language: language, profile: voice, voice: profile.settings.identifier)
        items.insert(Item(location: items[index].location, finding: finding), at: index + 1)
        index += 1
      }
      index += 1
    }
  }

  /// Records what an annotation holds.
  private mutating func add(
    _ annotation: LanguageAnnotation, at location: String, documentLanguage: String,
    text: String
  ) {
    for decision in annotation.capitals {
      if let index = items.firstIndex(where: {
        if case .capitals(let word, _, _) = $0.finding { return word == decision.word }
        return false
      }) {
        items[index].count += 1
      } else {
        items.append(
          Item(
            location: location,
            finding: .capitals(
              word: decision.word, spoken: decision.spoken, reason: decision.reason)))
      }
    }
    let document = VoiceLibrary.primaryTag(documentLanguage)
    for span in annotation.spans where span.lang != document {
      items.append(
        Item(
          location: location,
          finding: .foreign(
            text: span.text, spoken: span.spoken, language: span.lang, voice: span.voice)))
    }
    for unvoiced in annotation.unvoiced {
      items.append(
        Item(
          location: location,
          finding: .unvoiced(
            text: unvoiced.text, script: unvoiced.script, language: unvoiced.language)))
    }
    for language in annotation.unknownMarkup {
      items.append(Item(location: location, finding: .unknownMarkup(language: language)))
    }
    for written in annotation.phonemeInput {
      items.append(Item(location: location, finding: .phonemeInput(text: written)))
    }
    for doubt in annotation.doubts {
      let finding: Finding
      switch doubt {
      case .lowConfidence(let language, let confidence):
        finding = .uncertain(text: text, language: language, confidence: confidence)
      case .noProfile(let language):
        finding = .noProfile(text: text, language: language)
      case .unvoicedPhrase(let phrase, let language):
        finding = .noProfile(text: phrase, language: language)
      case .unmatchedPhrase(let words, let language, let phrase):
        finding = .unmatchedPhrase(text: words, language: language, phrase: phrase)
      }
      items.append(Item(location: location, finding: finding))
    }
  }

  /// The first 60 characters of a sentence, with an ellipsis when cut.
  static func excerpt(_ text: String) -> String {
    text.count <= 60 ? text : String(text.prefix(59)) + "…"
  }

  /// The report as lines for a terminal: one finding a line, then a summary.
  public var lines: [String] {
    var lines = items.map { item in
      let times = item.count > 1 ? " (×\(item.count))" : ""
      switch item.finding {
      case .capitals(let word, let spoken, let reason):
        return "\(item.location): capitals: \(word) → \"\(spoken)\", \(reason)\(times)"
      case .foreign(let text, let spoken, let language, let voice):
        return "\(item.location): foreign: \"\(text)\" → \(language), voice \(voice),"
          + " spoken \"\(spoken)\""
      case .unvoiced(let text, let script, let language):
        let why =
          language.map { "no profile speaks \(LanguageNames.english($0)) (\($0))" }
          ?? "no language for this script"
        return "\(item.location): unvoiced: \"\(text)\" (\(script.rawValue)): \(why);"
          + " the document's voice reads it"
      case .borderline(let text, let dropped, let reason):
        return "\(item.location): \(dropped ? "dropped" : "spoken"): \"\(text)\": \(reason)"
      case .unknownMarkup(let language):
        return "\(item.location): markup: no profile speaks \"\(language)\""
          + " (\(LanguageNames.english(language))); the document's voice reads it"
      case .uncertain(let text, let language, let confidence):
        return "\(item.location): uncertain: \"\(Self.excerpt(text))\" may be "
          + "\(LanguageNames.english(language)) (confidence "
          + String(format: "%.2f", confidence) + "); read in the document's language,"
          + " mark it [\(language): …] to switch"
      case .noProfile(let text, let language):
        return "\(item.location): no voice: \"\(Self.excerpt(text))\" is "
          + "\(LanguageNames.english(language)) (\(language)), which no profile speaks;"
          + " the document's voice reads it"
      case .phonemeInput(let text):
        return "\(item.location): phonemes: \"\(text)\" is read as written, not as eSpeak"
          + " phonemes (only a pronunciation lexicon gives phonemes)"
      case .standIn(let language, let profile, let voice):
        return "\(item.location): stand-in: eSpeak NG has no \(LanguageNames.english(language))"
          + " (\(language)) voice; profile \(profile) reads it with the \(voice) voice"
      case .unmatchedPhrase(let text, let language, let phrase):
        return "\(item.location): unmatched phrase: \"\(text)\" looks like the "
          + "\(LanguageNames.english(language)) phrase \"\(phrase)\" but matches no spelling;"
          + " add it to voices/\(language).phrases.pls or mark it"
      }
    }
    lines.append(
      items.isEmpty ? "nothing to decide" : "\(items.count) item(s) to review before rendering")
    return lines
  }
}
