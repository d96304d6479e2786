import Testing

@testable import LecternText

/// A page in one language whose site prints its widgets and comment form in another after the
/// address: an English social label ("Follow me!") and a Japanese blog's comment form under a
/// Chinese greeting, with an address no language file lists. The language files' furniture
/// applies to every document, and a file may hold only furniture sections (`ja.language`).
@Suite struct ForeignSiteFurnitureTests {
  private let chinese =
    "沿河各个城镇在去年春天的洪水之后重建了码头。今天我们在这里纪念所有为港口服务的同事。"
  private let closing = "愿各位朋友在新的一年里身体健康,愿沿河的渡船和码头年年繁忙。"

  @Test func aJapaneseCommentFormUnderAChineseAddressIsNotSpoken() {
    let spoken = LanguageTestSupport.spokenPage([
      chinese, "", closing, "",
      "Follow me!", "",
      "コメントを残す", "",
      "メールアドレスが公開されることはありません。 * が付いている欄は必須項目です",
    ])
    #expect(spoken.contains { $0.contains("渡船") }, "\(spoken)")
    #expect(!spoken.contains { $0.contains("Follow me") }, "\(spoken)")
    #expect(!spoken.contains { $0.contains("コメント") }, "\(spoken)")
    #expect(!spoken.contains { $0.contains("メールアドレス") }, "\(spoken)")
  }
}
