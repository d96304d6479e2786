import Testing

@testable import LecternText

/// Dates of an address that no line states as a date of its own, with names no language file
/// lists (Varnholt, Quelvoria, 瓦恩霍): a site's stamp beside its web address, and a year that
/// opens the title. A whole date elsewhere on the page wins over the title's year.
@Suite struct HeaderDateFallbackTests {
  private let body = [
    "", "Dear friends,", "",
    "I thank you all for coming down to the weirs this morning, and for the chance to speak.",
  ]

  /// A web address and a date with its time of day on one header line: the page's stamp.
  @Test(arguments: ["http://www.quelvoria.example", "www.varnholt.example"])
  func aSiteStampDatesTheAddress(site: String) {
    let plan = LanguageTestSupport.planPage(
      ["Warden Varnholt opens the Quelvoria weirs", "", "\(site) 2031-04-02 09:15:07"] + body)
    #expect(plan.metadata.date?.contains("2031") == true, "\(plan.metadata)")
  }

  /// A year that opens the title after a dash ("– 2031 Speech") dates an undated address.
  @Test(arguments: ["Speech", "Address"])
  func aYearOpeningTheTitleDatesTheAddress(kind: String) {
    let plan = LanguageTestSupport.planPage(
      ["Warden Imra Varnholt – Keeper of Quelvoria – State of the Weirs – 2031 \(kind)"] + body)
    #expect(plan.metadata.date == "2031", "\(plan.metadata)")
  }

  /// A year before a word that names no kind of address names a thing ("2030 Agenda").
  @Test func aYearBeforeAnotherWordIsNoDate() {
    #expect(
      HeaderParser.leadingYear(
        "2030 Agenda", StructureVocabulary(LanguageTestSupport.knowledge)) == nil)
    #expect(
      HeaderParser.leadingYear(
        "2031 Speech", StructureVocabulary(LanguageTestSupport.knowledge)) == "2031")
  }

  /// A whole date in the lead wins over the title's year.
  @Test func aWholeDateInTheLeadWinsOverTheTitlesYear() {
    let plan = LanguageTestSupport.planPage(
      [
        "Imra Varnholt – 2031 Speech in Quelvoria", "",
        "Below is the text of the speech made by Imra Varnholt, the Warden, in Dorvel on 4th "
          + "March 2031.",
      ] + body)
    #expect(plan.metadata.date?.contains("March") == true, "\(plan.metadata)")
  }

  /// A numeric date whose day may be a month ("04/09/2031") is read in the order a date in
  /// words elsewhere in the header writes ("April 9-11, 2031"), in either order on the page.
  @Test(arguments: [
    ["Quelvoria Weirs Charter Address", "", "04/09/2031", "", "April 9-11, 2031"],
    ["Quelvoria Weirs Charter Address", "", "April 9, 2031", "", "04/09/2031"],
  ])
  func aWrittenDateTellsTheOrderOfANumericOne(header: [String]) {
    let plan = LanguageTestSupport.planPage(header + body)
    #expect(plan.metadata.date?.hasPrefix("April 9") == true, "\(plan.metadata)")
    let intro = plan.parts.filter { $0.kind == .intro }.flatMap(\.utterances).map(\.text)
    #expect(!intro.joined().contains("September"), "\(intro)")
    #expect(!plan.dropped.contains { $0.reason.contains("second date") }, "\(plan.dropped)")
  }

  /// The year of a graduating class that a header names dates an address nothing else dates
  /// ("Class of 2031 – …"); a year after another word names a plan ("Vision 2031").
  @Test(arguments: [
    ("Class of 2031 – Message of Warden Imra Varnholt", "2031"),
    ("Vision 2031 – Message of Warden Imra Varnholt", nil),
  ])
  func aClassYearDatesTheAddress(headline: String, year: String?) {
    let plan = LanguageTestSupport.planPage([headline] + body)
    #expect(plan.metadata.date == year, "\(plan.metadata)")
  }
}
