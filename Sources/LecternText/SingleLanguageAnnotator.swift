/// The annotator used when no language detection is configured: the whole document is in
/// one language, and every utterance is one span spoken by the role's voice.
public struct SingleLanguageAnnotator: LanguageAnnotating {
  /// The language every document is taken to be in.
  public var language: String

  /// Creates an annotator that takes every document to be in `language` (`en` by default).
  public init(language: String = "en") {
    self.language = language
  }

  /// Returns ``language``, whatever the text.
  public func documentLanguage(of text: String) -> String {
    language
  }

  /// One span covering the utterance, voiced by the role (`narrator` or `speaker`).
  public func spans(for utterance: String, documentLanguage: String, role: VoiceRole) -> [Span] {
    [
      Span(
        text: utterance, spoken: Self.spokenForm(of: utterance), lang: documentLanguage,
        voice: role.rawValue)
    ]
  }

  /// The text as the engine should get it: typographic spaces (no-break, thin, ideographic …)
  /// become plain spaces, zero-width characters go, and the ends are trimmed.
  public static func spokenForm(of text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD:
        continue  // zero-width characters and soft hyphens carry nothing to say
      default:
        scalars.append(scalar.properties.isWhitespace ? " " : scalar)
      }
    }
    return TextScan.trimmed(String(scalars))
  }
}
