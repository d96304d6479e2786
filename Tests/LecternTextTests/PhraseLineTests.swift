import LecternText
import Testing

/// A line that is one phrase of a phrase lexicon, next to the address, is part of the address:
/// a greeting before the first sentence, a blessing after the last one. Every phrase of every
/// lexicon is tried in both places, in a page with a header and a tail of furniture.
@Suite("Phrase lines")
struct PhraseLineTests {
  let annotator = LanguageTestSupport.annotator
  let phraseLexicons = LanguageTestSupport.lexicons.filter {
    $0.kind == .phrases && $0.language != "en"
  }

  /// The page: a header, the phrase line before or after two English sentences, a tail link.
  func page(_ phrase: String, before: Bool) -> String {
    let body = """
      We are gathered tonight to celebrate a partnership of many years between our nations.
      I thank all of you for coming, and I wish you a very pleasant evening together.
      """
    let lines = before ? [phrase, body] : [body, phrase]
    return (["Remarks by the Ambassador", "Friday, May 13, 2022"] + lines + ["Print This Page"])
      .joined(separator: "\n\n")
  }

  /// The utterances of `plan` that hold `phrase`, and whether its language speaks it there.
  func spoken(_ phrase: String, language: String, in plan: RenderPlan) -> Bool {
    let spans = plan.parts.flatMap(\.utterances).filter { $0.text.contains(phrase) }
      .flatMap(\.spans)
    return spans.contains { $0.lang == language && $0.text.contains(phrase) }
  }

  @Test func everyPhraseStandingAloneIsSpokenBeforeAndAfterTheAddress() {
    var checked = 0
    for lexicon in phraseLexicons
    where annotator.library.profile(forLanguage: lexicon.language) != nil {
      // Each phrase's first spelling; numbered pinyin (`Xie4 xie4`) is no page's spelling.
      for grapheme in lexicon.entries.compactMap(\.graphemes.first)
      where !grapheme.contains(where: \.isNumber) {
        let phrase = grapheme.prefix(1).uppercased() + grapheme.dropFirst()
        for before in [true, false] {
          let plan = Planner(annotator: annotator).plan(
            Document(name: "page", text: page(phrase, before: before)))
          #expect(
            spoken(phrase, language: lexicon.language, in: plan),
            "\(lexicon.file): \(phrase) \(before ? "before" : "after") the address")
          #expect(plan.dropped.contains { $0.text == "Print This Page" })
          checked += 1
        }
      }
    }
    #expect(checked > 150)
  }

  @Test func aGlossInBracketsIsNotPartOfThePhrase() {
    #expect(annotator.phraseLanguage(ofLine: "Endet Ameshachihu (Good evening)") == "am")
    #expect(
      annotator.phraseLanguage(ofLine: "Wassalamu Alaikum Warahmatullahi Wabarakatuh.") == "ar")
  }

  @Test func aLineWithOtherWordsOrPhrasesOfTwoLanguagesIsNoPhraseLine() {
    #expect(annotator.phraseLanguage(ofLine: "Talofa lava to everyone") == nil)
    #expect(annotator.phraseLanguage(ofLine: "Share this page") == nil)
    #expect(annotator.phraseLanguage(ofLine: "Kia ora, Talofa lava") == nil)
    #expect(annotator.phraseLanguage(ofLine: "(Talofa lava)") == nil)
    #expect(SingleLanguageAnnotator().phraseLanguage(ofLine: "Talofa lava") == nil)
  }

  @Test func furnitureAfterTheAddressIsStillDropped() {
    let text = page("Thank you.", before: false) + "\n\nShare this page\n\nRelated news"
    let plan = Planner(annotator: annotator).plan(Document(name: "page", text: text))
    for line in ["Print This Page", "Share this page", "Related news"] {
      #expect(plan.dropped.contains { $0.text == line }, "\(line)")
    }
  }
}
