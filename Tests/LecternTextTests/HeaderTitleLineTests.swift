import Testing

@testable import LecternText

/// Header lines told by their shape, with names and places no language file lists (Quilleth,
/// Vaskon, Brivonne, Торвик): a headline in capitals after a page's teaser, a lone word that
/// greets the page's visitor above a headline, and a transcript's title that ends in a date.
@Suite struct HeaderTitleLineTests {
  private func plan(_ lines: [String]) -> RenderPlan {
    LanguageTestSupport.planPage(lines)
  }

  private func spoken(_ plan: RenderPlan) -> [String] {
    plan.parts.filter { $0.kind != .intro }.flatMap(\.utterances).map(\.text)
  }

  private let french =
    "La fête de la ville a toujours quelque chose de particulier qui la rend unique. Merci à "
    + "tous d’être venus nous apporter votre amitié en ce jour de fête au bord du fleuve."
  private let english = InventedSpeech.english
  private let russian =
    "Мне очень приятно побывать у вас в гостях, и повод для этого самый добрый. Я давно "
    + "читаю вашу газету и помню, как она начиналась в маленьком городе на реке."

  /// "S. EXC." in capitals is an honorific: the speaker is read from a headline in capitals
  /// that follows a teaser sentence and a link ending in a colon.
  @Test func aCapitalHeadlineAfterATeaserGivesItsSpeakerPlaceAndDate() {
    let result = plan([
      "Fête de la ville 2031", "",
      "Cette année la fête de la ville a été célébrée le 3 mai 2031 au domaine de Brivonne.", "",
      "Galerie de la soirée :", "",
      "ALLOCUTION DE S. EXC. M. Odran QUILLETH Ambassadeur de la République du Vaskon "
        + "A l’occasion de la Fête de la ville 3 Mai 2031 TORVIKELLE – Le Domaine de Brivonne",
      "", "Mesdames et Messieurs,", "", french,
    ])
    #expect(result.metadata.speaker?.contains("QUILLETH") == true, "\(result.metadata)")
    #expect(result.metadata.place?.contains("TORVIKELLE") == true, "\(result.metadata)")
    #expect(result.metadata.date?.contains("2031") == true, "\(result.metadata)")
    #expect(spoken(result).first == "Mesdames et Messieurs,", "\(spoken(result))")
    #expect(!spoken(result).contains { $0.contains("a été célébrée") })
  }

  /// A full stop after "Exc." in capitals ends no sentence, as after "Exc." in lower case.
  @Test(arguments: ["S. EXC. M. Odran Quilleth", "S. Exc. M. Odran Quilleth"])
  func anHonorificAbbreviationEndsNoSentenceInAnyCase(text: String) {
    let abbreviations = AbbreviationTable([LanguageTestSupport.knowledge["fr"]])
    let scanned = SentenceScanner(Array(text.unicodeScalars), abbreviations: abbreviations)
    #expect(scanned.sentences().count == 1)
  }

  @Test func aLoneWordAboveAHeadlineGreetsThePage() {
    let result = plan([
      "Welcome", "",
      "Speech by Ambassador Odra Quilleth on the Presentation of her Credentials in Vaskon", "",
      "Mr. President,", "", english,
    ])
    #expect(result.metadata.speaker?.contains("Quilleth") == true, "\(result.metadata)")
    #expect(spoken(result).first == "Mr. President,", "\(spoken(result))")
    #expect(result.dropped.contains { $0.text == "Welcome" })
  }

  /// A greeting that is the address's own opening stays: no salutation follows a headline.
  @Test func aLoneGreetingThatOpensTheAddressIsSpoken() {
    let result = plan(["Welcome", "", english])
    #expect(spoken(result).first == "Welcome", "\(spoken(result))")
  }

