import Testing

@testable import LecternText

/// The narrator's date and the header's labels, with invented names (Velmar, Tarvel, 维尔马):
/// - a date written in words is stated in the language's long form, without its day of the
///   week ("miércoles, 22 de agosto de 2031" → "22 de agosto de 2031"); English only loses the
///   weekday ("Thursday, December 25, 2031" → "December 25, 2031"); Arabic keeps the page's
///   month names;
/// - a site's section of messages ("Director Messages") names no speaker;
/// - a Chinese "mailbox" of an office (院长信箱) is a site's section, and a "时间:" stamp dates
///   a page that states no other date;
/// - an unspaced Chinese headline names office and person before a feast and the title
///   ("维尔马市市长陈维岚新春致辞").
@Suite struct NarratedDateAndSectionTests {
  private func intro(_ plan: RenderPlan) -> [String] {
    plan.parts.filter { $0.kind == .intro }.flatMap(\.utterances).map(\.text)
  }

  private static let english =
    "Dear friends, this season asks us to look after one another, and the people of Velmar "
    + "have done so all year. I thank every volunteer of Tarvel Hall for their work."

  @Test(arguments: [
    ("Thursday, December 25, 2031", "December 25, 2031", "Thursday"),
    ("Monday 3rd March 2031", "3rd March 2031", "Monday"),
  ])
  func anEnglishDateLosesItsDayOfTheWeek(
    _ written: String, _ narrated: String, _ weekday: String
  ) {
    let plan = LanguageTestSupport.planPage([
      "Holiday Message from the Warden of Tarvel Hall", "", written, "", Self.english,
    ])
    let text = intro(plan).joined(separator: " ")
    #expect(text.contains(narrated), "\(text)")
    #expect(!text.contains(weekday), "\(text)")
    #expect(plan.metadata.date == written, "\(plan.metadata)")
  }

  @Test func aSpanishDateLosesItsDayOfTheWeek() {
    let plan = LanguageTestSupport.planPage([
      "Saluda del Alcalde de Velmar", "", "miércoles, 22 de agosto de 2031", "",
      "Queridos vecinos: un año más llegan las fiestas de Velmar, y con ellas el encuentro de "
        + "todas las familias en la plaza mayor. Os deseo a todos unas felices fiestas.",
    ])
    let text = intro(plan).joined(separator: " ")
    #expect(text.contains("22 de agosto de 2031"), "\(text)")
    #expect(!text.lowercased().contains("miércoles"), "\(text)")
  }

  @Test func anArabicDateKeepsThePagesMonthNames() {
    let plan = LanguageTestSupport.planPage([
      "كلمة رئيس بلدية فيلمار", "", "٩ كانون الثاني ٢٠٣١", "",
      "أيها الإخوة والأخوات، يسعدني أن أرحب بكم في هذا اللقاء الكريم، وأن أشكر كل من ساهم في "
        + "خدمة مدينتنا طوال العام الماضي بكل إخلاص وتفان.",
    ])
    let text = intro(plan).joined(separator: " ")
    #expect(text.contains("كانون الثاني"), "\(text)")
  }

  @Test(arguments: ["Director Messages", "President's Messages"])
  func aSectionOfMessagesNamesNoSpeaker(_ section: String) {
    let plan = LanguageTestSupport.planPage([section, "", Self.english])
    #expect(plan.metadata.speaker == nil, "\(plan.metadata)")
    #expect(!intro(plan).contains { $0.contains("Messages") }, "\(intro(plan))")
  }

  @Test func anOfficesMailboxIsASectionAndATimeStampDatesThePage() {
    let plan = LanguageTestSupport.planPage([
      "局长信箱", "局长新春致辞", "时间:2031-02-16 16:16   作者:网站管理员   点击:", "",
      "新年伊始,万象更新。在这辞旧迎新的时刻,我谨代表维尔马局领导班子向全体职工及家属致以新年的祝福!",
    ])
    #expect(plan.metadata.speaker == nil, "\(plan.metadata)")
    #expect(plan.metadata.date == "2031-02-16", "\(plan.metadata)")
    #expect(!intro(plan).contains { $0.contains("信箱") }, "\(intro(plan))")
  }

  @Test func aChineseHeadlineNamesThePersonBeforeTheFeast() {
    let plan = LanguageTestSupport.planPage([
      "维尔马市人民政府市长陈维岚新春致辞", "",
      "欢歌辞旧岁,金鸡迎新春。在这辞旧迎新、阖家团圆的美好时刻,我谨代表市政府,向全市父老乡亲致以新春的问候!",
    ])
    #expect(plan.metadata.speaker?.hasSuffix("陈维岚") == true, "\(plan.metadata)")
    #expect(plan.metadata.title == "新春致辞", "\(plan.metadata)")
  }
}
