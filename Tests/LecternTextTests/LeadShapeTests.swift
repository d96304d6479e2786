import Testing

@testable import LecternText

/// A reporter's lead before the address, told by its shape with names, places and headlines no
/// language file lists (Quilleth, Vaskon, Brivonne): a headline in capitals run into the lead
/// and the address on one line, a lead that names the speaker and is followed by no salutation,
/// a lead in a script without capitals, and the layout around it (a name wrapped between its
/// initials, a site's name after the last sentence, a media mark after the headline).
@Suite struct LeadShapeTests {
  /// Plans with the document's language identified, as the commands do.
  private func plan(_ lines: [String]) -> RenderPlan {
    LanguageTestSupport.planPage(lines)
  }

  /// What is spoken of the address, without the intro.
  private func body(_ plan: RenderPlan) -> String {
    plan.parts.filter { $0.kind != .intro }.flatMap(\.utterances).map(\.text)
      .joined(separator: " ")
  }

  private func utterances(_ plan: RenderPlan) -> [String] {
    plan.parts.filter { $0.kind != .intro }.flatMap(\.utterances).map(\.text)
  }

  @Test func aCapitalHeadlineDatelineAndLeadRunIntoTheAddressAreNotSpoken() {
    let line =
      "VELMAR TALKS OPEN WITH A CALL FOR RIVER TRADE TORVIK, 3 June -- Following is the "
      + "statement by Secretary-General Odra Quilleth at the opening of the river talks, "
      + "delivered this morning in Brivonne Harbour: We are gathered to rebuild the trade "
      + "of the river towns. The barges will sail again by the spring."
    let result = plan([line])
    #expect(result.metadata.speaker?.contains("Quilleth") == true, "\(result.metadata)")
    #expect(result.metadata.place == "Brivonne Harbour")
    #expect(!body(result).contains("Following is") && !body(result).contains("VELMAR TALKS"))
    #expect(utterances(result).first?.hasPrefix("We are gathered to rebuild") == true)
    #expect(result.dropped.contains { $0.reason.contains("reporter") && $0.fragment })
  }

  /// Salutations that end in a colon, as an announcement does, run into the lead on one line:
  /// they are spoken, whether the lead ends at a colon of its own or runs straight into them
  /// (then the whole line is, since where the lead ends is not known).
  @Test(arguments: [
    "وألقى اللواء زيدان قمروش وزير الموانئ كلمة في افتتاح المؤتمر قال فيها: السيد الرئيس، ",
    "وقال اللواء زيدان قمروش وزير الموانئ في كلمته خلال افتتاح المؤتمر السيد الرئيس، ",
  ])
  func salutationsEndingInAColonAfterALeadAreSpoken(lead: String) {
    let result = plan([
      lead + "السيدات والسادة: يسعدني أن أرحب بكم في هذا المؤتمر الهام. وسوف نعمل معا من أجل "
        + "تجارة الأنهار."
    ])
    #expect(body(result).contains("السيد الرئيس"), "\(utterances(result))")
    #expect(body(result).contains("السيدات والسادة"), "\(utterances(result))")
    #expect(body(result).contains("يسعدني أن أرحب بكم"))
  }

  @Test func aLeadThatNamesTheSpeakerNeedsNoSalutationAfterIt() {
    let result = plan([
      "VELMAR", "",
      "On trouvera ci-après le texte de l’allocution du Président du Conseil des délégués, "
        + "M. Idrel Vaskon, prononcée ce matin lors de la séance d’ouverture de la session "
        + "annuelle, au siège de l’organisation à Brivonne:",
      "", "Je vous remercie de votre accueil et de vos paroles aimables ce matin.",
      "Nous avons beaucoup à faire ensemble cette année.",
    ])
    #expect(result.metadata.speaker?.contains("Vaskon") == true, "\(result.metadata)")
    #expect(result.metadata.place == "Brivonne")
    #expect(!body(result).contains("On trouvera"))
    #expect(body(result).contains("Je vous remercie de votre accueil"))
  }

  @Test func anAnnouncementsPersonOutweighsAHeadlineTakenForTheSpeaker() {
    let result = plan([
      "LE PRÉSIDENT SALUE LES DÉLÉGUÉS DU FORUM DE VELMAR", "",
      "On trouvera ci-après le texte de l’allocution du Président du Forum, M. Idrel "
        + "Vaskon-Tarn, prononcée lors de la séance d’ouverture de la session annuelle des "
        + "délégués, au siège de l’organisation, le 12 mars:",
      "", "Je vous remercie de votre accueil et de vos paroles aimables ce matin.",
    ])
    #expect(result.metadata.speaker?.contains("Vaskon-Tarn") == true, "\(result.metadata)")
    #expect(result.metadata.speaker?.contains("SALUE") != true)
  }

