import Testing

@testable import LecternText

/// A picture's caption inside an address whose last sentence credits its taker ("Photo taken
/// by …"): the caption is the page's, names and all. Names, places and halls are invented
/// (Quillon Marrevie, Orla Fenwithe, Tessaly).
@Suite struct PhotoCreditSentenceTests {
  static let rules = FurnitureRules(vocabulary: StructureVocabulary(LanguageTestSupport.knowledge))

  @Test(arguments: [
    "Quillon Marrevie at the lectern of Tessaly Hall, 4 May 2031. Photo taken by Orla Fenwithe.",
    "The council in session. Photo by Ms. Orla Fenwithe",
    "Photos by Tessaly Bureau.",
    "Quillon Marrevie à la tribune. Photo prise par Orla Fenwithe.",
    "Quillon Marrevie en el atril. Foto tomada por Orla Fenwithe.",
    "Quillon Marrevie am Rednerpult. Foto von Orla Fenwithe.",
  ])
  func aCaptionEndingInACreditSentenceIsFurniture(_ line: String) {
    #expect(Self.rules.endsWithCredit(line))
  }

  @Test(arguments: [
    "Picture by picture, we rebuilt the Tessaly archive.",
    "We took this photo by the river with Orla Fenwithe.",
    "The photo was taken by Orla Fenwithe in the spring of that year, long before the flood came.",
    "Photo taken by a friend.",
  ])
  func aSentenceThatNamesAPictureIsNot(_ line: String) {
    #expect(!Self.rules.endsWithCredit(line))
  }

  /// In a page: the caption between the speaker line and the salutation is dropped, the
  /// address that follows is spoken.
  @Test func theCaptionIsDroppedFromThePlan() {
    let caption =
      "The Rt. Rev. Quillon Marrevie, speaking at the pulpit of Tessaly Hall, May 04, 2031. "
      + "Photo taken by Mr. Orla Fenwithe."
    let text = [
      "ADDRESS TO THE TESSALY SYNOD", "", caption, "",
      "A good morning to all of you! We meet again in this hall after a long year.", "",
      "The harbour of Tessaly will be rebuilt by the spring.",
    ].joined(separator: "\n")
    let plan = LanguageTestSupport.planner.plan(Document(name: "caption", text: text))
    let spoken = plan.parts.flatMap(\.utterances).map(\.text).joined(separator: " ")
    #expect(!spoken.contains("Fenwithe"))
    #expect(!spoken.contains("pulpit of Tessaly"))
    #expect(spoken.contains("We meet again in this hall"))
    #expect(spoken.contains("rebuilt by the spring"))
  }
}
