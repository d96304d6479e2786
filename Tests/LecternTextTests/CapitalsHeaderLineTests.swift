import Testing

@testable import LecternText

/// A dated line in capitals that names the address, above it, is a header line even when it
/// ends in a full stop: prose is not written in capitals. Names, places and synods are
/// invented (Quillon Marrevie, Tessaly).
@Suite struct CapitalsHeaderLineTests {
  private func plan(_ lines: [String]) -> RenderPlan {
    LanguageTestSupport.planner.plan(Document(name: "caps", text: lines.joined(separator: "\n")))
  }

  /// What is spoken of the address, without the intro.
  private func body(_ plan: RenderPlan) -> String {
    plan.parts.filter { $0.kind != .intro }.flatMap(\.utterances).map(\.text)
      .joined(separator: " ")
  }

  private let speech = [
    "", "A good morning to all of you! We meet again in this hall after a long year.", "",
    "The harbour of Tessaly will be rebuilt by the spring.",
  ]

  @Test func aDatedCapitalsLineNamingTheAddressIsItsHeader() {
    let line =
      "PRIME BISHOP QUILLON MARREVIE VALEDICTORY ADDRESS DELIVERED AT THE TESSALY SYNOD ON "
      + "04 MAY 2031."
    let result = plan(["ADDRESS TO THE TESSALY SYNOD", "", line] + speech)
    #expect(result.metadata.date?.contains("2031") == true)
    #expect(!body(result).contains("VALEDICTORY"))
    #expect(body(result).contains("We meet again in this hall"))
  }

  /// The speaker before the title, when "delivered at" joins the occasion (`[header-at]`)
  /// and the title is a valedictory (`[header-titles]`); the occasion without the date's "on".
  @Test func theSpeakerBeforeADeliveredTitleIsRead() {
    let line =
      "PRESIDENT QUILLON MARREVIE VALEDICTORY ADDRESS DELIVERED AT THE TESSALY SYNOD ON 04 MAY 2031."
    let result = plan(["ADDRESS TO THE TESSALY SYNOD", "", line] + speech)
    #expect(result.metadata.speaker?.contains("MARREVIE") == true)
    #expect(result.metadata.speaker?.contains("VALEDICTORY") == false)
    #expect(result.metadata.event?.hasSuffix(" ON") == false)
  }

  /// The preposition that introduces the date is the date's, not the occasion's.
  @Test func theOccasionEndsBeforeTheDatesPreposition() {
    let result = plan(
      ["Remarks by Bishop Quillon Marrevie at the Tessaly Synod Meeting on 04 May 2031"] + speech)
    #expect(result.metadata.event == "the Tessaly Synod Meeting")
    #expect(result.metadata.date?.contains("2031") == true)
  }

  /// A sentence in capitals that names no address is still the address's first sentence.
  @Test func aCapitalsSentenceWithoutATitleWordIsSpoken() {
    let line = "WE MET IN THE HARBOUR OF TESSALY ON 04 MAY 2031 AND WE WILL MEET AGAIN."
    let result = plan(["Remarks of the Warden", "", line] + speech)
    #expect(body(result).contains("HARBOUR OF TESSALY"))
  }
}
