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

  /// The spans, in order.
  public var spans: [Span]
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
