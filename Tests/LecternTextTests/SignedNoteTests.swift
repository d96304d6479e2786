import Testing

@testable import LecternText

/// A publisher's note under the signature of a letter or message, about the signer in the
/// third person ("Ambassador Odra Quilleth presented her credentials … Her CV is available
/// here."), is the publisher's: not spoken. Closing sentences of the address itself, in the
/// first person or not naming the signer, stay. Names are invented.
@Suite struct SignedNoteTests {
  private let header = ["Welcome Letter", "", "Ambassador Quilleth", ""]
  private let body = [
    "Dear friends,", "",
    "It is an honour to welcome you to the river towns of the north. The barges will sail "
      + "again by the spring, and the harbour will be open to all of you.", "",
    "Once more, welcome to the Embassy of Tarvel!", "",
  ]

  @Test func aNoteAboutTheSignerIsNotSpoken() {
    let plan = LanguageTestSupport.planPage(
      header + body + [
        "Odra Quilleth", "",
        "Ambassador Odra Quilleth presented her credentials to the Governor of Velmar on May "
          + "3, 2031. Her CV is available here.",
      ])
    let spoken = LanguageTestSupport.spoken(plan)
    #expect(!spoken.contains { $0.contains("credentials") || $0.contains("CV") }, "\(spoken)")
    #expect(spoken.contains("Once more, welcome to the Embassy of Tarvel!"), "\(spoken)")
    #expect(plan.metadata.title == "Welcome Letter", "\(plan.metadata)")
  }

  @Test func closingSentencesInTheFirstPersonStay() {
    let plan = LanguageTestSupport.planPage(
      header + body + [
        "Odra Quilleth", "", "I look forward to meeting Quilleth's guests at the harbour.",
      ])
    let spoken = LanguageTestSupport.spoken(plan)
    #expect(spoken.contains { $0.hasPrefix("I look forward") }, "\(spoken)")
  }
}
