import Testing

@testable import LecternText

/// A header whose line breaks the copy lost, glued into the first line of the address, with
/// names, offices, places and words no language file lists (Odra Quilleth, Warden of the
/// Tarsian Marches, Velmora, Brivonne Skeldt): its lines are cut apart at their seams, so the
/// speaker and the date are read, the notes are not spoken and the salutations are. And the
/// look-alikes: names in two capitals, initials and prose stay whole.
@Suite struct GluedLinesTests {
  private let body =
    "I am glad to welcome you to the river towns of the north tonight. The barges will sail "
    + "again by the spring, and the harbour will be open to all of you."

  private func glued(_ speaker: String, _ month: String) -> String {
    "Address by Hon. \(speaker), Warden of the Tarsian Marches at the Harvest Gathering, "
      + "on 4 \(month)Velmora Harbour HallCheck upon delivery!Honourable Marshal, Brivonne "
      + "Skeldt(Marshals present)Your ExcellenciesDear Friends of the River"
      + body
  }

  /// The glued header's facts are read and its notes are not spoken, whoever speaks.
  @Test(arguments: [("Odra Quilleth", "June"), ("Veskar Tolan", "September")])
  func aGluedHeaderIsReadAsItsLines(speaker: String, month: String) {
    let plan = LanguageTestSupport.planPage(["Harvest speech", "", glued(speaker, month)])
    #expect(plan.metadata.speaker?.contains(speaker) == true, "\(plan.metadata)")
    #expect(plan.metadata.date?.contains(month) == true, "\(plan.metadata)")
    let spoken = plan.parts.flatMap(\.utterances).map(\.text)
    for furniture in ["Check upon delivery", "Marshals present", "Harvest speech"] {
      #expect(!spoken.contains { $0.contains(furniture) }, "\(furniture): \(spoken)")
    }
    for said in ["Your Excellencies", "Dear Friends of the River", "I am glad to welcome you"] {
      #expect(spoken.contains { $0.contains(said) }, "\(said): \(spoken)")
    }
  }

  /// The seams: a capital after three lower-case letters, after a sentence's mark or a
  /// bracket, a bracket opened after a word; the last piece is the rest of the line. (A
  /// word of two lower-case letters, "MayVelmora", is not cut: so are "MacArthur", "YouTube".)
  @Test func seamsCutTheLineUpToItsProse() {
    let pieces = PageLayout.gluedPieces(glued("Odra Quilleth", "October"))
    #expect(pieces.count == 8, "\(pieces)")
    #expect(pieces[2] == "Check upon delivery!", "\(pieces)")
    #expect(pieces[4] == "(Marshals present)", "\(pieces)")
    #expect(pieces.last?.hasPrefix("I am glad") == true, "\(pieces)")
  }

  /// Names in two capitals, initials and a stop after an initial are no seams; fewer than
  /// three seams leave the line whole.
  @Test(arguments: [
    "Speech by H.E.Mr. Odra McQuilleth at the MacTarsian Hall on YouTube, with DeVelmora and "
      + "U.S.A. guests, and the iRiver team.",
    "Remarks by the Warden: we share the VelmoraPost and the TarsiaNet every day, and we "
      + "thank you all for coming to the harbour tonight.",
  ])
  func namesInTwoCapitalsAreNoSeams(text: String) {
    #expect(PageLayout.gluedPieces(text + " " + body).count == 1)
  }

  /// A line that opens as no headline does, or whose first piece names no speaker, is not cut.
  @Test func onlyAHeadlineWithItsSpeakerIsCut() {
    var prose = [
      SourceLine(
        number: 1, text: "We met at Velmora HallThen we sailedAnd then we restedAnd slept. " + body,
        indent: 0, blankBefore: true)
    ]
    let vocabulary = StructureVocabulary(LanguageTestSupport.knowledge)
    PageLayout.splitGluedLines(&prose, vocabulary: vocabulary)
    #expect(prose.count == 1)
  }
}
