import Testing

@testable import LecternText

/// The narrator's intro is written in the document's language around the header's facts: a
/// short fact does not give identification enough words to move it into another language
/// (a French title and occasion were read in Interlingua and English), while a whole
/// occasion in another language is still read in that language. Names and places are
/// invented.
@Suite struct NarratorLanguageTests {
  private func intro(_ lines: [String]) -> [Span] {
    let plan = LanguageTestSupport.planPage(lines)
    return plan.parts.filter { $0.kind == .intro }.flatMap(\.utterances).flatMap(\.spans)
  }

  private static let frenchBody = [
    "Chers amis,",
    "C'est un plaisir d'être ici aujourd'hui avec vous tous et nos partenaires des villes du "
      + "fleuve.",
    "Nous avons reconstruit les quais après les crues du printemps dernier, et nous "
      + "continuerons ensemble.",
  ]

  @Test(arguments: [
    "Allocution du maire lors du Forum du port de Brivonne",
    "Allocution du maire lors du Forum du port de Velmar",
    "Discours du préfet lors de la Fête du port de Kervalo",
  ])
  func aFrenchIntroWithShortFactsIsReadInFrench(headline: String) {
    let spans = intro([headline, "Publié le 12 mars 2019"] + Self.frenchBody)
    #expect(!spans.isEmpty)
    for span in spans { #expect(span.lang == "fr", "\(span.text) → \(span.lang)") }
  }

  /// An English address whose occasion is named in French, in a sentence long enough to be
  /// told: the narrator reads that occasion in French.
  @Test func aLongOccasionInAnotherLanguageIsReadInIt() {
    let spans = intro([
      "Remarks by the Mayor of Brivonne",
      "Cérémonie d'ouverture de la session annuelle du conseil des villes du fleuve et des ports",
      "12 March 2019",
      "Dear friends,",
      "It is a pleasure to be here today with all of you and our partners from the river towns.",
      "We have rebuilt the docks after the floods of last spring, and we will go on together.",
    ])
    #expect(spans.contains { $0.lang == "fr" && $0.text.hasPrefix("Cérémonie") }, "\(spans)")
    #expect(spans.contains { $0.lang == "en" }, "\(spans)")
  }

  /// A speaker and an office on two header lines are joined by the comma of their script: an
  /// Arabic intro has no Latin comma in it, a Chinese one a full-width comma.
  @Test func aSpeakerAndAnOfficeAreJoinedByTheirScriptsComma() {
    let arabic = intro([
      "كلمة معالي الدكتور سالم الفلماري", "وزير الموانئ", "فلمار - 12 مارس 2031",
      "أصحاب المعالي والسعادة،",
      "يسعدني أن أكون معكم اليوم هنا مع جميع شركائنا من مدن النهر في هذا اللقاء.",
    ]).map(\.text).joined(separator: " ")
    #expect(arabic.contains("الفلماري، وزير الموانئ"), "\(arabic)")
    #expect(Script.comma(after: "柯文澜博士") == "\u{FF0C}")
    #expect(Script.comma(after: "Dr. Odra Quilleth") == ", ")
  }
}
