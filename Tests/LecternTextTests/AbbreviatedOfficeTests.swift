import Testing

@testable import LecternText

/// A headline that names the speaker by an abbreviated office in the genitive, the post's
/// city and the name after it ("Поздравление Генконсула Велмарии в Тарвеле Одры Квиллет"),
/// with names no language file lists: "генконсул" (генеральный консул) is an office, so the
/// name after the city is the speaker's and not part of the place.
@Suite struct AbbreviatedOfficeTests {
  private let russian =
    "Мы рады снова встретиться с вами в этом прекрасном зале. Сегодня праздничный день для "
    + "всех выпускников и их семей, и мы от души поздравляем вас."

  @Test func anAbbreviatedConsulGeneralNamesTheSpeaker() {
    let plan = LanguageTestSupport.planPage([
      "Поздравление Генконсула Велмарии в Тарвеле Одры Квиллет", "",
      "Уважаемые соотечественники! Дорогие друзья!", "",
      russian, "", russian,
    ])
    #expect(plan.metadata.speaker?.contains("Квиллет") == true, "\(plan.metadata)")
    #expect(plan.metadata.place?.contains("Квиллет") != true, "\(plan.metadata)")
  }
}
