import Testing

@testable import LecternText

/// The edges of an address on a copied page, with names and text no document holds: the
/// short thanks or exclamation that closes it (in every language with a file) stays spoken
/// while the page's tail after it is dropped; a template's identifier and a line naming a
/// bare site above it are page code and links; a title cut short by an ellipsis, printed
/// again, is a teaser. Lines of the same shapes that are speech stay spoken.
@Suite struct AddressEdgeTests {
  private func plan(_ lines: [String]) -> RenderPlan {
    LanguageTestSupport.planPage(lines.flatMap { [$0, ""] })
  }

  private func spoken(_ plan: RenderPlan) -> [String] {
    LanguageTestSupport.spoken(plan)
  }

  /// A page's footer after the address: no sentence, so it is the tail.
  private static let footer = "Velmar Herald Archive"

  /// Two sentences of an address and its closing, in each language with a language file.
  @Test(arguments: [
    (
      "The river towns of Velmar have rebuilt their docks after the floods of last spring. "
        + "We are grateful to every family who worked on the banks through the winter.",
      "Long live the river towns!"
    ),
    (
      "The river towns of Velmar have rebuilt their docks after the floods of last spring. "
        + "We are grateful to every family who worked on the banks through the winter.",
      "God bless Velmar."
    ),
    (
      "Les villes du fleuve de Velmar ont reconstruit leurs quais après les crues du printemps. "
        + "Nous remercions toutes les familles qui ont travaillé sur les berges cet hiver.",
      "Vive Brivonne !"
    ),
    (
      "Los pueblos del río de Velmar han reconstruido sus muelles después de las inundaciones. "
        + "Agradecemos a todas las familias que trabajaron en las orillas durante el invierno.",
      "Gracias."
    ),
    (
      "Los pueblos del río de Velmar han reconstruido sus muelles después de las inundaciones. "
        + "Agradecemos a todas las familias que trabajaron en las orillas durante el invierno.",
      "¡Viva Valdoria!"
    ),
    (
      "Города на реке Велмар восстановили свои причалы после весеннего наводнения. "
        + "Мы благодарны всем семьям, которые работали на берегах всю зиму.",
      "Спасибо."
    ),
    (
      "Города на реке Велмар восстановили свои причалы после весеннего наводнения. "
        + "Мы благодарны всем семьям, которые работали на берегах всю зиму.",
      "Слава Велмару!"
    ),
    (
      "أعادت مدن نهر فلمار بناء أرصفتها بعد فيضانات الربيع الماضي. "
        + "نحن ممتنون لكل العائلات التي عملت على ضفاف النهر طوال الشتاء.",
      "شكرا."
    ),
    (
      "أعادت مدن نهر فلمار بناء أرصفتها بعد فيضانات الربيع الماضي. "
        + "نحن ممتنون لكل العائلات التي عملت على ضفاف النهر طوال الشتاء.",
      "وشكرا."
    ),
    ("沿河各个城镇在去年春天的洪水之后重建了码头。我们感谢整个冬天在河岸上辛勤工作的每一个家庭。", "谢谢各位!"),
    ("沿河各个城镇在去年春天的洪水之后重建了码头。我们感谢整个冬天在河岸上辛勤工作的每一个家庭。", "感谢各位。"),
    (
      "Die Städte am Fluss Velmar haben ihre Anleger nach dem Hochwasser wieder aufgebaut. "
        + "Wir danken allen Familien, die den ganzen Winter an den Ufern gearbeitet haben.",
      "Danke."
    ),
    (
      "As cidades do rio Velmar reconstruíram os seus cais depois das cheias da primavera. "
        + "Agradecemos a todas as famílias que trabalharam nas margens durante o inverno.",
      "Obrigada."
    ),
    (
      "Kota-kota di tepi sungai Velmar telah membangun kembali dermaga mereka setelah banjir. "
        + "Kami berterima kasih kepada semua keluarga yang bekerja di tepi sungai selama ini.",
      "Terima kasih."
    ),
    (
      "Byene langs elven Velmar har bygget opp igjen bryggene sine etter flommen i vår. "
        + "Vi er takknemlige overfor alle familiene som arbeidet ved elvebredden hele vinteren.",
      "Tusen takk."
    ),
  ])
  func aClosingAfterTheLastSentenceIsSpokenAndTheTailDropped(body: String, closing: String) {
    let result = plan([body, closing, Self.footer])
    let text = spoken(result)
    #expect(text.last == closing, "\(text)")
    #expect(result.dropped.contains { $0.text == Self.footer }, "\(result.dropped)")
  }

  /// What follows the last sentence without being one stays the tail: a name, a byline, a
  /// counter, an unfinished caption, a wire's one-word mark.
  @Test(arguments: [
    "Odran Veskel", "Photos Talia Bronk", "1,204 readers", "Brivonne harbour at dawn", "Ends.",
  ])
  func aTailLineThatIsNoSentenceIsDropped(line: String) {
    let body = "The river towns of Velmar have rebuilt their docks after the floods of last spring."
    let result = plan([body, line])
    #expect(spoken(result) == [body])
    #expect(result.dropped.contains { $0.text == line }, "\(result.dropped)")
  }

