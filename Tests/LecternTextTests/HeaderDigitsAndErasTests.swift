import Testing

@testable import LecternText

/// Header facts in other writing habits, with invented names (Velmar, 维尔马, 韦兰):
/// - the metadata's date has ASCII digits where the page writes Arabic-Indic ones;
/// - a Japanese era's date ("平成26年6月9日") is read in that era, not taken for a place and a
///   Minguo year;
/// - a Japanese page's "main text starts here" and update stamp are furniture;
/// - a Chinese headline puts office and name before a space, the title after it, though the
///   office's name holds a joining word (在);
/// - a Chinese language switcher's label is furniture;
/// - a title or occasion whose speaker is not beside it loses its dangling joining word.
@Suite struct HeaderDigitsAndErasTests {
  private func intro(_ plan: RenderPlan) -> [String] {
    plan.parts.filter { $0.kind == .intro }.flatMap(\.utterances).map(\.text)
  }

  private static let englishBody = [
    "",
    "Good afternoon ladies and gentlemen. Welcome to Velmar, and thank you for coming. I hope "
      + "that this meeting furthers the cooperation between our cities.",
  ]

  @Test func anArabicIndicDateHasASCIIDigitsInTheMetadata() {
    let plan = LanguageTestSupport.planPage([
      "كلمة رئيس بلدية فيلمار", "", "٩ كانون الثاني ٢٠٣١", "",
      "أيها الإخوة والأخوات، يسعدني أن أرحب بكم في هذا اللقاء الكريم، وأن أشكر كل من ساهم في "
        + "خدمة مدينتنا طوال العام الماضي بكل إخلاص وتفان.",
    ])
    #expect(plan.metadata.date == "9 كانون الثاني 2031", "\(plan.metadata)")
  }

  @Test func aJapaneseErasDateIsReadInItsEra() {
    let plan = LanguageTestSupport.planPage(
      ["ここから本文です。", "更新日:2031年1月1日", "平成26年6月9日"] + Self.englishBody)
    #expect(plan.metadata.date == "平成26年6月9日", "\(plan.metadata)")
    #expect(plan.metadata.place == nil, "\(plan.metadata)")
    let spoken = plan.parts.flatMap(\.utterances).map(\.text)
    #expect(!spoken.contains { $0.contains("本文") || $0.contains("更新日") }, "\(spoken)")
  }

  @Test func theJapaneseEraGivesTheGregorianYear() throws {
    let finder = DateFinder(vocabulary: DateVocabulary(locales: ["zh"]))
    let found = try #require(finder.find(in: "平成26年6月9日"))
    #expect(found.year == 2014 && found.month == 6 && found.day == 9)
  }

  @Test func aChineseHeadlineNamesTheSpeakerBeforeASpace() {
    let plan = LanguageTestSupport.planPage([
      "- 其他語言版本:", "- English",
      "維爾馬在台協會辦事處處長韋蘭 維爾馬國慶日慶祝酒會演講詞", "",
      "各位女士、各位先生:", "",
      "大家好!歡迎各位參加今天的國慶酒會,和我們一起慶祝這個重要的日子。讓我們舉杯,敬我們深厚的友誼。乾杯!",
    ])
    #expect(plan.metadata.speaker?.hasSuffix("處長韋蘭") == true, "\(plan.metadata)")
    let spoken = plan.parts.flatMap(\.utterances).map(\.text)
    #expect(!spoken.contains { $0.contains("語言版本") || $0.contains("English") }, "\(spoken)")
  }

  @Test func anOccasionLosesItsDanglingJoiningWord() {
    let plan = LanguageTestSupport.planPage(
      [
        "12th Velmar Regional Conference Opening Address by", "", "OPENING ADDRESS", "by",
        "Odra Vell", "Velmar Harbour Authority Director",
      ] + Self.englishBody)
    let text = intro(plan).joined(separator: " ")
    #expect(!text.contains("Address by."), "\(text)")
  }
}
