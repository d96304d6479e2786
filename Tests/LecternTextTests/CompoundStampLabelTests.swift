import Testing

@testable import LecternText

/// A Chinese page's source stamp whose label compounds a kind of source with 来源 ("报道来源:
/// …"): furniture like "来源: …", not a header fact the intro speaks. The chamber's name
/// and the speaker are invented (欧兰瑟商会, 司徒澜).
@Suite struct CompoundStampLabelTests {
  static let vocabulary = StructureVocabulary(LanguageTestSupport.knowledge)

  @Test(arguments: ["报道来源: 欧兰瑟商会", "转发来源:欧兰瑟商会", "投稿來源:欧兰瑟商会"])
  func aCompoundSourceLabelIsAStamp(_ line: String) {
    #expect(Self.vocabulary.label(line)?.fact == "posted")
  }

  /// Only stamps compound so: a meeting's time is no label of furniture.
  @Test(arguments: ["会议时间: 2031年5月4日", "欧兰瑟商会来源丰富的资料: 第一卷"])
  func otherCompoundsAreNoStamp(_ line: String) {
    #expect(Self.vocabulary.label(line) == nil)
  }

  @Test func theStampIsNotSpoken() {
    let text = [
      "秘书长司徒澜在欧兰瑟商会年会上致辞", "", "2031-05-04", "报道来源: 欧兰瑟商会", "",
      "尊敬的各位来宾,大家好!", "", "今天我们在这里欢聚一堂,共同庆祝商会成立十周年。",
      "我们的事业将越走越远!",
    ].joined(separator: "\n")
    let plan = LanguageTestSupport.planner.plan(Document(name: "stamp", text: text))
    let spoken = plan.parts.flatMap(\.utterances).map(\.text).joined(separator: " ")
    #expect(!spoken.contains("报道来源"))
    #expect(spoken.contains("共同庆祝商会成立十周年"))
    #expect(plan.metadata.date?.contains("2031") == true)
  }
}
