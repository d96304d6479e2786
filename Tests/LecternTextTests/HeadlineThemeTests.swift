import Testing

@testable import LecternText

/// A headline's theme after its title and a colon belongs to the title, with invented themes
/// and names:
/// - "Keynote Address: Toward a Safer Harbour" names no place ("a" is no "à" here);
/// - "State of the Harbour Address: Renewed Tides" is a headline, not the address's first
///   paragraph, and its theme names no speaker;
/// - a "by" after the theme still names the speaker;
/// - a person after the colon is still the speaker, and a colon inside a quoted name cuts
///   nothing.
@Suite struct HeadlineThemeTests {
  private static let body = [
    "Madam Chair, it is an honour to stand once more in this hall and to open the new session "
      + "of the Harbour Council with all of you.",
    "",
    "We meet at a time of change for our port, and I will speak plainly about the work ahead.",
  ]

  @Test func aThemeWithAnArticleNamesNoPlace() {
    let plan = LanguageTestSupport.planPage(
      ["Keynote Address: Toward a Safer Harbour", ""] + Self.body)
    #expect(plan.metadata.title == "Keynote Address: Toward a Safer Harbour", "\(plan.metadata)")
    #expect(plan.metadata.place == nil, "\(plan.metadata)")
  }

  @Test func aThemeInCapitalsIsAHeadlineAndNamesNoSpeaker() {
    let plan = LanguageTestSupport.planPage(
      ["STATE OF THE HARBOUR ADDRESS: RENEWED TIDES", ""] + Self.body)
    #expect(
      plan.metadata.title == "STATE OF THE HARBOUR ADDRESS: RENEWED TIDES", "\(plan.metadata)")
    #expect(plan.metadata.speaker == nil, "\(plan.metadata)")
    #expect(!LanguageTestSupport.spoken(plan).contains { $0.contains("RENEWED TIDES") })
  }

  @Test func aByAfterTheThemeStillNamesTheSpeaker() {
    let plan = LanguageTestSupport.planPage(
      ["Commencement Address: Lessons from the Quay by Tamsin Orrel", ""] + Self.body)
    #expect(
      plan.metadata.title == "Commencement Address: Lessons from the Quay", "\(plan.metadata)")
    #expect(plan.metadata.speaker == "Tamsin Orrel", "\(plan.metadata)")
  }

  @Test func aColonInsideAQuotedNameCutsNothing() {
    let vocabulary = StructureVocabulary(LanguageTestSupport.knowledge)
    let parser = HeaderParser(vocabulary: vocabulary, rules: FurnitureRules(vocabulary: vocabulary))
    #expect(HeaderParser.openColon(Array("Forum «Tides: a new port» 2031".unicodeScalars)) == nil)
    #expect(parser.titleWithTheme("Remarks: Ambassador Tamsin Orrel") == nil)
    #expect(parser.titleWithTheme("Meeting at 10:30") == nil)
  }
}
