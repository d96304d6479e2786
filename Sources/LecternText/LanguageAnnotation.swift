/// An utterance cut into spans, with what a human may want to decide about it.
public struct LanguageAnnotation: Sendable, Hashable {
  /// A capitalized word said by the default rule, not by a lexicon.
  public struct CapitalsDecision: Sendable, Hashable {
    /// The word as written (`CIS`).
    public var word: String
    /// What the engine gets (`C-I-S`).
    public var spoken: String
    /// Why (`spelled (≤ 3 letters or no vowel)`).
    public var reason: String
  }

  /// Characters no profile can say: their script maps to no language that has a profile.
  public struct Unvoiced: Sendable, Hashable {
    /// The characters, as written.
    public var text: String
    /// Their script.
    public var script: Script
    /// The language their script maps to, if any.
    public var language: String?
  }

  /// Something about the utterance's language that a human may want to decide.
  public enum Doubt: Sendable, Hashable {
    /// Identification found another language, but not surely enough to switch voice.
    case lowConfidence(language: String, confidence: Double)
    /// Identification is sure of a language that no voice profile speaks.
    case noProfile(language: String)
    /// A phrase of a phrase lexicon whose language no voice profile speaks (Samoan
    /// `Talofa lava`: eSpeak NG has no Samoan voice); the document's voice reads it.
    case unvoicedPhrase(text: String, language: String)
    /// Words that look like a phrase of a phrase lexicon but match none of its spellings.
    case unmatchedPhrase(text: String, language: String, phrase: String)
  }

  /// The spans, in order.
  public var spans: [Span]
  /// The language the utterance was read in (the document's, or the sentence's own).
  public var language: String = ""
  /// What identification said of the utterance, when it was asked.
  public var identification: LanguageGuess?
  /// What a human may want to decide about the utterance's language.
  public var doubts: [Doubt] = []
  /// ALL-CAPS words said by the default rule.
  public var capitals: [CapitalsDecision]
  /// Text spoken by the document's voice because no profile speaks its script.
  public var unvoiced: [Unvoiced]
  /// Markup languages (`[xx: …]`) that no profile speaks.
  public var unknownMarkup: [String]
  /// What the document writes as eSpeak NG phoneme input (`[[h@l'oU]]`); it is spoken as
  /// written, since only lexicons give phonemes.
  public var phonemeInput: [String] = []

  /// Creates an annotation.
  public init(
    spans: [Span], capitals: [CapitalsDecision] = [], unvoiced: [Unvoiced] = [],
    unknownMarkup: [String] = []
  ) {
    self.spans = spans
    self.capitals = capitals
    self.unvoiced = unvoiced
    self.unknownMarkup = unknownMarkup
  }
}
