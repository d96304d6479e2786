import Testing

@testable import LecternText

/// A page's "back" link whose line break the copy lost, its last word glued to the title under
/// it ("<< К спискуС Днем основания Зареченска!"), with names no language file lists
/// (Зареченск, Marrowfield, Valmorin): the link is cut off and not spoken, in any language.
@Suite struct GluedLinkTests {
  /// A page: the glued link, a salutation, a paragraph, a signature.
  private static func page(_ first: String, _ salutation: String, _ body: String) -> [String] {
    [first, "", salutation, "", body, "", "Orla Venwick"]
  }

  @Test(arguments: [
    (
      "<< К спискуС Днем основания Зареченска!", "Уважаемые жители Зареченска!",
      "От имени администрации примите сердечные поздравления с праздником. Желаю вам здоровья!"
    ),
    (
      "<< К обзоруС Днем основания Зареченска!", "Уважаемые жители Зареченска!",
      "От имени администрации примите сердечные поздравления с праздником. Желаю вам здоровья!"
    ),
    (
      "<< Back to newsHappy Founders Day, Marrowfield!", "Dear colleagues and friends,",
      "On behalf of the board of Marrowfield College, I send you my warmest greetings today."
    ),
    (
      "<< Retour à la listeBonne année à tous, Valmorin !", "Chers collègues, chers amis,",
      "Au nom du conseil de Valmorin, je vous adresse mes voeux les plus chaleureux."
    ),
  ])
  func aLinkGluedToTheTitleIsNotSpoken(first: String, salutation: String, body: String) {
    let spoken = LanguageTestSupport.spokenPage(Self.page(first, salutation, body))
    #expect(!spoken.contains { $0.contains("<<") }, "\(spoken)")
    #expect(spoken.contains(salutation), "\(spoken)")
  }

  /// Only a link phrase before the first seam is cut off; a heading or a brand is not.
  @Test func onlyALinkIsCut() {
    let links = StructureVocabulary(LanguageTestSupport.knowledge).links
    let cut = PageLayout.gluedLinkCut("<< Back to newsHappy Founders Day, Marrowfield!", links)
    #expect(cut?.link == "<< Back to news")
    #expect(cut?.rest == "Happy Founders Day, Marrowfield!")
    for line in [
      "Founders Day at MarrowfieldDear colleagues and friends,",
      "The MarrowWorks team sends its greetings to all of you today.",
      "Back to school at Marrowfield",
    ] {
      #expect(PageLayout.gluedLinkCut(line, links) == nil, "\(line)")
    }
  }

  /// The same link glued to the signature under the address: cut off, it leaves the
  /// signature to name the speaker.
  @Test(arguments: [
    (
      "Уважаемые жители Зареченска!",
      "От имени администрации примите сердечные поздравления с праздником. Желаю вам здоровья!",
      "<<К спискуРектор, профессор Л.П.ВОРСИН", "ВОРСИН"
    ),
    (
      "Chers collègues, chers amis,",
      "Au nom du conseil de Valmorin, je vous adresse mes voeux les plus chaleureux.",
      "<< Retour à la listeLe président, Anselme Grivaud", "Grivaud"
    ),
  ])
  func aLinkGluedToTheSignatureLeavesTheSpeaker(
    salutation: String, body: String, tail: String, name: String
  ) {
    let plan = LanguageTestSupport.planPage([salutation, "", body, "", tail])
    #expect(plan.metadata.speaker?.contains(name) == true, "\(plan.metadata)")
    #expect(!LanguageTestSupport.spoken(plan).contains { $0.contains("<<") })
  }
}
