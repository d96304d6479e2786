/// Who speaks an utterance: the narrator (the generated intro) or the speaker (the address).
public enum VoiceRole: String, Sendable {
  /// The narrator, who introduces the address.
  case narrator
  /// The speaker, who gives the address.
  case speaker
}

/// Where an utterance stands, as far as choosing its language needs: the document's
/// language, the role that speaks it, and what identification says of its paragraph.
public struct SpanContext: Sendable, Hashable {
  /// The document's language (BCP 47 primary tag).
  public var documentLanguage: String
  /// Who speaks the utterance.
  public var role: VoiceRole
  /// The language of the utterance's paragraph, when identification found a confident one
  /// other than the document's; short sentences of the paragraph follow it.
  public var paragraphLanguage: String?

  /// Creates a context.
  public init(documentLanguage: String, role: VoiceRole, paragraphLanguage: String? = nil) {
    self.documentLanguage = documentLanguage
    self.role = role
    self.paragraphLanguage = paragraphLanguage
  }
}

/// Cuts utterances into runs of one language and voice.
public protocol LanguageAnnotating: Sendable {
  /// The document's language as a BCP 47 primary tag: a Cyrillic document is `ru`, English `en`.
  func documentLanguage(of text: String) -> String
  /// The spans of `utterance`, in order; their `text` concatenates to it, whitespace aside.
  func spans(for utterance: String, documentLanguage: String, role: VoiceRole) -> [Span]
  /// The document's language with the identification's confidence.
  func identifyDocument(_ text: String) -> LanguageGuess
  /// The language of a paragraph when it is confidently another than the document's.
  func paragraphLanguage(of text: String, documentLanguage: String) -> String?
  /// The spans of `utterance` in `context`.
  func spans(for utterance: String, context: SpanContext) -> [Span]
  /// The language of a phrase lexicon's phrase that makes up the whole of `line` (a closing
  /// "Wassalamu Alaikum" after the last sentence), or nil.
  func phraseLanguage(ofLine line: String) -> String?
}

extension LanguageAnnotating {
  /// ``documentLanguage(of:)``, taken as certain.
  public func identifyDocument(_ text: String) -> LanguageGuess {
    LanguageGuess(
      language: documentLanguage(of: text), confidence: 1, reliable: true,
      letters: text.utf8.count)
  }

  /// No paragraph language: annotators without identification keep the document's.
  public func paragraphLanguage(of text: String, documentLanguage: String) -> String? { nil }

  /// No phrases: annotators without phrase lexicons know none.
  public func phraseLanguage(ofLine line: String) -> String? { nil }

  /// ``spans(for:documentLanguage:role:)``, ignoring the paragraph.
  public func spans(for utterance: String, context: SpanContext) -> [Span] {
    spans(for: utterance, documentLanguage: context.documentLanguage, role: context.role)
  }
}
