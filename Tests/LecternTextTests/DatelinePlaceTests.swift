import Testing

@testable import LecternText

/// Where a header states its place, with section names, places and people no language file
/// lists (Quorvanta, Velmora, Saint-Varec-sur-Lomme, Odra Quilleth): a line stating a place
/// with its date outweighs a word alone beside a date, which is then the page's section and
/// not spoken; a place name joined by hyphens counts as one name; a month named in two
/// calendars that disagree still dates its line. And the look-alikes: a line of places alone
/// beside a date is the place when no line states one with its date.
@Suite struct DatelinePlaceTests {
  private let english = InventedSpeech.english
  private let spanish = InventedSpeech.spanish
  private let arabic =
    "يسعدني أن أرحب بكم في مدينة النهر اليوم. إن هذا اليوم مناسبة لنا جميعا للعمل معا من أجل "
    + "السلام والتعاون بين بلداننا."
  private let french = InventedSpeech.french

  /// Section names no vocabulary holds, one word each, as pages print them over a headline.
  private static let sections = ["Quorvanta", "Orvessa", "Veskaron", "Trimble"]

  private func spoken(_ plan: RenderPlan) -> [String] {
    plan.parts.flatMap(\.utterances).map(\.text)
  }

  /// A section's word alone above the date, and the place stated in brackets with the date
  /// under it: the bracket's place is the place; the word is neither place nor spoken.
  @Test(arguments: sections)
  func aWordAboveTheDateYieldsToThePlaceStatedWithADate(section: String) {
    let plan = LanguageTestSupport.planPage([
      section, "", "(Velmora, 6 de octubre de 2031)", "",
      "Intervención de la Embajadora Odra Quilleth, Representante Permanente", "",
      "Señor Presidente:", "", spanish,
    ])
    #expect(plan.metadata.place == "Velmora", "\(plan.metadata)")
    #expect(!spoken(plan).contains { $0.contains(section) }, "\(spoken(plan))")
    #expect(plan.metadata.date?.contains("2031") == true, "\(plan.metadata)")
  }

  /// The same in Arabic, where the dateline comes below the headline and the date above it
  /// stands alone: "قسم" over "16 ديسمبر 2031", and "فيلمورا، 16 ديسمبر 2031" under the title.
  @Test func anArabicDatelineOutweighsTheWordAboveTheDate() {
    let plan = LanguageTestSupport.planPage([
      "كورفانتا", "", "16 كانون الأول/ديسمبر 2031", "",
      "كلمة الدكتورة أودرا كويليث، وكيلة الأمين العام", "", "فيلمورا، 16 كانون الأول/ديسمبر 2031",
      "", arabic,
    ])
    #expect(plan.metadata.place == "فيلمورا", "\(plan.metadata)")
    #expect(!spoken(plan).contains { $0.contains("كورفانتا") }, "\(spoken(plan))")
  }

  /// The look-alike: with no place stated beside a date elsewhere, a line of places alone
  /// next to the date line is the place.
  @Test(arguments: ["VELMORA, TARSIA", "Brivonne"])
  func placesAloneBesideADateStayThePlace(place: String) {
    let plan = LanguageTestSupport.planPage([
      "Remarks by Ambassador Odra Quilleth", "", "June 4, 2031", place, "", english,
    ])
    #expect(plan.metadata.place == place, "\(plan.metadata)")
  }

  /// A place name of words joined by hyphens and apostrophes, after an institution's
  /// initials, at the end of a headline before its date.
  @Test(arguments: ["Saint-Varec-sur-Lomme", "Ville-d’Orsanne-les-Bains", "Brivonne-la-Haute"])
  func aHyphenatedPlaceBeforeTheDateIsThePlace(place: String) {
    let plan = LanguageTestSupport.planPage([
      "Discours de M. Odra Quilleth, ministre des Fleuves, à l’occasion des vœux aux "
        + "bateliers - IFVQ \(place) – 15 janvier 2031",
      "", "Mesdames et Messieurs,", "", french,
    ])
    #expect(plan.metadata.place?.contains(place) == true, "\(plan.metadata)")
    #expect(plan.metadata.speaker?.contains("Quilleth") == true, "\(plan.metadata)")
  }

  /// Counting hyphenated names as one does not make a long capitalized phrase a place.
  @Test func sixCapitalizedNamesAreNoPlace() {
    let vocabulary = StructureVocabulary(LanguageTestSupport.knowledge)
    let parser = HeaderParser(vocabulary: vocabulary, rules: FurnitureRules(vocabulary: vocabulary))
    #expect(parser.isPlaceShaped("Saint-Varec-sur-Lomme"))
    #expect(!parser.isPlaceShaped("Quorvanta Velmora Tarsia Brivonne Veskaron Trimble"))
  }

  /// A month named in two calendars whose names disagree still dates its line, with the
  /// second (international) name, and leaves the place before it beside the date.
  @Test func aMonthPairThatDisagreesIsOneDate() {
    let finder = StructureVocabulary(LanguageTestSupport.knowledge).dates
    let found = finder.find(in: "فيلمورا، 16 أيلول/ديسمبر 2031")
    #expect(found?.month == 12 && found?.day == 16 && found?.year == 2031)
    #expect(finder.find(in: "16 أيلول/سبتمبر 2031")?.month == 9)
  }

  /// A venue line under a headline that ends with its date is the place, whatever owner's
  /// office it names; the same line above the headline, or an office line with no building,
  /// is not.
  @Test(arguments: [
    "Tarsian High Warden’s Residence", "Ambassador Quilleth’s Residence", "Velmora Harbour Palace",
  ])
  func aVenueUnderTheDatedHeadlineIsThePlace(venue: String) {
    let headline = "Speech by H.E. Mrs. Odra Quilleth, High Commissioner to Tarsia, on 15 June"
    let under = LanguageTestSupport.planPage([headline, venue, "", english])
    #expect(under.metadata.place == venue, "\(under.metadata)")
    #expect(under.metadata.date?.contains("June") == true, "\(under.metadata)")
    let above = LanguageTestSupport.planPage([venue, "", headline, "", english])
    #expect(above.metadata.place == nil, "\(above.metadata)")
    let office = LanguageTestSupport.planPage([
      headline, "High Commissioner to Tarsia", "", english,
    ])
    #expect(office.metadata.place == nil, "\(office.metadata)")
  }
}
