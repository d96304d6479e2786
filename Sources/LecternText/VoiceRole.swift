/// Who speaks a part: the narrator reads the generated intro, the speaker the address itself.
///
/// The language layer defines the same two declarations in `LanguageAnnotating.swift`; when
/// both are merged, keep that file and delete this one.
public enum VoiceRole: String, Sendable {
  /// The voice of the generated introduction.
  case narrator
  /// The voice of the address: salutations and paragraphs.
  case speaker
}

/// Cuts utterances into runs of one language and voice.
///
/// The planner calls it once per document (``documentLanguage(of:)``) and once per utterance.
public protocol LanguageAnnotating: Sendable {
  /// The document's language as a BCP 47 primary tag (`en`, `ru`).
  func documentLanguage(of text: String) -> String
  /// The utterance as spans whose `text` concatenate to it (whitespace aside).
  func spans(for utterance: String, documentLanguage: String, role: VoiceRole) -> [Span]
}
