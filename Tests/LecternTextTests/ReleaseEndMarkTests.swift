import Testing

@testable import LecternText

/// A press release ends with a mark on a line of its own ("###", "-30-", "– ENDS –", "-FIN-",
/// "（完）"), then the publisher's notes, in sentences ("About the City of …"): the mark and
/// what follows it are not spoken, in every language with a mark in its file. A separator
/// inside the address ("***") is no end mark. The releases are invented.
@Suite struct ReleaseEndMarkTests {
  private func spoken(_ lines: [String]) -> [String] {
    LanguageTestSupport.spokenPage(lines.flatMap { [$0, ""] })
  }

  private static let english = [
    "It is a pleasure to be here today with all of you and our partners from the river towns.",
    "We have rebuilt the docks after the floods of last spring, and we will go on together.",
  ]

  @Test(arguments: ["###", "# # #", "-30-", "– ENDS –", "END"])
  func anEnglishReleaseEndsAtItsMark(mark: String) {
    let notes = [
      "About the City of Brivonne",
      "The City of Brivonne is home to forty thousand residents along the river.",
    ]
    #expect(spoken(Self.english + [mark] + notes) == Self.english)
  }

  @Test(arguments: [
    (
      "Nous avons reconstruit les quais après les crues du printemps dernier.", "- FIN -",
      "La ville de Brivonne compte quarante mille habitants le long du fleuve."
    ),
    (
      "Hemos reconstruido los muelles después de las inundaciones de la primavera.", "-fin-",
      "La ciudad de Brivonne tiene cuarenta mil habitantes a lo largo del río."
    ),
    ("我们在去年春天的洪水之后重建了码头。", "（完）", "布里冯市沿河居住着四万名居民。"),
    (
      "لقد أعدنا بناء الأرصفة بعد فيضانات الربيع الماضي وسنواصل العمل معا.", "-انتهى-",
      "يعيش في مدينة بريفون أربعون ألف نسمة على ضفاف النهر."
    ),
  ])
  func aReleaseInAnotherLanguageEndsAtItsMark(body: String, mark: String, note: String) {
    #expect(spoken([body, mark, note]) == [body])
  }

  @Test func aSeparatorInsideTheAddressIsNoEndMark() {
    let last = "Thank you all for coming to the river towns of Brivonne this morning."
    #expect(spoken(Self.english + ["***", last]) == Self.english + [last])
  }
}