  /// A closed sentence of a script without spaces opens with its greeting; a title that
  /// starts with one ("欢迎辞") and a long sentence that does are none.
  @Test func aGreetingOpensAShortSentenceWithoutSpaces() {
    let knowledge = LanguageTestSupport.knowledge
    let salutation = Salutation([knowledge["zh"], knowledge["en"]])
    #expect(salutation.isGreeting("谢谢各位来宾!"))
    #expect(salutation.isGreeting("大家好。"))
    #expect(!salutation.isGreeting("欢迎辞"))
    #expect(!salutation.isGreeting("谢谢你们为河畔小镇所做的一切努力和贡献。"))
  }

  @Test(arguments: ["mod_river_banner", "tpl_velmar com_harbour", "field_image_2"])
  func aTemplateIdentifierIsPageCode(line: String) {
    #expect(LineShape.isIdentifierLine(line))
    let result = plan([
      line, "Dear friends,", "The docks of Brivonne are open again for every barge.",
    ])
    #expect(result.dropped.contains { $0.text == line && $0.reason.hasPrefix("page code") })
    #expect(spoken(result).first == "Dear friends,")
  }

  @Test(arguments: [
    "Odran_Veskel", "river_", "_river", "mod-river-banner", "the mod_river banner stays here",
    "MOD_RIVER",
  ])
  func wordsWithUnderscoresOfOtherShapesAreNoIdentifier(line: String) {
    #expect(!LineShape.isIdentifierLine(line))
  }

  /// A site's bare name makes a short line without a sentence a link line; a sentence that
  /// names a site, an abbreviation and a decimal number do not.
  @Test func aBareSiteNameOnALineWithoutASentenceIsALink() {
    let rules = FurnitureRules(vocabulary: StructureVocabulary(LanguageTestSupport.knowledge))
    #expect(rules.reason("via velmarherald.org Other stories")?.hasPrefix("web or mail") == true)
    #expect(rules.reason("Visit velmarherald.org to read the whole report of the council.") == nil)
    #expect(rules.reason("e.g. the river towns of Velmar") == nil)
    #expect(rules.reason("The harbour grew 3.5 percent") == nil)
  }

  /// A title cut short by an ellipsis, printed twice above the title in capitals, is not
  /// spoken; the address after it is.
  @Test func aTitleCutShortAndPrintedAgainIsNotSpoken() {
    let teaser = "remarks of the harbour master at the opening of brivonne ..."
    let result = plan([
      teaser, "\(teaser) \(teaser)",
      "REMARKS OF THE HARBOUR MASTER AT THE OPENING OF BRIVONNE DOCKS", "Dear friends,",
      "The docks of Brivonne are open again for every barge of the river towns.",
    ])
    #expect(spoken(result).first == "Dear friends,", "\(spoken(result))")
    #expect(result.dropped.filter { $0.reason.contains("cut short") }.count == 2)
  }

  /// A sentence that trails off, whose words open the next lines as a refrain, is speech: it
  /// is printed once, and no title in capitals repeats it.
  @Test func aTrailingSentenceOpeningARefrainIsSpoken() {
    let first = "We will rebuild the docks of Brivonne..."
    let result = plan([
      first, "We will rebuild the docks of Brivonne, and the barges will come back.",
      "We will rebuild the docks of Brivonne, because the river towns need them.",
    ])
    #expect(spoken(result).first == first, "\(spoken(result))")
    #expect(result.dropped.isEmpty, "\(result.dropped)")
  }

  /// A list of the people addressed, one a line and without marks, under the occasion's title:
  /// every line is spoken as a salutation; none is the speaker, a second event or a repeat of
  /// the speaker.
  @Test(arguments: [
    [
      "Opening of the Dorvel colloquium", "Mr Mayor of Brivonne",
      "Madam President of the Council of Quelvoria", "Mr Director of the Port of Dorvel",
      "Dear colleagues and friends",
      "Allow me to welcome you to Brivonne for these two days of work. We hope that the "
        + "debates will be rich and useful to all.",
    ],
    [
      "Ouverture du colloque de Brivonne", "Monsieur le Maire de Brivonne",
      "Monsieur le Vice-maire de Brivonne", "Votre Excellence Monsieur l’Ambassadeur de Quelvoria",
      "Madame la Présidente du Conseil de Quelvoria", "Chers collègues et chers amis",
      "Permettez-moi de vous souhaiter la bienvenue à Brivonne pour ces deux journées de "
        + "travail. Nous espérons que les débats seront riches et utiles à tous.",
    ],
  ])
  func anUnmarkedListOfThePeopleAddressedIsSpoken(_ lines: [String]) {
    let plan = LanguageTestSupport.planPage(lines)
    let spoken = spoken(plan)
    for line in lines.dropFirst().prefix(4) {
      #expect(spoken.contains(line), "\(line): \(spoken)")
    }
    #expect(plan.metadata.speaker == nil, "\(plan.metadata)")
  }
}
