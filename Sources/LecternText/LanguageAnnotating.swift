/// Who speaks an utterance: the narrator (the generated intro) or the speaker (the address).
public enum VoiceRole: String, Sendable {
  /// The narrator, who introduces the address.
  case narrator
  /// The speaker, who gives the address.
  case speaker
}

/// Cuts utterances into runs of one language and voice.
public protocol LanguageAnnotating: Sendable {
  /// The document's language as a BCP 47 primary tag: a Cyrillic document is `ru`, English `en`.
  func documentLanguage(of text: String) -> String
  /// The spans of `utterance`, in order; their `text` concatenates to it, whitespace aside.
  func spans(for utterance: String, documentLanguage: String, role: VoiceRole) -> [Span]
}
