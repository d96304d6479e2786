import Testing

@testable import LecternText

/// A list of the people addressed, one a line without marks, printed right above the first
/// salutation and apart from the header by a blank line: every line of it is spoken, and its
/// first name is no speaker. Names and words are invented.
@Suite struct AddressListTests {
  private static let header = ["Quelvoria Harbour Forum 2012", ""]
  private static let body = [
    "",
    "A very good evening to all of you!",
    "",
    "On behalf of the trust, it is my pleasure to welcome you to the Brennack forum. "
      + "We meet here for the third time since the harbour reopened.",
  ]

  @Test func everyAddresseeIsSpoken() {
    let list = [
      "Honorable Minister Mentor Mr Dorvel Quan",
      "His Excellencies",
      "Board Members of the Quelvoria Trust",
      "Distinguished guests",
      "Ladies and gentlemen",
    ]
    let plan = LanguageTestSupport.planPage(Self.header + list + Self.body)
    let spoken = plan.parts.filter { $0.kind != .intro }.flatMap(\.utterances).map(\.text)
    for line in list { #expect(spoken.contains(line), "\(line) not spoken") }
    #expect(plan.metadata.speaker?.contains("Dorvel") != true)
  }

  /// Without the line no salutation opens, the list is still the address's opening.
  @Test func shortListIsSpoken() {
    let list = [
      "Honorable Minister Dorvel Quan", "His Excellencies", "Distinguished guests",
      "Ladies and gentlemen",
    ]
    let spoken = LanguageTestSupport.spokenPage(Self.header + list + Self.body)
    for line in list { #expect(spoken.contains(line), "\(line) not spoken") }
  }

  /// A speaker's name and office above the salutation, after a blank line, stay the header.
  @Test func speakerAboveSalutationStaysHeader() {
    let lines = [
      "Speech by Mr Dorvel Quan", "Chairman of the Quelvoria Trust", "", "Ladies and gentlemen",
    ]
    let plan = LanguageTestSupport.planPage(lines + Self.body)
    #expect(plan.metadata.speaker?.contains("Dorvel Quan") == true)
  }
}
