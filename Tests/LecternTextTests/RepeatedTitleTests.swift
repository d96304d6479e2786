import Testing

@testable import LecternText

/// A news page prints its title above its date line and again below it; the title may read as
/// a sentence ("Поздравляем жителей … с Днем реки!"). The title and the site's name in capitals
/// above it are the page's header, not the address: the title is spoken once, the site's name
/// not at all. A wrapped line of the address that holds a short title is no repeat of it. The
/// institute, the town, the river and the countries are invented (Велмар, Тарвела, Tarsiane).
@Suite struct RepeatedTitleTests {
  private func plan(_ lines: [String]) -> RenderPlan {
    LanguageTestSupport.planner.plan(Document(name: "repeat", text: lines.joined(separator: "\n")))
  }

  @Test func aTitlePrintedAroundItsDateIsSpokenOnceAndTheBannerNot() {
    let title = "Поздравляем жителей Тарвелы с Днем реки!"
    let result = plan([
      "ВЕЛМАРСКИЙ ГОРНЫЙ ИНСТИТУТ", "", "", title, "14.03.2031", "", title, "", "Дорогие друзья!",
      "",
      "Река Тарвела кормит наш город уже триста лет. Мы бережем ее берега и учим детей любить ее.",
    ])
    let spoken = result.parts.filter { $0.kind != .intro }.flatMap(\.utterances).map(\.text)
    #expect(spoken.filter { $0 == title }.count == 1, "\(spoken)")
    #expect(!spoken.contains { $0.contains("ВЕЛМАРСКИЙ") }, "\(spoken)")
    #expect(spoken.contains("Дорогие друзья!"))
    #expect(result.metadata.date?.contains("2031") == true)
  }

  /// A sentence said twice in the address, with no date line between, is spoken twice.
  @Test func aSentenceSaidTwiceInTheAddressIsSpokenTwice() {
    let line = "Слава реке Тарвеле!"
    let result = plan([
      "Дорогие друзья!", "", line, "", "Река Тарвела кормит наш город уже триста лет.", "", line,
    ])
    let spoken = result.parts.filter { $0.kind != .intro }.flatMap(\.utterances).map(\.text)
    #expect(spoken.filter { $0 == line }.count == 2, "\(spoken)")
  }

  /// A PDF copy's wrapped line that holds a one-word title ("… with the statement delivered by
  /// the distinguished representative of" under "STATEMENT BY …") is the address, not the title
  /// again; the running footer at the page break (the mission's name and the page number) is.
  @Test func aWrappedLineHoldingAOneWordTitleIsSpoken() {
    let wrapped =
      "Tarsiane aligns itself with the statement delivered by the distinguished representative of"
    let footer =
      "Permanent Mission of the Republic of Tarsiane to the United Nations                2"
    let result = plan([
      "STATEMENT BY H.E. MR. ODRA QUILLETH",
      "PERMANENT REPRESENTATIVE OF THE REPUBLIC OF TARSIANE TO THE UNITED NATIONS",
      "New York, 12 October 2031", "Mr. Chair,",
      "At the outset, allow me to congratulate you on your election. My delegation assures you of "
        + "its full support.", wrapped, "Velmora on behalf of the Group of Friends.", footer,
      "Nuclear disarmament remains our highest priority.", "I thank you, Mr. Chair.",
    ])
    let spoken = result.parts.filter { $0.kind != .intro }.flatMap(\.utterances).map(\.text)
    #expect(spoken.contains { $0.hasPrefix(wrapped + " Velmora") }, "\(spoken)")
    #expect(!spoken.contains { $0.contains("Permanent Mission") }, "\(spoken)")
  }
}
