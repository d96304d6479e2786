import Testing

@testable import LecternText

/// Header facts and furniture told by the shape of a page, with names, places and words no
/// language file lists (Ostrik, Vrenk, Qorvat): the rules must hold for pages never seen.
@Suite struct PageShapeTests {
  private func plan(_ lines: [String]) -> RenderPlan {
    LanguageTestSupport.planner.plan(Document(name: "page", text: lines.joined(separator: "\n")))
  }

  /// Everything spoken, the intro included.
  private func spoken(_ plan: RenderPlan) -> String {
    plan.parts.flatMap(\.utterances).map(\.text).joined(separator: " ")
  }

  /// What is spoken of the address, without the intro.
  private func body(_ plan: RenderPlan) -> String {
    plan.parts.filter { $0.kind != .intro }.flatMap(\.utterances).map(\.text)
      .joined(separator: " ")
  }

  private let speech = [
    "", "Dear friends,", "", "We are glad to work together on this today.",
    "The harbour of Ostrik will be rebuilt by the spring.",
  ]

  @Test func theHeadlinesDateWinsOverADateAboveIt() {
    let result = plan(
      ["Captured 11 August 2016", "Speech by Minister Ola Vrenk", "5 March 2021"] + speech)
    #expect(result.metadata.date == "5 March 2021")
    #expect(!spoken(result).contains("2016"))
  }

  @Test func anOfficeIsNamedByAnotherHeaderLine() {
    let result = plan(
      ["Prime Minister Zorbu Kallat", "", "Statement of the Prime Minister", "2 May 2022"] + speech)
    #expect(result.metadata.speaker?.contains("Zorbu Kallat") == true)
  }

  @Test(arguments: ["(14 February 2023)", "2023-02-14 10:20 | Source: Qorvat Daily"])
  func aDateInBracketsOrAmongBarsIsTheHeadersDate(line: String) {
    let result = plan(["Remarks by the Director of Qorvat", line] + speech)
    #expect(result.metadata.date?.contains("2023") == true)
    #expect(result.dropped.contains { $0.text == line })
  }

  @Test(arguments: [
    ("Arrival Statement at Qasvik Harbour", "Qasvik Harbour"),
    ("Remarks at the Ninth Forum at Ulvmark on 3 June 2020", "Ulvmark"),
    ("Keynote Address to the Diaspora, Ostrik, Pallandia", "Ostrik, Pallandia"),
  ])
  func aPlaceEndingTheHeadlineIsThePlace(headline: String, place: String) {
    let result = plan([headline] + speech)
    #expect(result.metadata.place == place, "place of \(headline)")
  }

  @Test func aPlaceAfterALocativeInAnotherLanguage() {
    let result = plan([
      "Выступление в Тарвике на встрече с друзьями", "", "Дорогие друзья!", "",
      "Мы рады работать вместе над этим сегодня.",
    ])
    #expect(result.metadata.place == "Тарвике")
  }

  @Test(arguments: [["5 March 2021", "Ostrik,"], ["Ostrik:"]])
  func aDatelineIsThePlaceAndNotSpoken(dateline: [String]) {
    let result = plan(["Remarks by the Minister of Ports"] + dateline + speech)
    #expect(result.metadata.place == "Ostrik")
    #expect(!body(result).contains("Ostrik,") && !body(result).contains("Ostrik:"))
    #expect(body(result).contains("Dear friends,"))
  }

  @Test(arguments: [
    ("“同心协力”——秘书长孔德明在大会开幕式上的讲话", "孔德明"), ("孔德明:在会议开幕式上的讲话", "孔德明"),
  ])
  func aHanHeadlineNamesItsSpeaker(headline: String, name: String) {
    let result = plan([headline, "", "女士们,先生们:", "", "我们今天在这里相聚。"])
    #expect(result.metadata.speaker?.contains(name) == true, "speaker of \(headline)")
  }

  @Test func aBreadcrumbTrailIsNavigationAndItsLastStepTheHeadline() {
    let result = plan(
      [
        "Start › Newsroom › Talks › Speech by Minister Ola Vrenk at the Harbour Forum", "Talks",
        "Ostrik, 5 March 2021",
      ] + speech)
    #expect(result.metadata.speaker?.contains("Vrenk") == true)
    #expect(result.metadata.place == "Ostrik")
    #expect(!spoken(result).contains("Newsroom") && !spoken(result).contains("Talks"))
    #expect(result.dropped.contains { $0.line == 1 && $0.fragment })
  }

  @Test func aYearOpeningAHeaderLineIsTheDateWhenNoneIsGiven() {
    let result = plan(["“2019 Qorvat Friendship Night”", "Congratulatory Remarks"] + speech)
    #expect(result.metadata.date == "2019")
  }

