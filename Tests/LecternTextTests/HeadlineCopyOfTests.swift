import Testing

@testable import LecternText

/// Headlines that name a copy of the address before its speaker ("Text of …", "English
/// Rendering Of …", "Full text of …", "نص كلمة …"), with invented names (Odra Quilleth,
/// رنيم قاسل) and occasions: the speaker is the person or office after those words, never
/// the words themselves, and the intro opens its sentences with a capital.
@Suite struct HeadlineCopyOfTests {
  private let body = [
    "", "4 June 2031", "", "Distinguished guests, ladies and gentlemen,", "",
    "It is an honour to welcome you to the river towns of the north. The barges will sail "
      + "again in spring.",
  ]

  private func plan(_ headline: String) -> RenderPlan {
    LanguageTestSupport.planPage([headline] + body)
  }

  private func intro(_ plan: RenderPlan) -> String {
    plan.part(id: "intro")?.utterances.map(\.text).joined(separator: " ") ?? ""
  }

  @Test(arguments: [
    ("Text of Minister Odra Quilleth’s address at the Harvest Gathering", "Minister Odra Quilleth"),
    ("English Rendering Of Harbour Minister’s Address To The River Guilds", "Harbour Minister"),
    ("Full text of Ambassador Quilleth's speech at the river festival", "Ambassador Quilleth"),
  ])
  func theSpeakerIsWhoFollowsTheCopysWords(headline: String, speaker: String) {
    let plan = plan(headline)
    #expect(plan.metadata.speaker == speaker, "\(plan.metadata)")
    let intro = intro(plan)
    #expect(!intro.lowercased().contains("text of") && !intro.contains("Rendering"), "\(intro)")
    #expect(intro.first?.isUppercase == true, "\(intro)")
  }

  /// "Full text" without an address and its speaker is a note about the page, not spoken.
  @Test(arguments: ["Full text", "Full text of the speech"])
  func aNoteAloneStaysANote(line: String) {
    let plan = plan(line)
    #expect(plan.dropped.first { $0.line == 1 }?.reason.contains("note") == true)
    #expect(!intro(plan).lowercased().contains("full text"), "\(intro(plan))")
  }

  /// In Arabic the copy's word "نص" is no part of the address's title.
  @Test func anArabicCopysWordLeavesTheTitle() {
    let plan = LanguageTestSupport.planPage([
      "نص كلمة يلقيها اللواء رنيم قاسل وزير الموانئ", "", "السيدات والسادة،", "",
      "يسعدني أن أرحب بكم في مدينة الأنهار. ستبحر السفن من جديد في الربيع.",
    ])
    #expect(plan.metadata.title?.hasPrefix("كلمة") == true, "\(plan.metadata)")
  }

  /// A title cut from the middle of a headline opens the intro with a capital.
  @Test func theIntroOpensWithACapital() {
    let plan = plan("Ambassador Odra Quilleth’s speech at the Harvest Gathering")
    #expect(intro(plan).hasPrefix("Speech"), "\(intro(plan))")
  }
}
