import Testing

@testable import LecternText

/// How a headline joins its title to its speaker, with invented names (Velmar, Tarvel):
/// - "Message from …" names the speaker after "from", and the intro says "from" as the page
///   does; a line that opens with "From" is a section's label, no speaker;
/// - an occasion between the title and the speaker belongs to the title ("Mensaje de Navidad
///   del Dr. …", "Mensaje navideño del …");
/// - a signature names the holder of the office the headline names alone;
/// - a banner names the holder of the office the headline names alone.
@Suite struct HeadlineJoiningTests {
  private func intro(_ plan: RenderPlan) -> [String] {
    plan.parts.filter { $0.kind == .intro }.flatMap(\.utterances).map(\.text)
  }

  private static let english = [
    "",
    "We have lived through different and unusual times this year in Velmar, and we have "
      + "learned many lessons from them. I thank every member of our community for their work.",
  ]

  private static let spanish = [
    "",
    "Han sido tiempos diferentes e inusuales en Velmar, de los que hemos aprendido muchas "
      + "lecciones. Por nuestra parte, reafirmamos nuestra misión de servir a todos.",
  ]

  @Test(arguments: [
    ("Message from the Secretary-General Odra Vell", "Odra Vell"),
    ("New Year Message from Mayor Anna Tarvel", "Anna Tarvel"),
  ])
  func aMessageFromNamesItsSpeaker(_ headline: String, _ name: String) {
    let plan = LanguageTestSupport.planPage([headline] + Self.english)
    #expect(plan.metadata.speaker?.hasSuffix(name) == true, "\(plan.metadata)")
    #expect(intro(plan).first?.contains("from") == true, "\(intro(plan))")
    #expect(intro(plan).first?.contains(" by ") == false, "\(intro(plan))")
  }

  @Test func aLineOpeningWithFromIsASectionsLabel() {
    let plan = LanguageTestSupport.planPage(
      ["From our Principal", "", "Mrs Odra Vell, Principal"] + Self.english)
    #expect(plan.metadata.speaker?.contains("Odra Vell") == true, "\(plan.metadata)")
  }

  @Test(arguments: [
    ("Mensaje de Navidad del Dr. Agustín Tarvel", "Mensaje de Navidad"),
    ("Mensaje navideño del Dr. Agustín Tarvel", "Mensaje navideño"),
  ])
  func anOccasionAfterTheTitleBelongsToIt(_ headline: String, _ title: String) {
    let plan = LanguageTestSupport.planPage([headline] + Self.spanish)
    #expect(plan.metadata.title == title, "\(plan.metadata)")
    #expect(plan.metadata.speaker == "Dr. Agustín Tarvel", "\(plan.metadata)")
  }

  @Test func aSignatureNamesTheHolderOfTheHeadlinesOffice() {
    let plan = LanguageTestSupport.planPage(
      ["Holiday Message by the Police Commissioner"] + Self.english
        + ["", "Police Commissioner Odra Vell"])
    #expect(plan.metadata.speaker == "Police Commissioner Odra Vell", "\(plan.metadata)")
  }

  @Test func aBannerNamesTheHolderOfTheHeadlinesOffice() {
    let plan = LanguageTestSupport.planPage(
      ["Internal Memo From Police Commissioner Vell", "", "A MESSAGE FROM THE POLICE COMMISSIONER"]
        + Self.english)
    #expect(plan.metadata.speaker == "Police Commissioner Vell", "\(plan.metadata)")
  }

  @Test func aTitlesOwnJoiningWordIsLeftOutBeforeASignedSpeaker() {
    let plan = LanguageTestSupport.planPage([
      "Le mot du Consul général", "",
      "Chers compatriotes, l’année qui s’achève a été riche pour notre communauté de Velmar, et "
        + "je remercie chacun d’entre vous pour son engagement.", "",
      "Odra VELL, Consul général de France à Tarvel",
    ])
    let text = intro(plan).joined(separator: " ")
    #expect(plan.metadata.speaker?.contains("VELL") == true, "\(plan.metadata)")
    #expect(!text.contains("du par"), "\(text)")
  }
}
