import Testing

@testable import LecternText

/// Stamps a page prints around an address's header, by their shape, with invented names:
/// a calendar leaf's day above its month and year, a Republic of China (Minguo) year, field
/// labels in a bulleted list ("• Source: …", "• 資料來源：…"), and the name of the site's
/// section the page is filed in ("Ambassador's Speeches", "… | Foreign Affairs").
@Suite struct PageStampShapeTests {
  static let finder = StructureVocabulary(LanguageTestSupport.knowledge).dates

  private func intro(_ plan: RenderPlan) -> String {
    plan.part(id: "intro")?.utterances.map(\.text).joined(separator: " ") ?? ""
  }

  private func spoken(_ plan: RenderPlan) -> String {
    plan.parts.filter { $0.kind != .intro }.flatMap(\.utterances).map(\.text)
      .joined(separator: " ")
  }

  @Test(arguments: [
    ("111年10月17日", 2022, 10, 17),
    ("民國99年12月31日", 2010, 12, 31),
    ("1年1月1日", 1912, 1, 1),
    ("中華民國113年2月29日", 2024, 2, 29),
  ])
  func aShortYearBeforeTheYearWordIsAMinguoYear(
    text: String, year: Int, month: Int, day: Int
  )
    throws
  {
    let found = try #require(Self.finder.find(in: text), "no date in \(text)")
    #expect((found.year, found.month, found.day) == (year, month, day))
  }

  @Test(arguments: ["112年2月29日", "28個年頭", "300年10月17日", "去年10月17日"])
  func noMinguoDateWithoutAWholeValidDay(text: String) {
    #expect(Self.finder.find(in: text) == nil, "\(text)")
  }

  @Test func aMinguoDateUnderAHeadlineIsTheHeadersDate() {
    let plan = LanguageTestSupport.planPage([
      "澜岚苑長出席璟琪協會年會晚宴致詞", "", "112年3月8日", "", "各位貴賓，大家好！", "",
      "今天我們在溪峦一起慶祝這個美好的夜晚，感謝各位多年來的支持與合作。",
    ])
    #expect(plan.metadata.date == "112年3月8日")
    #expect(!spoken(plan).contains("112年"))
  }

  @Test(arguments: [
    (["17", "March 2031", "", "Address by Minister Quillon Marbeck"], "en", "17 March 2031"),
    (["17", "mars 2031", "", "Discours de la ministre Ilvane Dorsac"], "fr", "17 mars 2031"),
    (
      ["17", "marzo de 2031", "", "Discurso del ministro Quillón Marbeco"], "es", "17 marzo de 2031"
    ),
    (["١٧", "مارس 2031", "", "كلمة وزير التجارة زوكوا فيمتيل"], "ar", "17 مارس 2031"),
  ])
  func aDayAboveItsMonthAndYearIsOneDate(header: [String], language: String, date: String) {
    let speech: [String] =
      switch language {
      case "fr": [InventedSpeech.french]
      case "es": [InventedSpeech.spanish]
      case "ar":
        ["إنه لشرف كبير أن نرحب بكم اليوم في مدن النهر في الشمال، وسيكون الميناء مفتوحا للجميع."]
      default: [InventedSpeech.english]
      }
    let plan = LanguageTestSupport.planPage(header + [""] + speech)
    #expect(plan.metadata.date == date, "\(header)")
    #expect(plan.dropped.contains { $0.line == 1 }, "the day is listed as dropped")
  }

  @Test func aLoneNumberAboveAnotherLineIsStillAPageNumber() {
    let plan = LanguageTestSupport.planPage([
      "Address by Minister Quillon Marbeck", "", "17", "Vandrenne harbour", "",
      InventedSpeech.english,
    ])
    #expect(plan.metadata.date == nil)
    #expect(!spoken(plan).contains("17"))
  }

  @Test(arguments: [
    ("zh", ["• 發布單位：澜岚苑協調會", "• 資料來源：璟琪事務會"], ["澜岚苑協調會", "璟琪事務會"]),
    ("zh", ["• 发布单位：澜岚苑协调会", "• 来源：璟琪事务会"], ["澜岚苑协调会", "璟琪事务会"]),
    ("en", ["• Source: Quavimtel Office", "• Category: Rux Plamen"], ["Quavimtel", "Plamen"]),
    ("fr", ["• Source : Bureau Quavimtel", "• Catégorie : Rux Plamen"], ["Quavimtel", "Plamen"]),
    ("es", ["• Fuente: Oficina Quavimtel", "• Categoría: Rux Plamen"], ["Quavimtel", "Plamen"]),
  ])
  func bulletedLabelsUnderTheHeadlineAreFurniture(
    language: String, labels: [String], values: [String]
  ) {
    let page: [String] =
      switch language {
      case "zh":
        ["澜岚苑長在璟琪協會年會上的致詞", ""] + labels
          + ["", "各位貴賓，大家好！", "", "今天我們在溪峦一起慶祝這個美好的夜晚，感謝各位多年來的支持與合作。"]
      case "fr":
        ["Discours de la ministre Ilvane Dorsac", ""] + labels + ["", InventedSpeech.french]
      case "es":
        ["Discurso del ministro Quillón Marbeco", ""] + labels + ["", InventedSpeech.spanish]
      default:
        ["Address by Minister Quillon Marbeck", ""] + labels + ["", InventedSpeech.english]
      }
    let plan = LanguageTestSupport.planPage(page)
    let heard = intro(plan) + " " + spoken(plan)
    for value in values { #expect(!heard.contains(value), "\(language): \(value) spoken") }
    #expect(plan.dropped.filter { $0.text.hasPrefix("•") }.count == labels.count)
  }

  @Test(arguments: [
    ("en", "Ambassador's Speeches"), ("en", "Press Releases"), ("fr", "Allocutions"),
    ("es", "Discursos"), ("ru", "Выступления"), ("ar", "الكلمات"),
  ])
  func aSectionNameAboveTheHeaderIsNoSpeaker(language: String, section: String) {
    let (headline, speech): (String, String) =
      switch language {
      case "fr": ("Discours de la ministre Ilvane Dorsac", InventedSpeech.french)
      case "es": ("Discurso del ministro Quillón Marbeco", InventedSpeech.spanish)
      case "ru": ("Речь министра Квилона Марбека", "Мы рады работать вместе ради мира и развития.")
      case "ar":
        (
          "كلمة وزير التجارة زوكوا فيمتيل",
          "إنه لشرف كبير أن نرحب بكم اليوم في مدن النهر في الشمال."
        )
      default: ("Address by Minister Quillon Marbeck", InventedSpeech.english)
      }
    let plan = LanguageTestSupport.planPage([section, "", headline, "", speech])
    let heard = intro(plan) + " " + spoken(plan)
    #expect(!heard.contains(section), "\(language): \(heard)")
    #expect(plan.metadata.speaker?.contains(section) != true)
  }

  @Test func aSectionBesideTheDateIsNoPlaceAndAnOfficeStaysAnOffice() {
    let plan = LanguageTestSupport.planPage([
      "3 October 2031 | Foreign Affairs", "", "Address by Quillon Marbeck",
      "Minister of Foreign Affairs", "", InventedSpeech.english,
    ])
    #expect(plan.metadata.place == nil)
    #expect(plan.metadata.speaker?.contains("Minister of Foreign Affairs") == true)
  }
}
