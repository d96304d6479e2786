import Testing

@testable import LecternText

/// Header lines a page prints around a message that are no fact of it, and facts a header
/// states in a reporter's words, on pages with names no language file lists (Velmar, Odran
/// Veskel):
/// - a "Data Source:" label and a picture's text for the blind ("commissioner's picture")
///   are furniture, not the speaker; a title "X's Words" names the kind of address;
/// - a line that opens with a picture's word before a function word ("Photo of the …") too.
@Suite struct PageLabelHeaderTests {
  private func intro(_ plan: RenderPlan) -> [String] {
    plan.parts.filter { $0.kind == .intro }.flatMap(\.utterances).map(\.text)
  }

  @Test func aSourceLabelAndAPicturesTextAreNoSpeaker() {
    let plan = LanguageTestSupport.planPage([
      "The Harbour Commissioner's Words", "Data Source: VHB", "harbour commissioner's picture",
      "", InventedSpeech.english,
    ])
    let intro = intro(plan)
    #expect(!intro.contains { $0.contains("Data Source") || $0.contains("picture") }, "\(intro)")
    #expect(plan.metadata.speaker?.contains("Words") != true, "\(plan.metadata)")
    #expect(plan.metadata.title?.contains("Words") == true, "\(plan.metadata)")
  }

  @Test func aPhotoLineUnderTheHeadlineIsNoPartOfIt() {
    let plan = LanguageTestSupport.planPage([
      "Remarks by Odran Veskel at the Velmar Quay", "Photo of the Velmar quay", "",
      InventedSpeech.english,
    ])
    let said = intro(plan) + LanguageTestSupport.spoken(plan)
    #expect(!said.contains { $0.contains("Photo") }, "\(said)")
  }
}
