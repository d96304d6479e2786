import Testing

@testable import LecternText

/// Header lines a page prints around a message that are no fact of it, and facts a header
/// states in a reporter's words, on pages with names no language file lists (Velmar, Odran
/// Veskel, 韦尔马):
/// - a "Data Source:" label and a picture's text for the blind ("commissioner's picture")
///   are furniture, not the speaker; a title "X's Words" names the kind of address; a line
///   that opens with a picture's word before a function word ("Photo of the …") too;
/// - a headline's bracketed media label ("(附图)") is no part of the title;
/// - a lead written without spaces that announces the full text names the speaker after
///   the office ("以下是…局长韦尔马今日…的致辞全文:");
/// - a weekday in brackets beside the date that closes the page is no place;
/// - a lead that ends with the speaker's name before its colon, the office in lower case,
///   names the speaker ("… поздравил начальник управления … Одран Вескель:").
@Suite struct PageLabelHeaderTests {
  private static let chinese =
    "沿河各个城镇在去年春天的洪水之后重建了码头。今天我们在这里纪念所有为港口服务的同事。"

  private func intro(_ plan: RenderPlan) -> [String] {
    plan.parts.filter { $0.kind == .intro }.flatMap(\.utterances).map(\.text)
  }

  @Test func aSourceLabelAndAPicturesTextAreNoSpeaker() {
    let plan = LanguageTestSupport.planPage([
      "The Harbour Commissioner's Words", "Data Source: VHB", "harbour commissioner's picture",
      "", InventedSpeech.english,
    ])
    let intro = intro(plan)
    #expect(!intro.contains { $0.contains("Data Source") || $0.contains("picture") }, "\(intro)")
    #expect(plan.metadata.speaker?.contains("Words") != true, "\(plan.metadata)")
    #expect(plan.metadata.title?.contains("Words") == true, "\(plan.metadata)")
  }

  @Test func aPhotoLineUnderTheHeadlineIsNoPartOfIt() {
    let plan = LanguageTestSupport.planPage([
      "Remarks by Odran Veskel at the Velmar Quay", "Photo of the Velmar quay", "",
      InventedSpeech.english,
    ])
    let said = intro(plan) + LanguageTestSupport.spoken(plan)
    #expect(!said.contains { $0.contains("Photo") }, "\(said)")
  }

  @Test func aBracketedMediaLabelIsNoPartOfTheTitle() {
    let plan = LanguageTestSupport.planPage(["韦尔马港务局局长码头纪念日致辞(附图)", "", Self.chinese])
    #expect(plan.metadata.title?.contains("码头纪念日致辞") == true, "\(plan.metadata)")
    #expect(!intro(plan).contains { $0.contains("附图") }, "\(intro(plan))")
  }

  @Test func anUnspacedLeadAnnouncingTheFullTextNamesTheSpeaker() {
    let plan = LanguageTestSupport.planPage([
      "港务局局长码头纪念日致辞", "",
      "以下是港务局局长韦尔马今日(三月六日)在码头纪念日的致辞全文:", "", Self.chinese,
    ])
    #expect(plan.metadata.speaker == "港务局局长韦尔马", "\(plan.metadata)")
  }

  @Test func aWeekdayBesideTheClosingDateIsNoPlace() {
    let plan = LanguageTestSupport.planPage([Self.chinese, "", "2031年3月6日(星期四)"])
    #expect(plan.metadata.date?.contains("2031") == true, "\(plan.metadata)")
    #expect(plan.metadata.place == nil, "\(plan.metadata)")
  }

  @Test func aLeadEndingWithTheNameAfterALowercaseOfficeNamesTheSpeaker() {
    let plan = LanguageTestSupport.planPage([
      "Работники речного порта отмечают юбилей",
      "Ветеранов и работников порта поздравил начальник управления Велмарского порта "
        + "капитан первого ранга Одран Вескель:",
      "«Дорогие коллеги! Мы рады снова встретиться с вами в этом прекрасном зале. Сегодня "
        + "праздничный день для всех работников порта и их семей.»",
    ])
    #expect(plan.metadata.speaker == "Одран Вескель", "\(plan.metadata)")
    #expect(plan.metadata.event?.contains("поздравил") != true, "\(plan.metadata)")
  }
}
