import LecternText
import Testing

@Suite("Pronunciation")
struct PronunciationTests {
  let annotator = LanguageTestSupport.annotator

  private func spoken(_ text: String, _ language: String = "en") -> [Span] {
    annotator.spans(for: text, documentLanguage: language, role: .speaker)
  }

  @Test func lexiconAliasesReplaceAcronymsOfTheSeed() {
    let text =
      "The Anti-Terrorism Center (ATC-CIS) and the Structure (SCO-RATS) are observers at"
      + " INTERPOL; the OSCE, IOM and CSTO too, and INTERPOL’s databases."
    let spans = spoken(text)
    #expect(spans.count == 1)
    let said = spans.first?.spoken ?? ""
    for expected in [
      "(A-T-C C-I-S)", "(S-C-O Rats)", "at Interpol;", "the O-S-C-E,", "I-O-M and C-S-T-O too",
      "Interpol’s databases",
    ] {
      #expect(said.contains(expected), "\(expected) in \(said)")
    }
    #expect(spans.first?.text == text)
    #expect(spans.first?.phonemes == false)
  }

  /// A word in capitals after initials is a surname, read as a word even in Cyrillic, whose
  /// vowels the Latin rule does not see ("В.И.КРАВЕЦОВ" was spelled letter by letter). Letters
  /// after an abbreviation's full stop are still spelled ("U.K. HMRC", "U.S. EPA").
  @Test func aSurnameInCapitalsAfterInitialsIsReadAsAWord() {
    let russian = spoken("Сказал В.И.КРАВЕЦОВ и О.П. ТАРСЯНОВА.", "ru").first?.spoken ?? ""
    #expect(russian.contains("В.И.Кравецов") && russian.contains("О.П. Тарсянова"), "\(russian)")
    let english = spoken("Thank you, O.P. VELMORACH, and the U.K. HMRC and U.S. EPA.")
    let said = english.first?.spoken ?? ""
    #expect(said.contains("O.P. Velmorach"), "\(said)")
    #expect(said.contains("H-M-R-C") && said.contains("E-P-Eh"), "\(said)")
  }

  @Test func phonemeEntriesMarkTheSpan() {
    let spans = spoken("Secretary-General SEMERIKOV, thank you; CTED and Jürgen Stock agree.")
    #expect(spans.count == 1)
    #expect(spans.first?.phonemes == true)
    let said = spans.first?.spoken ?? ""
    #expect(said.contains("[[s,Em@r'i:k0f]],"))
    #expect(said.contains("[[s'i:tEd]] and"))
    #expect(said.contains("[[j'U@g@n]] Stock"))
  }

  @Test func lexiconMatchingIsCaseSensitiveOnWholeWords() {
    // "Oct" (October, said in full by the normalizer) is not the acronym OCT; "CISCO" is not
    // CIS.
    let said = spoken("On 30 Oct. the OCT met CISCO.").first?.spoken ?? ""
    #expect(said == "On 30 October the O-C-T met Cisco.")
  }

  @Test func capitalsDefaultSpellsShortOrVowellessWords() {
    let annotation = annotator.annotate(
      "The BBC, the NGRC, the FAO and the UN met NAMIBIA delegates in World War II.",
      documentLanguage: "en", role: .speaker)
    #expect(
      annotation.spans.first?.spoken
        == "The B-B-C, the N-G-R-C, the F-Eh-O and the U-N met Namibia delegates in World War two."
    )
    #expect(annotation.capitals.map(\.word) == ["BBC", "NGRC", "FAO", "UN", "NAMIBIA"])
    #expect(annotation.capitals.first?.reason == "spelled (≤ 3 letters or no vowel)")
    #expect(annotation.capitals.last?.reason == "read as a word")
  }

  @Test func headingsInCapitalsAreReadAsWords() {
    let said = spoken("OPENING ADDRESS BY THE SECRETARY GENERAL OF CSTO").first?.spoken
    #expect(said == "Opening Address By The Secretary General Of C-S-T-O")
  }

  @Test func capitalsDefaultAppliesOnlyToTheDocumentLanguage() {
    // In a Russian document, Latin text is English but not the document's language.
    let spans = spoken("Делегация BBC и CSTO.", "ru")
    #expect(spans.map(\.lang) == ["ru", "en", "ru", "en"])
    #expect(spans[1].spoken == "BBC")
    #expect(spans[3].spoken == "C-S-T-O.")
  }

  @Test func aliasesAreNotAppliedInsideForeignPhrases() {
    let spans = spoken("INTERPOL says Bolshoye Spasibo to CSTO.")
    #expect(spans.map(\.lang) == ["en", "ru", "en"])
    #expect(spans.map(\.spoken) == ["Interpol says", "Большое спасибо", "to C-S-T-O."])
  }
}
