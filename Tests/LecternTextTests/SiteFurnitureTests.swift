import Testing

@testable import LecternText

/// What a site wraps around the address it shows, with words and names no language file
/// lists: a navigation menu above the headline, a banner between decoration marks, a
/// republisher's note, link buttons in brackets beside a title, and a news lead run into the
/// salutations after a colon with no space. Lines of the same shapes that belong to the
/// address (salutations without marks, a header over several lines, a list inside the
/// address) stay.
@Suite struct SiteFurnitureTests {
  private func spoken(_ plan: RenderPlan) -> [String] {
    plan.parts.filter { $0.kind != .intro }.flatMap(\.utterances).map(\.text)
  }

  private func page(_ lines: [String]) -> RenderPlan {
    LanguageTestSupport.planPage(lines.flatMap { [$0, ""] })
  }

  /// Menus of words the language files do not hold, in three languages.
  @Test(arguments: [
    (
      ["Essays", "Dispatches", "Correspondence", "Tidewater archive", "Letters to the desk"],
      "Speech by Odran Veskel at the opening of the Brivonne harbour", "Ladies and gentlemen,",
      "It is an honour to open the harbour of Brivonne today with all of you."
    ),
    (
      ["Chroniques", "Dossiers", "Courrier des lecteurs", "Estuaire"],
      "Discours de M. Odran Veskel à l’ouverture du port de Brivonne", "Mesdames et messieurs,",
      "C’est un honneur d’ouvrir aujourd’hui avec vous le port de Brivonne."
    ),
    (
      ["Crónicas", "Reportajes", "De orden regional", "Estuario"],
      "Discurso de Odran Veskel en la apertura del puerto de Brivona", "Señoras y señores:",
      "Es un honor inaugurar hoy con todos ustedes el puerto de Brivona."
    ),
  ])
  func aMenuAboveTheHeadlineIsNotSpoken(
    menu: [String], headline: String, salutation: String, sentence: String
  ) {
    let plan = page(["Velmar Quarterly"] + menu + [headline, salutation, sentence])
    let text = spoken(plan)
    #expect(text.first == salutation, "\(text)")
    #expect(text.contains(sentence), "\(text)")
    for item in menu {
      #expect(
        plan.dropped.contains { $0.text == item && $0.reason.contains("navigation menu") },
        "\(item): \(plan.dropped)")
    }
    // The headline is read as the header's, not taken for an entry of the menu.
    #expect(plan.dropped.contains { $0.text == headline && $0.reason.hasPrefix("header") })
  }

  /// A site's settings for the blind print captions ending with a colon over their options
  /// ("Tideglass hue:" over "Brassine", "Duskened"): the captions and options are the menu's.
  @Test(arguments: [
    (
      [
        "Lettering:", "Quelvo", "Quelvo", "Tideglass hue:", "Brassine", "Duskened",
        "Plain tideglass",
      ],
      "Dear colleagues, dear friends!"
    ),
    (
      [
        "Глифы:", "Квельво", "Квельво", "Оттенок тайдгласа:", "Брассин", "Дускен",
        "Простой тайдглас",
      ],
      "Дорогие коллеги, дорогие друзья!"
    ),
  ])
  func captionsOfAMenusGroupsAreNotSpoken(menu: [String], salutation: String) {
    let sentence =
      salutation.hasPrefix("Dear")
      ? "It is an honour to greet the harbour of Brivonne on its hundredth birthday today."
      : "Сердечно поздравляю вас со столетием порта Бривонны и желаю всем вам счастья."
    let plan = LanguageTestSupport.planPage(
      ["Velmar Quarterly"] + menu + ["", "Brivonne Harbour Day", "", salutation, sentence])
    let text = spoken(plan)
    #expect(text.first == salutation, "\(text)")
    for item in menu {
      #expect(plan.dropped.contains { $0.text == item }, "\(item): \(plan.dropped)")
    }
  }

  /// Salutations without marks, one a line, are a run of short lines too: they are spoken.
  @Test(arguments: [
    (
      ["Excellencies", "Ladies and gentlemen", "Dear friends", "Distinguished guests"],
      "Brivonne opens its harbour to the river towns of Velmar this morning."
    ),
    (
      ["Señoras y señores", "Queridos amigos", "Distinguidos invitados"],
      "Brivona abre esta mañana su puerto a los pueblos del río de Velmar."
    ),
    (
      ["Mesdames et messieurs", "Chers amis", "Chers invités"],
      "Brivonne ouvre ce matin son port aux villes du fleuve de Velmar."
    ),
  ])
  func salutationsWithoutMarksAreSpoken(salutations: [String], sentence: String) {
    let text = spoken(page(salutations + [sentence]))
    for salutation in salutations {
      #expect(text.contains(salutation), "\(salutation): \(text)")
    }
  }

  /// A header over several short lines (speaker, office, places, date) keeps its facts, and
  /// a column of three capitalized names or places is no menu.
  @Test func aHeaderOverShortLinesIsNoMenu() {
    let plan = page([
      "Remarks", "Odran Veskel", "Brivonne", "Velmar Coast", "Tidewater Hall", "3 June 2021",
      "Dear friends,", "It is an honour to open the harbour of Brivonne today with all of you.",
    ])
    #expect(!plan.dropped.contains { $0.reason.contains("navigation menu") }, "\(plan.dropped)")
    #expect(plan.metadata.date != nil && plan.metadata.place != nil, "\(plan.metadata)")
  }

  /// A list inside the address is below its first sentence: never a menu.
  @Test func aListInsideTheAddressIsSpoken() {
    let items = ["Harbours", "Bridges", "River schools", "Tidewater clinics"]
    let text = spoken(
      page(
        ["Dear friends,", "We will build four things together in Brivonne this year."] + items
          + ["Thank you."]))
    for item in items { #expect(text.contains { $0.contains(item) }, "\(item): \(text)") }
  }

  @Test(arguments: [
    ("::::velmarpress::::", true), ("=====brivonne.org=====", true), ("***Tidewater***", true),
    ("**Excellencies**", false), ("--- 2 ---", false), ("::: Dear friends :::", false),
    ("Brivonne", false),
  ])
  func aNameBetweenDecorationMarksIsABanner(line: String, banner: Bool) {
    #expect(FurnitureRules.isDecoratedBanner(line) == banner)
  }

  @Test func aRepublishersNoteAboveTheAddressIsNotSpoken() {
    let note =
      "La Gaceta ::::velmar.org:::: pone a disposición el siguiente documento exclusivamente "
      + "como objeto de estudio."
    let sentence =
      "El puerto de Brivona pone a disposición el siguiente documento de trabajo para todos."
    let plan = page(["Señoras y señores:", "Es un honor estar hoy en Brivona.", sentence])
    let noted = page([note, "Señoras y señores:", "Es un honor estar hoy en Brivona.", sentence])
    #expect(!spoken(noted).joined().contains("La Gaceta"), "\(spoken(noted))")
    #expect(noted.dropped.contains { $0.reason.contains("republisher") })
    // Inside the address, the same words are the speaker's.
    #expect(spoken(plan).contains(sentence) && spoken(noted).contains(sentence))
  }

  @Test(arguments: [
    ("在维尔马港口论坛上的讲话 [复制链接]", "[复制链接]"),
    ("Speech by Odran Veskel at the Brivonne Harbour Forum [Copy link]", "[Copy link]"),
  ])
  func aLinkButtonBesideTheTitleIsNotSpoken(title: String, button: String) {
    let plan = page([title, "Dear friends,", "It is an honour to open the Brivonne harbour."])
    let words = (plan.metadata.title ?? "") + (plan.metadata.speaker ?? "")
    #expect(!words.contains(button) && !spoken(plan).joined().contains(button), "\(plan.metadata)")
    #expect(plan.dropped.contains { $0.text == button && $0.fragment }, "\(plan.dropped)")
  }

  @Test func aBracketedNameInASentenceIsSpoken() {
    let sentence = "We thank the [Brivonne] council for the harbour it gave back to the river."
    #expect(spoken(page(["Dear friends,", sentence])).contains(sentence))
  }

  /// A news lead runs into the salutations after its announcement's colon, with no space
  /// (Chinese): the lead is not spoken, the salutations are.
  @Test func aLeadRunIntoSalutationsWithoutASpaceIsCutAtItsColon() {
    let plan = page([
      "维尔马通讯社四月二十二日讯 奥德兰·维斯克尔总统在招待会上的讲话,全文如下:副总理先生阁下,诸位阁下,朋友们:",
      "我谨对各位今晚的光临表示衷心的感谢。我们能在布里沃纳和你们聚会,感到愉快。",
    ])
    let text = spoken(plan).joined()
    #expect(!text.contains("全文如下") && !text.contains("通讯社"), "\(spoken(plan))")
    #expect(text.contains("副总理先生阁下"), "\(spoken(plan))")
  }

  /// A blog's link to the rest of an address ("Retrouvez la suite en cliquant ci-dessous :")
  /// after its first paragraphs is the site's, not the speaker's.
  @Test(arguments: [
    "Retrouvez la suite en cliquant ci-dessous :", "Découvrez la suite du discours ici",
    "Voir la suite",
  ])
  func aLinkToTheRestOfTheAddressIsNotSpoken(link: String) {
    let text = spoken(
      page([
        "Chers amis,", "Je vous remercie d’être venus si nombreux au moulin de Quelvoria.",
        "Merci à Madame Imra Varnholt, maire de Dorvel, pour le prêt de cette belle salle.", link,
        "Discours Varnholt Dorvel",
      ]))
    #expect(!text.contains { $0.contains("la suite") || $0.contains("Voir") }, "\(text)")
    #expect(text.contains { $0.contains("Merci à Madame") }, "\(text)")
  }
}
