import Testing

@testable import LecternText

/// A headline that gives the speaker by office alone ("President speaks after …") over a
/// reporter's lead that writes the name first and the office after a comma ("Odra Quilleth,
/// President of the Tarvel Rivermen’s Guild said:"), with names no language file lists: the
/// speaker is the person the lead names, not the office.
@Suite struct NameBeforeOfficeTests {
  @Test func aLeadNamingThePersonBeforeTheHeadlinesOfficeNamesTheSpeaker() {
    let plan = LanguageTestSupport.planPage([
      "President speaks after the flood of the river towns", "",
      "September 18, 2031, 1:40 pm", "",
      "Odra Quilleth, President of the Tarvel Rivermen’s Guild said:", "",
      InventedSpeech.english,
    ])
    #expect(plan.metadata.speaker == "Odra Quilleth", "\(plan.metadata)")
  }

  @Test func aLeadNamingAnotherOfficeLeavesTheSpeaker() {
    let plan = LanguageTestSupport.planPage([
      "President speaks after the flood of the river towns", "",
      "September 18, 2031, 1:40 pm", "",
      "Odra Quilleth, Secretary of the Tarvel Rivermen’s Guild said:", "",
      InventedSpeech.english,
    ])
    #expect(plan.metadata.speaker != "Odra Quilleth", "\(plan.metadata)")
  }
}
