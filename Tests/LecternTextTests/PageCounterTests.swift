import Testing

@testable import LecternText

/// What a viewer or a news page puts around the address, drawn from words no vocabulary
/// holds: a page counter inside a sentence cut by the page break, a title printed again at
/// the start of the first paragraph, a short sentence of a script without spaces, a
/// reporter's introduction with a caption before the address.
@Suite struct PageCounterTests {
  /// Plans with the document's language identified, as the commands do.
  private let planner = Planner(
    annotator: LanguageTestSupport.identifyingAnnotator,
    languages: LanguageTestSupport.identifyingAnnotator.languages)

  private func plan(_ text: String) -> RenderPlan {
    planner.plan(Document(name: "page", text: text))
  }

  private func spoken(_ plan: RenderPlan) -> [String] {
    plan.parts.filter { $0.kind != .intro }.flatMap(\.utterances).map(\.text)
  }

  @Test func aCounterGluedInsideACutSentenceIsTakenOutAndTheWordMended() {
    let result = plan(
      "林晓岚的告别讲话\n\n我会永远记得这座城市的街道和朋友们,正是在他们的支\n\n2、持和陪伴下,我完成了这段旅程。\n")
    #expect(spoken(result).joined().contains("他们的支持和陪伴下"))
    #expect(result.dropped.contains { $0.fragment && $0.text == "2、" })
  }

  @Test func aCounterAfterAFinishedSentenceStays() {
    #expect(DocumentStructure.counterLength("2、持和陪伴") == 2)
    #expect(DocumentStructure.counterLength("12.Quorvath") == 3)
    #expect(DocumentStructure.counterLength("2021 年") == 0)
    var line = SourceLine(number: 3, text: "2、我们继续前进。", indent: 0, blankBefore: true)
    let before = SourceLine(number: 1, text: "这是第一点。", indent: 0, blankBefore: false)
    var dropped: [DroppedLine] = []
    DocumentStructure.removePageCounter(&line, after: before, into: &dropped)
    #expect(line.text == "2、我们继续前进。" && dropped.isEmpty)
  }

  @Test func aTitlePrintedAgainBeforeTheFirstParagraphIsDropped() {
    let title = "驻某国大使林晓岚的离任讲话"
    let result = plan("\(title)\n\n1、\(title)\(title)  感谢各位出席今晚的聚会。此时我百感交集。\n")
    #expect(spoken(result).first == "感谢各位出席今晚的聚会。")
    #expect(result.dropped.contains { $0.fragment && $0.text.hasPrefix("1、") })
  }

  @Test func aShortSentenceOfAScriptWithoutSpacesIsSpoken() {
    let result = plan("女士们、先生们,\n\n我们很高兴今天在这里一起工作和学习。\n\n这是一个新的开始。\n")
    #expect(spoken(result).last == "这是一个新的开始。")
  }

  @Test func anIntroductionAndACaptionBeforeTheAddressAreDroppedAndNameTheSpeaker() {
    let result = plan(
      """
      Discurso

      La Cónsul de Valdoria, Mirta Quenzal, ofreció una recepción en Puerto Lanza el 3 de mayo. Este fue su discurso.

      Jardines del Consulado Orlano

      Estimados invitados y amigos todos.

      Es un placer estar aquí con ustedes en esta ocasión tan especial.
      """)
    #expect(result.metadata.speaker?.contains("Quenzal") == true)
    #expect(result.metadata.date == "3 de mayo")
    let text = spoken(result).joined(separator: " ")
    #expect(!text.contains("Este fue su discurso") && !text.contains("Jardines"))
    #expect(text.hasPrefix("Estimados invitados y amigos todos."))
  }

  @Test(arguments: [
    ("08/29/16", 2016, 8, 29), ("30.10.19", 2019, 10, 30), ("12/05/89", 1989, 5, 12),
  ])
  func aZeroPaddedTwoDigitYearIsADate(text: String, year: Int, month: Int, day: Int) throws {
    let found = try #require(DateFinderTests.finder.find(in: text))
    #expect((found.year, found.month, found.day) == (year, month, day))
  }

  @Test(arguments: ["1.2.16", "3.10.5", "08-29-16"])
  func aShortNumberRunIsNoDate(text: String) {
    #expect(DateFinderTests.finder.find(in: text) == nil)
  }

