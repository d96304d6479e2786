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
        at: utterance.id, documentLanguage: documentLanguage)
    }
  }

  /// Checks every utterance of a plan (the intro in the narrator's role).
  public init(plan: RenderPlan, annotator: LanguageAnnotator) {
    for line in plan.borderline {
      items.append(
        Item(
          location: "line \(line.line)",
          finding: .borderline(text: line.text, dropped: line.dropped, reason: line.reason)))
    }
    for part in plan.parts {
      let role: VoiceRole = part.kind == .intro ? .narrator : .speaker
      for utterance in part.utterances {
        add(
          annotator.annotate(utterance.text, documentLanguage: plan.language, role: role),
          at: utterance.id, documentLanguage: plan.language)
      }
    }
  }

  /// Records what an annotation holds.
  private mutating func add(
    _ annotation: LanguageAnnotation, at location: String, documentLanguage: String
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
        let why = language.map { "no profile speaks \($0)" } ?? "no language for this script"
        return "\(item.location): unvoiced: \"\(text)\" (\(script.rawValue)): \(why);"
          + " the document's voice reads it"
      case .borderline(let text, let dropped, let reason):
        return "\(item.location): \(dropped ? "dropped" : "spoken"): \"\(text)\": \(reason)"
      case .unknownMarkup(let language):
        return "\(item.location): markup: no profile speaks \"\(language)\";"
          + " the document's voice reads it"
      }
    }
    lines.append(
      items.isEmpty ? "nothing to decide" : "\(items.count) item(s) to review before rendering")
    return lines
  }
}