  @Test(arguments: [
    "On Monday Ola Vrenk opened the Qorvat plant in Ostrik. Here is her speech:",
    "On Monday Ola Vrenk opened the Qorvat plant in Ostrik. The text of her address follows.",
  ])
  func aReportersIntroductionIsNotSpoken(lead: String) {
    let result = plan(
      ["Vrenk opens the Qorvat plant", "", lead, "Dear friends, good morning!"]
        + speech.dropFirst(2))
    #expect(!spoken(result).contains("Qorvat plant in Ostrik"))
    #expect(spoken(result).contains("Dear friends, good morning!"))
    #expect(result.dropped.contains { $0.reason.contains("reporter") })
  }

  @Test func anAddressThatAnnouncesAStoryKeepsItsFirstParagraph() {
    let first = "It is a privilege to be in Ostrik. Let me open my remarks with a story:"
    let result = plan([first, "", "My grandmother rebuilt the harbour of Ostrik by herself."])
    #expect(body(result).contains("It is a privilege to be in Ostrik."))
    #expect(body(result).contains("Let me open my remarks with a story:"))
  }

  @Test func aTranscriptsSpeakerLabelIsNotSpokenButNamesTheSpeaker() {
    let result = plan([
      "Minister Ola Vrenk: Dear friends, we are glad to open the harbour of Ostrik today.",
      "It will be rebuilt by the spring.",
    ])
    #expect(!spoken(result).contains("Vrenk:"))
    #expect(spoken(result).contains("Dear friends, we are glad"))
    #expect(result.metadata.speaker?.contains("Vrenk") == true)
  }

  @Test func aLabelOverPageFieldsIsNoSalutation() {
    let result = plan(
      ["Visa questions:", "+12 (0) 345 678", "", "Speech by Ambassador Ola Vrenk", ""] + speech)
    #expect(!spoken(result).contains("Visa questions"))
    #expect(result.metadata.speaker?.contains("Vrenk") == true)
  }

  @Test func aCaptionPrintedTwiceAboveTheAddressIsNotSpoken() {
    let caption = "Minister Vrenk greets the crowd at the harbour of Ostrik."
    let result = plan(["Speech by Minister Ola Vrenk", caption, caption, "5 March 2021"] + speech)
    #expect(!spoken(result).contains("greets the crowd"))
    #expect(spoken(result).contains("We are glad to work together"))
  }

  @Test func aSourceNoteGluedToTheLastSentenceIsNotSpoken() {
    let result = plan(
      [
        "Dear friends,", "",
        "We rebuilt the harbour together. We thank you all.Source https://qorvat.example/talks",
      ])
    #expect(spoken(result).contains("We thank you all."))
    #expect(!spoken(result).contains("qorvat.example"))
    #expect(result.dropped.contains { $0.fragment && $0.text.hasPrefix("Source") })
  }

  @Test(arguments: [
    "On Monday the minister greeted the crowd at the harbour of Ostrik. (Photo: Qorvat Daily)",
    "5 March 2021, the minister greets the crowd at the harbour of Ostrik. 沃尔克 庞兴雷/摄",
  ])
  func aCaptionEndingWithAPhotoCreditIsNotSpoken(caption: String) {
    let result = plan(
      ["Dear friends,", "", "We are glad to work together on this today.", "", caption, ""]
        + ["The harbour of Ostrik will be rebuilt by the spring."])
    #expect(!body(result).contains("greet"))
    #expect(body(result).contains("rebuilt by the spring"))
    #expect(result.dropped.contains { $0.reason.contains("caption") })
  }

  @Test func aListOfLinksThatOpenAlikeEndsTheAddress() {
    let links = (1...3).map { "Translation unavailable for Remarks at the Qorvat Forum \($0)." }
    let result = plan(["Dear friends,", "", "We are glad to work together on this today."] + links)
    #expect(!body(result).contains("Translation unavailable"))
    #expect(body(result).contains("work together"))
  }

  @Test func aPageNumberGluedToAParagraphIsNotSpokenButACountIs() {
    let result = plan([
      "Dear friends,", "", "We are glad to work together on this today.", "",
      "2 My mother worked in the harbour of Ostrik.", "", "2 million people live in Ostrik.",
    ])
    #expect(body(result).contains("My mother worked") && !body(result).contains("2 My mother"))
    #expect(body(result).contains("2 million people"))
  }

  @Test func aSectionNameOverTheHeadlineIsNotSpoken() {
    let result = plan(["Feature: The Minister’s Speech at the Qorvat Plant"] + speech)
    #expect(!spoken(result).contains("Feature"))
  }
}
