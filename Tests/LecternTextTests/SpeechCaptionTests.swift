import Testing

@testable import LecternText

/// A photo's caption between two paragraphs of an address that tells, in the third person,
/// who spoke ("董事长发表讲话", "Warden Dorvel gives his address"), with names no language
/// file lists (Varnholt, Dorvel, 瓦恩霍): it is not spoken. A heading of the address itself,
/// with no speech verb, and the address's title right under a lead's colon are left alone.
@Suite struct SpeechCaptionTests {
  private func page(_ caption: String, before: String, after: String) -> [String] {
    ["Gathering of the Quelvoria Trust", "", before, "", caption, "", after]
  }

  @Test func aChineseCaptionOfWhoSpokeIsNotSpoken() {
    let spoken = LanguageTestSupport.spokenPage(
      page(
        "瓦恩霍主任发表讲话", before: "各位朋友,大家好!今天我们在河边相聚,一起回顾过去的一年,展望新的一年。",
        after: "刚才各位的发言非常好,感谢大家!新的一年里,我们要把磨坊修好,让河水重新流动起来。"))
    #expect(!spoken.contains { $0.contains("瓦恩霍主任") }, "\(spoken)")
    #expect(spoken.contains { $0.contains("刚才各位的发言") }, "\(spoken)")
  }

  @Test func anEnglishCaptionOfWhoSpokeIsNotSpoken() {
    let spoken = LanguageTestSupport.spokenPage(
      page(
        "Warden Dorvel delivered remarks",
        before: "I thank you all for coming down to the weirs this morning to see the mills.",
        after: "The mills of the valley will turn again by the spring, and you helped."))
    #expect(!spoken.contains { $0.contains("Warden Dorvel") }, "\(spoken)")
    #expect(spoken.contains { $0.contains("The mills of the valley") }, "\(spoken)")
  }

  /// A heading between paragraphs, with no speech verb, is spoken as the address's own.
  @Test func aHeadingWithoutASpeechVerbIsSpoken() {
    let spoken = LanguageTestSupport.spokenPage(
      page(
        "The mills and the weirs",
        before: "I thank you all for coming down to the weirs this morning to see the mills.",
        after: "The mills of the valley will turn again by the spring, and you helped."))
    #expect(spoken.contains { $0.contains("The mills and the weirs") }, "\(spoken)")
  }
}
