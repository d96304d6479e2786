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
  /// The words structure reading uses, compiled once from `languages`.
  private var vocabulary: StructureVocabulary
  /// The document's language when the user states it (`--language`); identification
  /// decides otherwise.
  public var language: String?
  /// The parts to annotate (spans, normalization, lexicons), or `nil` for all. The others
  /// keep their ids, kinds and utterance texts with no spans: enough to list and name them,
  /// not to speak them. (`preview` plans only the part it renders; a part's spans depend on
  /// the document and that part alone, so they are what a whole plan gives it.)
  public var annotating: Set<String>?
  /// How many threads annotate parts at once (see ``ParallelMap``); 1, the default, plans on
  /// the caller's thread alone. The plan is the same whatever the number.
  public var workers = 1

  /// Creates a planner. `languages` defaults to the annotator's when it has them.
  public init(
    annotator: any LanguageAnnotating = SingleLanguageAnnotator(),
    segmenter: Segmenter = Segmenter(), languages: LanguageKnowledge? = nil,
    language: String? = nil
  ) {
    self.annotator = annotator
    self.segmenter = segmenter
    self.language = language
    let loaded = languages == nil ? annotator as? LanguageAnnotator : nil
    let knowledge = languages ?? loaded?.languages ?? LanguageKnowledge()
    self.languages = knowledge
    vocabulary = loaded?.structure ?? StructureVocabulary(knowledge)
  }

  /// The plan of `document`. Pure: the same document always gives the same plan.
  ///
  /// The document's language is found first, on the whole text (identification is robust to
  /// page furniture, which is short), so that structure, segmentation and the intro follow
  /// that language's conventions.
  public func plan(_ document: Document) -> RenderPlan {
    let detection = annotator.identifyDocument(document.lines.joined(separator: "\n"))
    let language = self.language.map(VoiceLibrary.primaryTag) ?? detection.language
    var segmenter = self.segmenter
    segmenter.conventions = LanguageConventions(language: language, knowledge: languages)
    let annotator = self.annotator
    let structure = DocumentStructure.read(
      document, segmenter: segmenter, vocabulary: vocabulary,
      isPhraseLine: { annotator.phraseLanguage(ofLine: $0) != nil }, workers: workers)
    var drafts: [DraftPart] = []
    var writer = IntroWriter(languages[language])
    writer.dates = vocabulary.dates
    let intro = writer.text(
      for: structure.metadata, extras: structure.introExtras,
      header: SourceWording.header(of: document.lines))
    if !intro.isEmpty {
      drafts.append(
        DraftPart(
          id: "intro", kind: .intro, texts: segmenter.utterances(in: intro), role: .narrator))
    }
    let opening =
      structure.opening.flatMap { segmenter.utterances(in: $0, splittingAllSemicolons: true) }
      + structure.openingUtterances
    if !opening.isEmpty {
      drafts.append(DraftPart(id: "opening", kind: .opening, texts: opening, role: .speaker))
    }
    // Each section is cut on its own: the sections are shared among the workers.
    let sections = structure.sections
    let cut = ParallelMap.map(sections.count, workers: workers) { [segmenter] index in
      sections[index].pieces.flatMap { segmenter.utterances(in: $0) }
    }
    for (section, texts) in zip(sections, cut) {
      guard !texts.isEmpty else { continue }
      drafts.append(
        DraftPart(
          id: section.id, kind: .paragraph, texts: texts, role: .speaker, pieces: section.pieces))
    }
    let parts = annotated(drafts, language: language)
    var plan = RenderPlan(
      document: document.name, language: language, metadata: Self.portable(structure.metadata),
      parts: parts,
      dropped: structure.dropped, borderline: structure.borderline)
    plan.detection = detection
    plan.languageStated = self.language != nil
    return plan
  }

  /// The metadata with the date's digits in ASCII ("٩ كانون الثاني ٢٠٢١" → "9 كانون الثاني
  /// 2021"): the manifest and the captions' readers compare and sort dates by their digits.
  static func portable(_ metadata: DocumentMetadata) -> DocumentMetadata {
    guard let date = metadata.date, date.unicodeScalars.contains(where: { !$0.isASCII }) else {
      return metadata
    }
    var result = metadata
    result.date = String(
      String.UnicodeScalarView(
        date.unicodeScalars.map { scalar in
          guard !scalar.isASCII, let value = DateTokens.digit(scalar) else { return scalar }
          return Unicode.Scalar(UInt8(48 + value))
        }))
    return result
  }
}
