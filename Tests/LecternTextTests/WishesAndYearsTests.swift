import Testing

@testable import LecternText

/// How a greeting's own words are kept and read, with invented names (Velmar, Tarvel, Dorvaz):
/// - a feast's wishes on the last line, without a stop ("Bonne année à tous", "Happy New Year
///   to all"), close the address and are spoken; a signature under them is not;
/// - paragraphs in the first person before a quotation are the speaker's own, not a
///   reporter's introduction to the quotation;
/// - a Chinese year written alone before a mark ("展望2031,") is read as a year, digit by
///   digit, where a count goes on with its measure word;
/// - a Chinese title that opens with its year ("2031年新春致辞") dates the address;
/// - Chinese lines of wishes without a mark close the address ("祝福每一个家庭更加幸福安康").
@Suite struct WishesAndYearsTests {
  private func said(_ plan: RenderPlan) -> String {
    plan.parts.flatMap(\.utterances).flatMap(\.spans).map(\.spoken).joined(separator: " ")
  }

  @Test(arguments: [
    (InventedSpeech.french, "Bonne année à tous"),
    (InventedSpeech.english, "Happy New Year to all of Velmar"),
    (InventedSpeech.spanish, "Feliz Navidad a todos"),
  ])
  func aFeastsWishesOnTheLastLineAreSpoken(_ body: String, _ wish: String) {
    let plan = LanguageTestSupport.planPage([
      "Dear friends,", "", body, "", wish, "", "Dorvaz TAMM",
    ])
    let spoken = LanguageTestSupport.spoken(plan)
    #expect(spoken.contains(wish), "\(spoken)")
    #expect(!spoken.contains { $0.contains("TAMM") }, "\(spoken)")
  }

  @Test func firstPersonParagraphsBeforeAQuotationAreTheAddress() {
    let plan = LanguageTestSupport.planPage([
      "From our Principal", "",
      "Mrs Odra Quilleth, Principal —", "",
      "Kia ora koutou", "",
      "What a year it has been at Velmar School, and I thank every teacher who stayed late.", "",
      "I encourage students to rest over the break. We will miss our leavers.", "",
      "We farewell Mr Tarvel, who retires after thirty years. In the words of the old river "
        + "song:", "",
      "“The river keeps its course, and so shall we.”", "",
      "Ngā mihi nui",
    ])
    let spoken = LanguageTestSupport.spoken(plan)
    #expect(spoken.contains { $0.hasPrefix("I encourage students") }, "\(spoken)")
    #expect(spoken.contains { $0.hasPrefix("What a year") }, "\(spoken)")
  }

  @Test func aChineseYearAloneBeforeAMarkIsReadAsAYear() {
    let plan = LanguageTestSupport.planPage([
      "各位同事:", "",
      "回首2030,我们在维尔马河边一起工作。展望2031,新的一年开启新的希望。我们有2031个理由感谢大家!",
    ])
    let spoken = said(plan)
    #expect(spoken.contains("回首二〇三〇"), "\(spoken)")
    #expect(spoken.contains("展望二〇三一"), "\(spoken)")
    #expect(!spoken.contains("二〇三一个"), "\(spoken)")
  }

  @Test func aChineseTitleOpeningWithItsYearDatesTheAddress() {
    let plan = LanguageTestSupport.planPage([
      "2031年新春致辞", "",
      "律回春晖渐,万象始更新。我们向维尔马的各位朋友致以新春的问候!",
    ])
    #expect(plan.metadata.date == "2031", "\(plan.metadata)")
  }

  @Test func chineseLinesOfWishesWithoutAMarkCloseTheAddress() {
    let plan = LanguageTestSupport.planPage([
      "市民们,朋友们:", "",
      "回首过去的一年,维尔马河两岸的城市一起走过了不平凡的日子。我们向大家致以新春的问候!", "",
      "祝福美丽的维尔马更加富强、文明、和谐", "",
      "祝福每一个家庭更加幸福安康",
    ])
    let spoken = LanguageTestSupport.spoken(plan)
    #expect(spoken.contains { $0.hasPrefix("祝福美丽的维尔马") }, "\(spoken)")
    #expect(spoken.contains("祝福每一个家庭更加幸福安康"), "\(spoken)")
  }
}
