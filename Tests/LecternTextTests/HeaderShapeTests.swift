import Testing

@testable import LecternText

/// Header facts told by their shape, drawn from names, places and values no vocabulary holds:
/// a label printed alone above its value, a header line in another script that states a fact,
/// a foreign name written with middle dots, a speaker joined to a Chinese headline, a day and
/// a month without a year.
@Suite struct HeaderShapeTests {
  /// Plans with the document's language identified, as the commands do.
  private func plan(_ lines: [String]) -> RenderPlan {
    LanguageTestSupport.planPage(lines)
  }

  private func intro(_ plan: RenderPlan) -> String {
    plan.part(id: "intro")?.utterances.map(\.text).joined(separator: " ") ?? ""
  }

  private let speech = ["", "Dear friends,", "", "We are glad to work together on this today."]

  @Test func aLabelAloneOnItsLineStatesTheFactOfTheLineUnderIt() {
    let result = plan(
      [
        "Speaker:", "Quillon Marbeck, Minister of Trade", "Date:", "07/23/19", "Location:",
        "Vandrenne, Palais Orlé",
      ] + speech)
    #expect(result.metadata.speaker?.contains("Marbeck") == true)
    #expect(result.metadata.place?.contains("Vandrenne") == true)
    #expect(result.metadata.date == "07/23/19")
    #expect(Set(result.dropped.map(\.line)).isSuperset(of: 1...6))
    #expect(!intro(result).contains("Location") && !intro(result).contains("Speaker"))
  }

  @Test func aHeaderLineInAnotherScriptIsReadWhenItStatesAFact() {
    let result = plan([
      "Porto Velhar", "", "24 октября 2019", "",
      "Послание Генерального секретаря по случаю Дня мира", "", "Ilvan Drasko, Secretary-General",
      "", "Мы рады работать вместе ради мира и развития.",
    ])
    #expect(result.metadata.place == "Porto Velhar")
    #expect(result.metadata.speaker?.contains("Drasko") == true)
    let spoken = result.parts.filter { $0.kind != .intro }.flatMap(\.utterances).map(\.text)
    #expect(spoken == ["Мы рады работать вместе ради мира и развития."])
  }

  @Test func aLineInAnotherScriptThatStatesNoFactStaysFurniture() {
    let result = plan([
      "velmar orbit archive", "", "Hauptseite Velmar Orbit", "", "Послание Генерального секретаря",
      "", "Мы рады работать вместе ради мира и развития.",
    ])
    #expect(Set(result.dropped.map(\.line)).isSuperset(of: [1, 3]))
    #expect(result.dropped.first { $0.line == 1 }?.reason.contains("another script") == true)
    #expect(result.metadata.place == nil && result.metadata.speaker?.contains("Velmar") != true)
    #expect(!intro(result).contains("Velmar") && !intro(result).contains("velmar"))
  }

  @Test(arguments: [
    ("伊万·德拉斯科", "德拉斯科"),
    ("晓岚大使致2024年某地区新春招待会的贺辞", "晓岚"),
    ("驻某国大使林晓岚的离任讲话", "林晓岚"),
    ("闭幕会 韩墨发表重要讲话", "韩墨"),
  ])
  func aChineseHeadlineNamesItsSpeaker(line: String, name: String) {
    let result = plan([line, "", "女士们、先生们,", "", "我们很高兴今天在这里一起工作。"])
    #expect(result.metadata.speaker?.contains(name) == true, "\(line): \(result.metadata)")
  }

  @Test func aHeadlineOfAnOccasionNamesNoSpeaker() {
    let result = plan(["在被大会任命为某职务后的讲话", "", "我们很高兴今天在这里一起工作。"])
    #expect(result.metadata.speaker == nil)
  }

  @Test func aDayAndMonthDateTheAddressWithAYearFromAnotherLine() {
    let result = plan([
      "رسالة الأمين العام — 2031", "", "12 تشرين الثاني/نوفمبر", "", "ركن الزوار", "",
      "يسعدنا أن نعمل معا اليوم من أجل هذا الهدف.",
    ])
    #expect(result.metadata.date?.contains("2031") == true)
    #expect(result.metadata.date?.contains("12") == true)
    #expect(result.metadata.place == nil)
    #expect(!intro(result).contains("ركن الزوار"))
    let spoken = result.parts.filter { $0.kind != .intro }.flatMap(\.utterances).map(\.text)
    #expect(spoken == ["يسعدنا أن نعمل معا اليوم من أجل هذا الهدف."])
  }

  @Test func aPlaceAndDateInBracketsAfterTheSpeakerAreTheirOwnFacts() {
    let result = plan(
      ["Discours de Mme Orla Vennick, ministre des Ports (Velmoor, 3 mars 2031)"] + speech)
    #expect(result.metadata.speaker == "Mme Orla Vennick, ministre des Ports")
    #expect(result.metadata.place == "Velmoor")
    #expect(result.metadata.date == "3 mars 2031")
  }

  @Test func aPublicationStampDoesNotDateTheAddress() {
    let result = plan(["Remarks to the Velmar Trade Forum", "Published: 30 April"] + speech)
    #expect(result.metadata.date == nil)
  }

  @Test func theIntroReadsNoDateTheTitleStates() {
    let result = plan(["Pressekonferenz zum Gipfel von Orlanda am 16./17. Dezember"] + speech)
    #expect(result.metadata.date?.contains("Dezember") == true)
    #expect(intro(result).components(separatedBy: "Dezember").count == 2)
  }
}
