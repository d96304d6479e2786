import Testing

@testable import LecternText

/// A news page that prints the full text of an address under a reporter's lead: the page's
/// headline and publication stamp first, then the lead ("… 全文如下："), then the address's own
/// heading (its title, the speaker's name, its date line) and the address. The heading repeats
/// the header and is not spoken, and its date line dates the address rather than the page's
/// stamp. Names, places and occasions are invented (柯岚澜, 滨城, 河港论坛): no language file
/// lists them.
@Suite struct HeadingUnderLeadTests {
  private let title = "在第七届河港论坛开幕式上的致辞"
  private let body = [
    "尊敬的各位来宾，", "女士们，先生们：", "",
    "今天，来自九个港口城市的朋友相聚在滨城，共同讨论河港的未来。我谨代表市政府表示热烈的欢迎！", "",
    "河港的明天", "",
    "三年来，我们修建了新的码头，也打开了通往海上的航线。让我们携手努力，把河港建设得更加美好。",
  ]

  /// A short lead, read with the header, and a long one, taken out of the body as a reporter's
  /// introduction: the heading under either is read the same.
  static let leads = [
    "澜河社滨城6月4日电 滨城市长柯岚澜4日在第七届河港论坛开幕式上致辞，全文如下：",
    "澜河社滨城6月4日电 九港联合会主席、滨城市委书记、河港论坛组委会主席柯岚澜4日晚在第七届河港论坛"
      + "开幕式上致辞,全文如下:",
  ]

  private func page(stamp: String, lead: String = leads[0]) -> [String] {
    [
      "您的位置：澜河网 - 河港论坛",
      "柯岚澜" + title,
      stamp,
      "",
      lead,
      "",
      title,
      "",
      "柯岚澜",
      "",
      "（2031年6月4日）",
      "",
    ] + body
  }

  /// The title and the name printed again under the lead are not spoken; the address opens
  /// with its salutations, and a short heading inside it that states no fact stays spoken.
  @Test(arguments: leads)
  func theHeadingUnderTheLeadIsNotSpokenAgain(lead: String) {
    let plan = LanguageTestSupport.planPage(
      page(stamp: "2031年06月05日 09:41:07  来源：澜河网", lead: lead))
    let spoken = plan.parts.filter { $0.kind != .intro }.flatMap(\.utterances).map(\.text)
    #expect(!spoken.contains { $0.contains(title) }, "\(spoken)")
    #expect(!spoken.contains("柯岚澜"), "\(spoken)")
    #expect(spoken.first == "尊敬的各位来宾，", "\(spoken)")
    #expect(spoken.contains("河港的明天"), "\(spoken)")
    let reasons = plan.dropped.filter { [7, 9].contains($0.line) }.map(\.reason)
    #expect(reasons.count == 2 && reasons.allSatisfy { $0.contains("repeats the") }, "\(reasons)")
    #expect(plan.metadata.speaker?.contains("柯岚澜") == true, "\(plan.metadata)")
  }

  /// Neither the speaker's name on a line of its own nor the lead's announcement of the full
  /// text is a place.
  @Test func theNameAndTheAnnouncementAreNoPlace() {
    let plan = LanguageTestSupport.planPage(page(stamp: "2031年06月05日 09:41:07  来源：澜河网"))
    let place = plan.metadata.place ?? ""
    #expect(!place.contains("柯岚澜") && !place.contains("全文如下"), "\(plan.metadata)")
  }

  /// The page's stamp (a date with a time of day) dated the page, not the address: the
  /// heading's date line under the lead is the address's date.
  @Test(arguments: leads)
  func theHeadingsDateLineOutranksThePagesStamp(lead: String) {
    let plan = LanguageTestSupport.planPage(
      page(stamp: "2031年06月05日 09:41:07  来源：澜河网", lead: lead))
    #expect(plan.metadata.date == "2031年6月4日", "\(plan.metadata)")
    let stamp = plan.dropped.first { $0.line == 3 }?.reason ?? ""
    #expect(stamp.contains("the page's date") && !stamp.contains("spoken in the intro"), "\(stamp)")
    let intro = plan.part(id: "intro")?.utterances.map(\.text).joined() ?? ""
    #expect(!intro.contains("06月05日"), "\(intro)")
  }

  /// A date stated in the header without a time is the header's own: a date line below the
  /// lead does not replace it.
  @Test func aHeaderDateWithoutATimeStays() {
    let plan = LanguageTestSupport.planPage(page(stamp: "2031年06月05日  来源：澜河网"))
    #expect(plan.metadata.date?.contains("05日") == true, "\(plan.metadata)")
  }

  /// The stamp's line says that its date is not spoken, whatever else it holds.
  @Test func aStampsReasonLosesItsSpokenDate() {
    #expect(
      DocumentStructure.stampUnspoken("header: date, spoken in the intro; time, not spoken")
        == "header: the page's date and time, not spoken")
    #expect(
      DocumentStructure.stampUnspoken("header: date and place, spoken in the intro")
        == "header: place, spoken in the intro; the page's date, not spoken")
    #expect(
      DocumentStructure.stampUnspoken("header: title, spoken in the intro")
        == "header: title, spoken in the intro")
  }
}