  @Test func aTranscriptTitleEndingInADateIsAHeader() {
    let result = plan([
      "Стенограмма встречи Одрана Квиллета с коллективом газеты \"Вести Торвика\", "
        + "12 мая 2031 г.", "", russian,
    ])
    #expect(result.metadata.date?.contains("2031") == true, "\(result.metadata)")
    #expect(!spoken(result).contains { $0.contains("Стенограмма") }, "\(spoken(result))")
  }

  @Test(arguments: [
    ("Remarks at the river talks in Brivonne, 5 March 2031.", true),
    ("Стенограмма встречи в Торвике – 12 мая 2031 г.", true),
    ("We met the mayor of Brivonne on 5 March 2031.", false),
    ("The talks of 5 March 2031 were long, and the barges waited.", false),
  ])
  func aDateSetOffAtTheEndOfALineEndsATitle(line: String, title: Bool) {
    let dates = StructureVocabulary(LanguageTestSupport.knowledge).dates
    #expect(LineShape.endsWithDate(line, dates) == title)
  }

  /// A sentence of the body that ends in a date after a comma is still spoken: only a line
  /// that opens with a title word is read as a title.
  @Test func aSentenceOfTheBodyEndingInADateIsSpoken() {
    let last = "We will meet again in Brivonne, 5 March 2031."
    let result = plan([english, "", last])
    #expect(spoken(result).contains(last), "\(spoken(result))")
  }

  /// A date stamp glued to the first salutation ("2031Многоуважаемый") is cut off: the date
  /// is a header fact and the salutation is spoken.
  @Test func aDateGluedToTheFirstSalutationIsCutOff() {
    let result = plan([
      "Вступительное слово министра на приеме в Торвике",
      "12 декабрь, 2031Многоуважаемый господин Квиллет,", "Дорогие друзья,", russian,
    ])
    #expect(result.metadata.date?.contains("2031") == true, "\(result.metadata)")
    #expect(spoken(result).contains("Многоуважаемый господин Квиллет,"), "\(spoken(result))")
    #expect(!spoken(result).contains { $0.contains("2031Много") })
  }

  @Test func aNumberGluedToAWordInsideTheBodyIsLeftAlone() {
    var lines = [
      SourceLine(number: 1, text: "We met 12 times.Then we left", indent: 0, blankBefore: true)
    ]
    PageLayout.splitGluedDates(
      &lines, dates: StructureVocabulary(LanguageTestSupport.knowledge).dates)
    #expect(lines.count == 1)
  }

  @Test(arguments: [
    ("كلمة السفير بمناسبة اليوم الوطني لدولة فاسكون - 2031", "2031"),
    ("Fiesta Nacional de Brivonne, 2031", "2031"),
    ("Agenda 2030", nil), ("Report of the river towns 2031", nil),
  ])
  func aYearSetOffAtTheEndOfATitleDatesIt(line: String, year: String?) {
    #expect(LineShape.trailingYear(line) == year)
  }

  /// A header's year alone, with a day and a month on another line, gives the whole date.
  @Test func aTitlesYearJoinsADayAndMonthBelowIt() {
    let result = plan([
      "رسالة الأمين العام — 2031", "18 تموز/يوليه", "",
      "يسعدني أن أرحب بكم في مدينة برفون اليوم. إن هذا اليوم مناسبة لنا جميعا للعمل معا من أجل السلام.",
    ])
    #expect(result.metadata.date?.contains("18") == true, "\(result.metadata)")
    #expect(result.metadata.date?.contains("2031") == true, "\(result.metadata)")
  }

  @Test(arguments: [
    ("Fête de la ville de Brivonne [mk] [sq]", "Fête de la ville de Brivonne"),
    ("Vaskon National Day 2031 [fr]", "Vaskon National Day 2031"),
    ("Remarks on the river talks [draft]", nil), ("The river talks [1]", nil), ("[fr]", nil),
  ])
  func languageLinksAfterATitleAreNoFact(line: String, rest: String?) {
    #expect(LineShape.languageLinks(line)?.rest == rest)
  }
}
