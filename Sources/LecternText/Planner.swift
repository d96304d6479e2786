/// Turns a ``Document`` into a ``RenderPlan``: the intro, the opening, then the paragraphs,
/// each cut into utterances and annotated with language spans.
public struct Planner: Sendable {
  /// Cuts utterances into language spans and names the document's language.
  public var annotator: any LanguageAnnotating
  /// Cuts parts into utterances.
  public var segmenter: Segmenter

  /// Creates a planner.
  public init(
    annotator: any LanguageAnnotating = SingleLanguageAnnotator(),
    segmenter: Segmenter = Segmenter()
  ) {
    self.annotator = annotator
    self.segmenter = segmenter
  }

  /// The plan of `document`. Pure: the same document always gives the same plan.
  public func plan(_ document: Document) -> RenderPlan {
    let structure = DocumentStructure.read(document, segmenter: segmenter)
    let body =
      structure.opening + structure.openingUtterances
      + structure.sections.flatMap(\.pieces)
    let language = annotator.documentLanguage(of: body.joined(separator: "\n"))
    var parts: [Part] = []

    let intro = IntroWriter.text(for: structure.metadata, extras: structure.introExtras)
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
      dropped: structure.dropped)
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
