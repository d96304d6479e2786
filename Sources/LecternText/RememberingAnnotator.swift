import Synchronization

/// A ``LanguageAnnotator`` that remembers its answers, for a process that plans the same
/// document again after every edit (`lectern watch`): an unchanged sentence costs a lookup
/// instead of identification, phrase matching and normalization.
///
/// The annotator's answers are pure functions of their arguments (a plan is a pure value), so
/// a remembered answer is the answer. Bounded: ``forgetUnused()``, called after each plan,
/// keeps only the answers that plan asked for, so memory follows the document's size, not
/// the number of edits.
public final class RememberingAnnotator: LanguageAnnotating {
  /// The annotator whose answers are remembered.
  public let annotator: LanguageAnnotator

  private struct SpanQuestion: Hashable {
    var text: String
    var context: SpanContext
  }

  private struct ParagraphQuestion: Hashable {
    var text: String
    var documentLanguage: String
  }

  private struct Answers {
    var spans: [SpanQuestion: [Span]] = [:]
    var paragraphs: [ParagraphQuestion: String?] = [:]
    var usedSpans: Set<SpanQuestion> = []
    var usedParagraphs: Set<ParagraphQuestion> = []
  }

  private let answers = Mutex(Answers())

  /// Remembers the answers of `annotator`.
  public init(_ annotator: LanguageAnnotator) {
    self.annotator = annotator
  }

  /// How many answers it holds.
  public var count: Int {
    answers.withLock { $0.spans.count + $0.paragraphs.count }
  }

  /// Forgets every answer not asked for since the last call.
  public func forgetUnused() {
    answers.withLock { answers in
      answers.spans = answers.spans.filter { answers.usedSpans.contains($0.key) }
      answers.paragraphs = answers.paragraphs.filter { answers.usedParagraphs.contains($0.key) }
      answers.usedSpans = []
      answers.usedParagraphs = []
    }
  }

  /// See ``LanguageAnnotator/documentLanguage(of:)``.
  public func documentLanguage(of text: String) -> String {
    annotator.documentLanguage(of: text)
  }

  /// See ``LanguageAnnotator/identifyDocument(_:)`` (not remembered: the whole text changes
  /// with every edit).
  public func identifyDocument(_ text: String) -> LanguageGuess {
    annotator.identifyDocument(text)
  }

  /// See ``LanguageAnnotator/spans(for:documentLanguage:role:)``.
  public func spans(for utterance: String, documentLanguage: String, role: VoiceRole) -> [Span] {
    annotator.spans(for: utterance, documentLanguage: documentLanguage, role: role)
  }

  /// The annotator's spans of `utterance` in `context`, remembered.
  public func spans(for utterance: String, context: SpanContext) -> [Span] {
    let question = SpanQuestion(text: utterance, context: context)
    let known = answers.withLock { answers in
      answers.usedSpans.insert(question)
      return answers.spans[question]
    }
    if let known { return known }
    let spans = annotator.spans(for: utterance, context: context)
    answers.withLock { $0.spans[question] = spans }
    return spans
  }

  /// The language of a line that is one phrase of a phrase lexicon: asked of short lines
  /// only, so it is not remembered. Without it `watch` and `preview` dropped a closing
  /// blessing that `render` speaks.
  public func phraseLanguage(ofLine line: String) -> String? {
    annotator.phraseLanguage(ofLine: line)
  }

  /// The annotator's paragraph language, remembered.
  public func paragraphLanguage(of text: String, documentLanguage: String) -> String? {
    let question = ParagraphQuestion(text: text, documentLanguage: documentLanguage)
    let known = answers.withLock { answers in
      answers.usedParagraphs.insert(question)
      return answers.paragraphs[question]
    }
    if let known { return known }
    let language = annotator.paragraphLanguage(of: text, documentLanguage: documentLanguage)
    answers.withLock { $0.paragraphs[question] = .some(language) }
    return language
  }
}
