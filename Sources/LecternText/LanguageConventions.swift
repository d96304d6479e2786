/// The written conventions that segmentation and structure reading use for a document:
/// abbreviations and forms of address of its language, and of English (the lingua franca of
/// international addresses, whose salutations and titles turn up in any of them).
public struct LanguageConventions: Sendable, Hashable {
  /// The language these are the conventions of (BCP 47 primary tag), empty for none.
  public var language: String
  /// Words that end with a full stop without ending the sentence.
  var abbreviations: AbbreviationTable
  /// Forms of address and greetings.
  var salutation: Salutation

  /// No conventions: every full stop before a capital ends a sentence, and only the shape of
  /// a line makes it a salutation.
  public init() {
    language = ""
    abbreviations = AbbreviationTable()
    salutation = Salutation([])
  }

  /// The conventions of `language` (with English's), from `knowledge`.
  public init(language: String, knowledge: LanguageKnowledge) {
    let primary = VoiceLibrary.primaryTag(language)
    let data = primary == "en" ? [knowledge["en"]] : [knowledge[primary], knowledge["en"]]
    self.language = primary
    abbreviations = AbbreviationTable(data)
    salutation = Salutation(data, abbreviations: abbreviations)
  }
}
