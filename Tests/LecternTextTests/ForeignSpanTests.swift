import Foundation
import LecternLanguageID
import Testing

@testable import LecternText

/// The rules that find foreign spans inside a sentence, each on text that is in no lexicon,
/// language file or corpus document: code-mixed sentences, short quotations, articles and
/// dashes in phrases, and phrases of languages no voice speaks.
@Suite struct ForeignSpanTests {
  static let annotator = LanguageIdentificationTests.annotator

  func spans(_ text: String, in language: String = "en") -> [Span] {
    Self.annotator.spans(for: text, documentLanguage: language, role: .speaker)
  }

  /// A foreign sentence keeps the words of the document's language it borrows: fewer than
  /// three, between words of its own language.
  @Test(arguments: [
    ("हम सब एक family की तरह मिलकर काम करते हैं।", "hi"),
    ("इस बार का summit हमारे लिए बहुत खास है।", "hi"),
    ("Мы благодарим наших partners за помощь и поддержку.", "ru"),
    ("이번 workshop 에서 많은 것을 배웠습니다.", "ko"),
  ])
  func aForeignSentenceKeepsTheWordsItBorrows(sentence: String, language: String) {
    #expect(spans(sentence).map(\.lang) == [language], "\(spans(sentence).map(\.text))")
  }

  /// A whole clause of the document's language inside the foreign sentence, or words at its
  /// edge, keep their own voice; and the rule only runs one way: Han text inside an English
  /// sentence is still Mandarin.
  @Test func clausesEdgesAndEnglishSentencesKeepTheirVoices() {
    let clause = spans("हमने उनसे कहा we are ready to help और फिर हम चले गए।")
    #expect(clause.map(\.lang) == ["hi", "en", "hi"], "\(clause.map(\.text))")
    let edge = spans("आप सबका बहुत बहुत धन्यवाद, welcome")
    #expect(edge.map(\.lang) == ["hi", "en"], "\(edge.map(\.text))")
    let han = spans("The scroll said 和平 in gold.")
    #expect(han.map(\.lang) == ["en", "zh", "en"], "\(han.map(\.text))")
  }

  /// A short quotation (three words, 12 bytes of letters or more) is identified on its own.
  @Test(arguments: [
    ("Her answer to the crisis was „wir schaffen das“ and it stuck.", "en", "de"),
    ("He spoke of a certain « joie de vivre » in the old port.", "en", "fr"),
    ("Er beendete die Rede mit „the show must go on“ und ging.", "de", "en"),
  ])
  func shortQuotationsAreIdentified(sentence: String, document: String, quoted: String) {
    let result = spans(sentence, in: document)
    #expect(result.map(\.lang) == [document, quoted, document], "\(result.map(\.text))")
  }

  /// Names inside quotation marks are no language, however short the quotation.
  @Test(arguments: 0..<3)
  func quotedNamesStayEnglish(seed: Int) {
    let names = [
      "Bartłomiej Wiśniewski", "Siobhán Ní Bhriain", "Hüseyin Yılmaz", "Nguyễn Thị Hương",
      "Oluwaseun Adeyemi", "Żaneta Łukasik", "Joaquín de la Fuente", "Björn Løkke",
      "Operación Sol Naciente", "Opération Horizon Bleu", "Unternehmen Morgenrot",
    ]
    var random = SeededRandom(state: UInt64(seed + 11))
    for _ in 0..<20 {
      let name = names.randomElement(using: &random) ?? names[0]
      for sentence in [
        "We honour “\(name)” today.", "The file “\(name) Report” was closed.",
        "They named it \"\(name)\" after the founder.",
      ] {
        #expect(spans(sentence).allSatisfy { $0.lang == "en" }, "false switch: \(sentence)")
      }
    }
  }

  /// Phrase words may be joined by dashes (a chant, a call and response), never by commas.
  @Test func dashesJoinPhraseWordsAndCommasDoNot() {
    #expect(spans("Jai – Hind!").map(\.lang) == ["hi"])
    #expect(spans("Vande — Mataram, my friends.").map(\.lang) == ["hi", "en"])
    #expect(spans("We said vande, mataram.").allSatisfy { $0.lang == "en" })
  }

  /// An article of a language's `[phrase-articles]` may stand before its phrases, apart or
  /// joined, and only before its own language's phrases.
  @Test func articlesAreDataAndOpenOnlyTheirLanguagesPhrases() throws {
    for text in ["Alsalam Aleikoum, friends.", "El-salam alaykoum, friends."] {
      #expect(spans(text).first?.lang == "ar", "\(text)")
    }
    // "al" is no Swahili article: "alkaribu sana" is not "karibu sana".
    #expect(spans("We heard alkaribu sana there.").allSatisfy { $0.lang == "en" })
    // Without the section, the joined article is not known.
    var data = Self.annotator.languages.byLanguage
    data["ar"]?.entries["phrase-articles"] = nil
    let bare = LanguageAnnotator(
      library: Self.annotator.library, lexicons: LanguageTestSupport.lexicons,
      languages: LanguageKnowledge(Array(data.values)), identifier: CLD2Identifier())
    let plain = bare.spans(
      for: "Alsalam Aleikoum, friends.", documentLanguage: "en", role: .speaker)
    #expect(plain.allSatisfy { $0.lang == "en" })
  }

  /// A phrase of a language no profile speaks is read by the document's voice and named by
  /// `check` (here: the repository's lexicons with the Samoan and Fijian profiles left out).
  @Test func phrasesOfUnvoicedLanguagesAreNamed() {
    let library = Self.annotator.library
    let annotator = LanguageAnnotator(
      library: VoiceLibrary(
        profiles: library.profiles.filter { !["sm", "fj"].contains($0.language) },
        scriptLanguages: library.scriptLanguages),
      lexicons: LanguageTestSupport.lexicons, languages: Self.annotator.languages,
      identifier: CLD2Identifier())
    let text = "We were welcomed with Fa'afetai tele lava and Vinaka vakalevu."
    let report = CheckReport(
      utterances: [("4.2", text)], documentLanguage: "en", annotator: annotator)
    #expect(report.lines.contains { $0.contains("Samoan (sm)") }, "\(report.lines)")
    #expect(report.lines.contains { $0.contains("Fijian (fj)") }, "\(report.lines)")
    let spans = annotator.spans(for: text, documentLanguage: "en", role: .speaker)
    #expect(spans.allSatisfy { $0.lang == "en" })
  }

  /// Languages eSpeak NG has no voice for are read by their profile's stand-in voice.
  @Test func phrasesOfStandInLanguagesGetTheirProfile() {
    let spans = spans("We were welcomed with Fa'afetai tele lava and Vinaka vakalevu.")
    #expect(spans.filter { $0.lang != "en" }.map(\.lang) == ["sm", "fj"])
    #expect(spans.first { $0.lang == "fj" }?.spoken == "Vinaka vakalevu.")
  }
}
