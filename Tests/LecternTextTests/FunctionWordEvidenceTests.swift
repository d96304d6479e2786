import Testing

@testable import LecternText

/// Identification reads a short French sentence as English now and then ("À l'occasion de la
/// fête nationale.", a clause of adjectives after "Merci beaucoup pour cette …"): a sentence
/// that holds function words of the document's language, and few of the other language's,
/// stays in the document's voice. A sentence written with the other language's function
/// words still switches.
@Suite struct FunctionWordEvidenceTests {
  static let annotator = LanguageIdentificationTests.annotator

  private func languages(_ text: String, in language: String) -> [String] {
    Self.annotator.spans(for: text, documentLanguage: language, role: .speaker).map(\.lang)
  }

  @Test(arguments: [
    "À l'occasion de la fête nationale.",
    "À l'occasion de la journée nationale.",
    "Merci pour cette présentation brillante, passionnante, enthousiasmante.",
  ])
  func aFrenchSentenceWithItsFunctionWordsStaysFrench(sentence: String) {
    #expect(languages(sentence, in: "fr") == ["fr"], "\(sentence)")
  }

  @Test func anEnglishSentenceInAFrenchAddressStillSwitches() {
    let sentence = "Thank you all for being with us tonight in this beautiful garden."
    #expect(languages(sentence, in: "fr") == ["en"])
  }
}