  @Test func anAddressThatQuotesItsOwnEarlierSpeechKeepsItsFirstSentence() {
    let first = "Let me read you the words of my speech from last year: We must rebuild."
    let result = plan([first, "", "The harbour of Brivonne will be rebuilt by the spring."])
    #expect(body(result).contains("Let me read you the words of my speech from last year:"))
    #expect(result.dropped.isEmpty)
  }

  @Test func anArabicLeadNamesItsSpeakerAfterAnHonorific() {
    let result = plan([
      "ألقى المهندس زيدان قمروش، رئيس الهيئة، كلمة اليوم في افتتاح المعرض الجديد للكتب.",
      "وجاءت نص كلمته كالآتى:",
      "يسعدني أن أكون معكم اليوم في هذا المعرض الكبير، وأن أرحب بكم جميعا.",
    ])
    #expect(result.metadata.speaker == "المهندس زيدان قمروش", "\(result.metadata)")
    #expect(!body(result).contains("ألقى") && !body(result).contains("كالآتى"))
    #expect(body(result).contains("يسعدني أن أكون معكم"))
  }

  @Test func aHeaderLineThatRunsItsLeadIntoTheAddressGivesTheBodyItsFirstWords() {
    let result = plan([
      "افتتاح المعرض الجديد للكتب في المدينة القديمة",
      "نص الكلمة الافتتاحية للسيد الدكتور زيدان قمروش رئيس المعرض كانت كالتالي: في البداية "
        + "أتوجه بالشكر إلى جميع الحضور الكرام في هذا اليوم الجميل.",
      "كما أشكر المنظمين على جهودهم الكبيرة في إعداد هذا المعرض.",
    ])
    #expect(result.metadata.speaker?.contains("زيدان قمروش") == true, "\(result.metadata)")
    #expect(utterances(result).first?.hasPrefix("في البداية أتوجه بالشكر") == true)
    #expect(!body(result).contains("كانت كالتالي"))
  }

  @Test(arguments: [
    ["We held talks with the Minister of Trade of Velmar O.", "Q. Drasko. We agreed on much."],
    ["Мы провели переговоры с министром торговли Велмара О.", "К. Драско. Мы обсудили многое."],
  ])
  func aNameWrappedBetweenItsInitialsStaysInOneSentence(lines: [String]) {
    let result = plan(lines)
    let first = utterances(result).first ?? ""
    #expect(first.hasSuffix("Drasko.") || first.hasSuffix("Драско."), "\(utterances(result))")
  }

  @Test func aNameWrappedOntoTheLineAfterItsOfficeNamesTheSpeaker() {
    let result = plan([
      "12 мая 2031", "Приветствие Председателя Комитета по речной торговле Велмара",
      "О.К.Драскова участникам и гостям форума в Бривонне", "Уважаемые коллеги!",
      "Поздравляю вас с открытием форума речной торговли в Бривонне.",
    ])
    #expect(result.metadata.speaker?.contains("О.К.Драскова") == true, "\(result.metadata)")
  }

  @Test(arguments: [
    ("A. B. Quillon, Minister", "A. B. Quillon"), ("Ю.П.Драскова участникам", "Ю.П.Драскова"),
    ("U.S. Embassy Brivonne", nil), ("A.I. systems", nil), ("Quillon Drask", nil),
  ])
  func initialsAndASurnameOpenAName(line: String, name: String?) {
    #expect(HeaderReader.initialsAndSurname(line) == name)
  }

  @Test(arguments: ["velmar-news.org", "news.brivonne.co.uk"])
  func aSitesNameAloneAfterTheLastSentenceIsNotSpoken(site: String) {
    let result = plan(["Dear friends,", "We are glad to rebuild the harbour of Brivonne.", site])
    #expect(!body(result).contains(site))
    #expect(result.dropped.contains { $0.text == site })
  }

  @Test(arguments: ["e.g.", "U.S.", "Velmar.Org"])
  func aWordWithDotsIsNoSitesName(word: String) {
    #expect(!FurnitureRules.isDomainName(word))
  }

  @Test func aMediaMarkOfAFewWordsAfterTheHeadlineIsNoFact() {
    let result = plan([
      "Speech by Minister Ola Vrenk at the Brivonne Harbour Forum (with slides)", "",
      "Dear friends,", "", "We are glad to rebuild the harbour of Brivonne together.",
    ])
    #expect(result.metadata.event?.contains("slides") != true, "\(result.metadata)")
    #expect(result.metadata.speaker?.contains("Vrenk") == true)
  }
}
