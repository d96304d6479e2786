import Testing

@testable import LecternText

/// Header shapes of real pages: a meeting's range of days beside its place, a city and its
/// country under the headline, a speaker named in the genitive after the title and occasion,
/// and a section's name run into a link. Names and places are invented (Dorvel, Quelvoria,
/// Varnholt), so no language file lists them.
@Suite struct HeaderRangeAndPlaceTests {
  static let finder = StructureVocabulary(LanguageTestSupport.knowledge).dates

  /// The first date of `text` (a function, so that a failure prints the text, not the finder).
  static func date(in text: String) -> FoundDate? { finder.find(in: text) }

  @Test(arguments: [
    ("4-6 October 2002", "4-6 October 2002"),
    ("Dorvel, 4–6 October 2002", "4–6 October 2002"),
    ("October 4-6, 2002", "October 4-6, 2002"),
    ("4-6 октября 2002 года", "4-6 октября 2002"),
    ("du 14-16 mars 2011", "14-16 mars 2011"),
  ])
  func aRangeOfDaysIsOneDate(text: String, written: String) throws {
    let found = try #require(Self.date(in: text), "no date in \(text)")
    #expect(found.text == written)
    #expect(found.year > 2000)
  }

  /// A number range that is no range of days ("6-4", a score) is not taken into the date.
  @Test func aFallingRangeIsNotADateRange() throws {
    let found = try #require(Self.date(in: "6-4 October 2002"))
    #expect(found.text == "4 October 2002")
  }

  static func page(_ header: [String], _ language: String) -> [String] {
    let body: [String: [String]] = [
      "en": [
        "Excellencies,", "",
        "It is a pleasure to welcome you all to this meeting of the river authorities today.",
      ],
      "ru": [
        "Дорогие друзья!", "",
        "Сердечно приветствую вас на гостеприимной земле нашего края и желаю успешной работы.",
      ],
      "fr": [
        "Mesdames et Messieurs,", "",
        "C’est un plaisir de vous accueillir tous à cette réunion des autorités du fleuve.",
      ],
    ]
    return header + [""] + (body[language] ?? [])
  }

  @Test(arguments: [
    (["Opening Remarks", "Dorvel, 4-6 October 2002"], "Dorvel", "2002"),
    (["Allocution d’ouverture", "Dorvel, 14-16 mars 2011"], "Dorvel", "2011"),
    (["Вступительное слово", "Дорвел, 4-6 октября 2002 года"], "Дорвел", "2002"),
  ])
  func thePlaceBesideARangeOfDaysIsThePlace(header: [String], place: String, year: String) {
    let language =
      header[0].hasPrefix("Allocution") ? "fr" : header[0].hasPrefix("Open") ? "en" : "ru"
    let plan = LanguageTestSupport.planPage(Self.page(header, language))
    #expect(plan.metadata.place == place, "\(plan.metadata)")
    #expect(plan.metadata.date?.contains(year) == true, "\(plan.metadata)")
  }

  @Test func aCityAndItsCountryUnderTheHeadlineAreThePlace() {
    let plan = LanguageTestSupport.planPage(
      Self.page(["Remarks at the Reception for Member States", "Dorvel, Quelvoria"], "en"))
    #expect(plan.metadata.place == "Dorvel, Quelvoria", "\(plan.metadata)")
  }

  @Test func aSpeakerInTheGenitiveAfterTheOccasionIsTheSpeaker() {
    let plan = LanguageTestSupport.planPage(
      Self.page(
        [
          "Приветственное слово участникам конференции «Речные пути XXI века» Губернатора Дорвельской области Альдо Петровича Варнхольта"
        ], "ru"))
    #expect(
      plan.metadata.speaker?.hasSuffix("Альдо Петровича Варнхольта") == true, "\(plan.metadata)")
    #expect(plan.metadata.title?.hasSuffix("«Речные пути XXI века»") == true, "\(plan.metadata)")
  }

  /// An organization named with prepositions after an occasion is no speaker.
  @Test func anOrganizationAfterTheOccasionIsNoSpeaker() {
    let plan = LanguageTestSupport.planPage(
      Self.page(["Statement at the Meeting of the Ministers of Foreign Affairs of Quelvoria"], "en")
    )
    #expect(plan.metadata.speaker == nil, "\(plan.metadata)")
  }

  @Test func aSectionRunIntoALinkIsNotSpoken() {
    let lines =
      ["Ambassador's Speeches Return to Speeches", ""] + Self.page(["Opening Remarks"], "en")
    let spoken = LanguageTestSupport.spokenPage(lines).joined(separator: " ")
    let intro = LanguageTestSupport.planPage(lines).parts.filter { $0.kind == .intro }
    #expect(!spoken.contains("Return to"))
    #expect(!intro.flatMap(\.utterances).contains { $0.text.contains("Return to") })
  }
}
