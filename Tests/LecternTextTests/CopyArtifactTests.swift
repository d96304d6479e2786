import Testing

@testable import LecternText

/// What a copy of a page leaves in the text that a reader does not say, with invented words:
/// - an apostrophe the copy dropped ("the Mayor s office", "l avenir de l Europe");
/// - a pinyin gloss after a Han character ("佳節(jié)"), kept in the text, not said;
/// - a calendar's mark after a year ("1878م"), which eSpeak NG names as a letter;
/// - a name in Cyrillic capitals ("ВЕЛМАРОВУ"), read as a word, while an acronym of four
///   letters ("РГТУ") is still spelled;
/// - a courtesy translation's notice, a list of tags with their counts, a rating widget and a
///   "recommend to a friend" link, which are page furniture;
/// - a heading in capitals glued to a sentence that opens with "I" ("…HARBOUR MASTERI would
///   like"), and "St." before a name said "Saint".
@Suite struct CopyArtifactTests {
  private func spoken(_ plan: RenderPlan) -> [String] {
    plan.parts.filter { $0.kind != .intro }.flatMap(\.utterances).map {
      $0.spans.map(\.spoken).joined(separator: " ")
    }
  }

  @Test func anApostropheTheCopyDroppedIsSaid() {
    let english = spoken(
      LanguageTestSupport.planPage([
        "Dear friends,", "",
        "The Mayor s office and Officer Dorvaz s family don t forget the re-opening of the "
          + "harbour.",
      ])
    ).joined(separator: " ")
    #expect(english.contains("Mayor’s office"), "\(english)")
    #expect(english.contains("Dorvaz’s family"), "\(english)")
    #expect(english.contains("don’t forget"), "\(english)")
    #expect(english.contains("the re-opening"), "\(english)")
    let french = spoken(
      LanguageTestSupport.planPage([
        "Chers amis,", "",
        "L avenir de l Europe est ce qu il faut défendre, d une rive à l autre du fleuve.",
      ])
    ).joined(separator: " ")
    #expect(french.contains("L’avenir de l’Europe"), "\(french)")
    #expect(french.contains("qu’il"), "\(french)")
    #expect(french.contains("d’une rive"), "\(french)")
  }

  @Test func aPinyinGlossStaysInTheTextButIsNotSaid() {
    let plan = LanguageTestSupport.planPage([
      "值此新春佳節(jié)來臨之際,我謹代表協(xié)會向大家致以最誠摯的問候!春天到來時,船只將再次起航。"
    ])
    let utterances = plan.parts.filter { $0.kind != .intro }.flatMap(\.utterances)
    #expect(utterances.contains { $0.text.contains("佳節(jié)來臨") })
    let spans = utterances.flatMap(\.spans)
    #expect(spans.allSatisfy { $0.lang == "zh" }, "\(spans.map(\.lang))")
    #expect(!spans.contains { $0.spoken.contains("jié") || $0.spoken.contains("xié") })
  }

  @Test func aCalendarsMarkAfterAYearIsSaidAsItsWords() {
    let text = spoken(
      LanguageTestSupport.planPage([
        "كلمة", "", "تأسست المدينة في 18 ديسمبر 1878م، وبني الجسر في عام 1442 هـ، وطوله 1000 م.",
      ])
    ).joined(separator: " ")
    #expect(text.contains("1878 ميلادية"), "\(text)")
    #expect(text.contains("1442 هجرية"), "\(text)")
    #expect(text.contains("1000 م"), "\(text)")
  }

  @Test func aNameInCyrillicCapitalsIsReadAsAWord() {
    let text = spoken(
      LanguageTestSupport.planPage([
        "От всего сердца поздравляю Ирину ВЕЛМАРОВУ и выпускников РГТУ с праздником!"
      ])
    ).joined(separator: " ")
    #expect(text.contains("Велмарову"), "\(text)")
    #expect(text.contains("Р-Г-Т-У"), "\(text)")
  }

  @Test func aCourtesyTranslationsNoticeAndATagListAreFurniture() {
    let french = LanguageTestSupport.spokenPage([
      "Message du ministre Dorvaz", "", InventedSpeech.french, "",
      "Nous vous proposons cette traduction à titre gracieux. Seul le texte original en anglais "
        + "fait foi.",
    ])
    #expect(!french.contains { $0.contains("titre gracieux") }, "\(french)")
    let russian = LanguageTestSupport.spokenPage([
      "Дорогие друзья!", "",
      "Мы рады снова встретиться с вами в этом прекрасном зале. Сегодня праздничный день для всех "
        + "выпускников и их семей.",
      "Читайте новости по меткам:",
      "речные новости 412 Велмар 310 Город Тарвел 98 погода 57 хоккей 31",
    ])
    #expect(!russian.contains { $0.contains("412") || $0.contains("меткам") }, "\(russian)")
  }

  @Test func aRatingWidgetAndARecommendLinkAreFurniture() {
    let arabic = LanguageTestSupport.spokenPage([
      "في هذا اليوم تكمل مدن النهر الشمالية مئة عام، وهو عمر يناهز القرن من العطاء والعمل.",
      "الكاتب:محرر", "التاريخ:1/9/2031", "  ",
      "  تم تقيم الموضوع من قبل 0 قراء", "",
      "يسعدني أن أرحب بكم في مدن النهر الشمالية. ستبحر القوارب من جديد في الربيع.",
    ])
    #expect(!arabic.contains { $0.contains("قراء") }, "\(arabic)")
    let chinese = LanguageTestSupport.spokenPage([
      "今天,我们在北方的河畔城市欢聚一堂。春天到来时,船只将再次起航,港口将向大家开放。", "",
      "中国驻维尔玛使馆", "2031年9月17日", "", "推荐给朋友:   ", "全文打印      打印文字稿",
    ])
    #expect(!chinese.contains { $0.contains("推荐") || $0.contains("打印") }, "\(chinese)")
  }

  @Test func aHeadingInCapitalsGluedToISplitsAndSaintIsSaid() {
    let plan = LanguageTestSupport.planPage([
      "A MESSAGE FROM THE HARBOUR MASTERI would like to commend each member of the crew who "
        + "worked on this year’s St. Odran’s Day parade. The river was calm. Odra Quilleth "
        + "Harbour Master"
    ])
    let text = spoken(plan).joined(separator: " ")
    #expect(text.hasPrefix("I would like"), "\(text)")
    #expect(text.contains("Saint Odran’s Day"), "\(text)")
  }
}