  @Test(arguments: [
    ("Le 4 juillet à Orlanda", "4 juillet"), ("10 июня в Посольстве", "10 июня"),
    ("am 16./17. Dezember", "17. Dezember"), ("el 20 de junio en Puerto Lanza", "20 de junio"),
    ("Orlanda, June 10", "June 10"),
  ])
  func aDayAndAMonthWithoutAYearAreFound(text: String, day: String) {
    #expect(DateFinderTests.finder.dayAndMonth(in: text) == day)
  }

  @Test func aNumberBeforeANounIsNoDayAndMonth() {
    #expect(DateFinderTests.finder.dayAndMonth(in: "10 Vorlanen kamen") == nil)
  }

  /// A page number between dashes where the printed copy broke its page: between sentences,
  /// or inside one; the sentence is spoken whole.
  @Test(arguments: [
    ("Brivonne welcomes the barges. -4- The river towns rebuilt the docks.", "-4-"),
    ("Brivonne welcomes the barges of the river – 12 – towns that rebuilt the docks.", "– 12 –"),
    ("-3- The river towns rebuilt the docks of Brivonne after the floods.", "-3-"),
  ])
  func aPageNumberBetweenDashesIsTakenOut(text: String, number: String) {
    var line = SourceLine(number: 7, text: text, indent: 0, blankBefore: true)
    var dropped: [DroppedLine] = []
    DocumentStructure.removeDashedPageNumbers(&line, into: &dropped)
    #expect(!line.text.contains(number) && !line.text.contains("  "), "\(line.text)")
    #expect(dropped.map(\.text) == [number] && dropped.allSatisfy(\.fragment))
  }

  /// Dashes around a number that is no page: a score, a range or sum between numbers, a
  /// negative number, a number glued to a word.
  @Test(arguments: [
    "The vote was 12 -3- 1 in the council of Brivonne.", "Brivonne won the match 3 - 2 - 1 today.",
    "The river fell to -2 degrees last night.", "The barges B-12-C and B-14-D sail today.",
    "Brivonne rebuilt its docks in 1990 -2- and again later.",
  ])
  func dashesAroundANumberThatIsNoPageStay(text: String) {
    var line = SourceLine(number: 7, text: text, indent: 0, blankBefore: true)
    var dropped: [DroppedLine] = []
    DocumentStructure.removeDashedPageNumbers(&line, into: &dropped)
    #expect(line.text == text && dropped.isEmpty, "\(line.text)")
  }

  /// A PDF copy's page break: the page's number after its last sentence, the next page's
  /// number before a heading in capitals run into the paragraph; neither is spoken, and the
  /// heading's words stay.
  @Test func pageNumbersAroundAPageBreakOfAPDFCopyAreTakenOut() {
    let result = plan(
      "THE QUAY CHARTER\n\n2 TIDES AND MOORINGS Madam Chair, members of the council, the "
        + "tides of our bay bring us here once more. We have mended the quays of Dorvel. 2\n\n"
        + "3 In April the fleet of Quelvoria came home to the harbour. The lighthouse shines "
        + "again over the bay.\n")
    let spoken = spoken(result)
    #expect(spoken.contains { $0.hasPrefix("TIDES AND MOORINGS Madam Chair") }, "\(spoken)")
    #expect(spoken.contains("We have mended the quays of Dorvel."), "\(spoken)")
    #expect(spoken.contains { $0.hasPrefix("In April the fleet") }, "\(spoken)")
    #expect(!spoken.contains("2"), "\(spoken)")
  }

  /// Numbers that are a count or the end of a sentence stay: a count before an acronym or
  /// words in capitals, a number closing a sentence without a stop before it, a number at a
  /// paragraph's end whose next paragraph does not open with the next one.
  @Test func numbersThatAreNoPageStay() {
    let result = plan(
      "Madam Chair, members of the council,\n\n3 NGO partners joined the work of Dorvel in "
        + "chapter 2\n\n2 QUAY WARDENS joined us.\n\nWe counted the boats. 7\n\n9 In May the "
        + "fleet of Quelvoria came home to the harbour of Dorvel.\n")
    let text = spoken(result).joined(separator: " ")
    #expect(text.contains("3 NGO partners"), "\(text)")
    #expect(text.contains("2 QUAY WARDENS"), "\(text)")
    #expect(text.contains("in chapter 2"), "\(text)")
    #expect(text.contains(" 7"), "\(text)")
  }
}
