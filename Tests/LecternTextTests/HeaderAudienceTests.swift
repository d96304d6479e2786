import Testing

@testable import LecternText

/// A headline that names the address's audience after its title ("Speech to the Chancellor
/// of …"): who is addressed is not who speaks, whatever office or name follows. Names and
/// places are invented (Ostravel, Qorvat, Vrenmark).
@Suite struct HeaderAudienceTests {
  private func metadata(_ headline: String, _ speech: [String]) -> DocumentMetadata {
    let text = ([headline] + speech).joined(separator: "\n")
    return LanguageTestSupport.planner.plan(Document(name: "audience", text: text)).metadata
  }

  private let english = [
    "", "A good morning to all of you! We meet again in this hall after a long year.", "",
    "The harbour will be rebuilt by the spring.",
  ]
  private let french = [
    "", "Mesdames et Messieurs, nous sommes réunis aujourd’hui dans cette salle.", "",
    "Le port sera reconstruit au printemps.",
  ]

  @Test(arguments: [
    "Speech to the Chancellor of Ostravel University", "Address to the Ostravel Harbour Guild",
    "ADDRESS TO THE VRENMARK SYNOD",
  ])
  func theAudienceIsNoSpeaker(_ headline: String) {
    #expect(metadata(headline, english).speaker == nil, "\(headline)")
  }

  @Test func aFrenchAudienceIsNoSpeaker() {
    #expect(metadata("Discours à la Présidente de l’Assemblée de Qorvat", french).speaker == nil)
  }

  /// The speaker after "of" or "de" is still read.
  @Test func aSpeakerAfterOfIsRead() {
    let english = metadata("Speech of the Chancellor of Ostravel University", english)
    #expect(english.speaker?.contains("Chancellor") == true)
    let french = metadata("Discours de la Présidente de l’Assemblée de Qorvat", french)
    #expect(french.speaker?.contains("Présidente") == true)
  }
}
