import Testing

@testable import LecternText

/// What stands around an address on an office's page, with invented names (Quilleth, Velmar,
/// Dorvaz, 陈维岚):
/// - the page's banner naming the office or mission that runs it ("Office of the Governor",
///   "Embajada de Tarvel en Velmar, Dorvaz") is neither spoken nor the occasion, and names
///   no speaker;
/// - a reporter's lead on its own line under a section's name, "Following is the message of
///   … delivered on his behalf by …:", names the sender, and is not spoken;
/// - a date line between a headline and the address does not join them into one sentence;
/// - a site's notice glued after a paragraph's last sentence is not spoken;
/// - a title that ends in its joining word ("Le mot du", "A word from") is read straight into
///   the speaker;
/// - a Chinese headline that runs an office's name, a person and their office, a year, an
///   occasion and the word for a greeting names the speaker and dates the address;
/// - an English year range with a short end is said as written ("2031 to 32").
@Suite struct PageBannerTests {
  private func intro(_ plan: RenderPlan) -> [String] {
    plan.parts.filter { $0.kind == .intro }.flatMap(\.utterances).map(\.text)
  }

  private func said(_ plan: RenderPlan) -> String {
    plan.parts.flatMap(\.utterances).flatMap(\.spans).map(\.spoken).joined(separator: " ")
  }

  @Test(arguments: [
    ["Office of the Governor", "", InventedSpeech.english],
    ["Cabinet du Maire", "", InventedSpeech.french],
    ["Despacho del Alcalde", "", InventedSpeech.spanish],
    ["Embajada de Tarvel en Velmar, Dorvaz", "", InventedSpeech.spanish],
  ])
  func anOfficesBannerIsNotSpokenAndNamesNoOneOrOccasion(_ lines: [String]) {
    let plan = LanguageTestSupport.planPage(lines)
    let everything = intro(plan) + LanguageTestSupport.spoken(plan)
    #expect(!everything.contains { $0.contains(lines[0]) }, "\(everything)")
    #expect(plan.metadata.event == nil && plan.metadata.speaker == nil, "\(plan.metadata)")
  }

  @Test func aLeadOnItsOwnLineUnderASectionNamesTheSenderNotTheReader() {
    let plan = LanguageTestSupport.planPage([
      "Press Releases", "",
      "Following is the message of Velmar Governor Odra Quilleth to the annual river "
        + "gathering in Tarvel on 3 May, which was delivered on his behalf by Dorvaz Tamm, "
        + "Deputy Governor:", "",
      "\"" + InventedSpeech.english + "\"",
    ])
    let everything = intro(plan) + LanguageTestSupport.spoken(plan)
    #expect(plan.metadata.speaker?.contains("Quilleth") == true, "\(plan.metadata)")
    #expect(!everything.contains { $0.contains("Following is") }, "\(everything)")
  }

  @Test func aDateLineBetweenAHeadlineAndTheAddressJoinsNeither() {
    let plan = LanguageTestSupport.planPage([
      "Hello again", "", "May 3, 2031", "",
      "Welcome to the new season of Velmar. We have much to do together this year.", "",
      "Thanks to all of you.",
    ])
    let spoken = LanguageTestSupport.spoken(plan)
    #expect(!spoken.contains { $0.contains("again Welcome") }, "\(spoken)")
    #expect(spoken.contains { $0.hasPrefix("Welcome to the new season") }, "\(spoken)")
  }

  @Test func aNoticeGluedAfterTheLastSentenceIsNotSpoken() {
    let plan = LanguageTestSupport.planPage([
      "Dear friends of Velmar,", "",
      InventedSpeech.english + " Your browser does not support the video tag.", "",
      "Thank you.",
    ])
    let spoken = LanguageTestSupport.spoken(plan)
    #expect(!spoken.contains { $0.contains("browser") }, "\(spoken)")
    #expect(spoken.contains { $0.contains("open to all of you.") }, "\(spoken)")
  }

  @Test(arguments: [
    ("Le mot du Maire", InventedSpeech.french, "Le mot du Maire."),
    ("A word from the Governor", InventedSpeech.english, "A word from the Governor."),
  ])
  func aTitleEndingInItsJoiningWordIsReadIntoTheSpeaker(
    _ headline: String, _ body: String, _ expected: String
  ) {
    let plan = LanguageTestSupport.planPage([headline, "", body])
    #expect(intro(plan).first == expected, "\(intro(plan)) \(plan.metadata)")
  }

  @Test func aChineseHeadlineRunningOfficePersonYearAndOccasionNamesTheSpeaker() {
    let plan = LanguageTestSupport.planPage([
      "中国驻维尔马总领馆陈维岚总领事2031中秋节祝词", "",
      "各位朋友:", "",
      "我代表总领馆向大家致以节日的问候!今年我们在河边的城市里一起度过了许多美好的日子。祝大家中秋快乐!",
    ])
    #expect(plan.metadata.speaker?.contains("陈维岚") == true, "\(plan.metadata)")
    #expect(plan.metadata.date == "2031", "\(plan.metadata)")
    #expect(intro(plan).contains { $0.contains("2031年") }, "\(intro(plan))")
  }

  @Test func anEnglishYearRangeWithAShortEndIsSaidAsWritten() {
    let plan = LanguageTestSupport.planPage([
      "Welcome to the 2031-32 season of the Velmar river choir! We sing again on Monday."
    ])
    #expect(said(plan).contains("2031 to 32"), "\(said(plan))")
  }
}
