import Testing

@testable import LecternText

/// Wrapped lines rejoined into sentences and paragraphs, and what a printed copy adds at page
/// breaks taken out and listed: page numbers (also inside a word), running headers, footnote
/// marks, time codes, stage directions.
@Suite struct LayoutRecoveryTests {
  private func plan(_ lines: [String]) -> RenderPlan {
    LanguageTestSupport.planner.plan(Document(name: "copy", text: lines.joined(separator: "\n")))
  }

  private func body(_ plan: RenderPlan) -> [[String]] {
    plan.parts.filter { $0.kind != .intro }.map { $0.utterances.map(\.text) }
  }

  @Test func aPDFCopyIsRejoinedAcrossWrapsHyphensAndPageBreaks() {
    let result = plan([
      "Opening remarks by the Director", "",
      "Dear colleagues,", "",
      "We meet today to strengthen our inter-",
      "national cooperation, which has grown for",
      "many years across the region.",
      "Our second point is short.",
      "",
      "12",
      "",
      "Director’s remarks – Annual Meeting",
      "",
      "The work goes on in every",
      "country, and it will go on. We thank",
      "",
      "13",
      "",
      "Director’s remarks – Annual Meeting",
      "",
      "all of you for your support.",
    ])
    let paragraphs = body(result)
    // A sentence ending well short of the width ends its paragraph.
    #expect(
      paragraphs.contains([
        "We meet today to strengthen our international cooperation, which has grown for many "
          + "years across the region."
      ]))
    #expect(paragraphs.contains(["Our second point is short."]))
    #expect(paragraphs.joined().contains("We thank all of you for your support."))
    let reasons = Dictionary(grouping: result.dropped, by: \.line).mapValues { $0.map(\.reason) }
    #expect(reasons[10]?.first?.hasPrefix("no words") == true)
    #expect(reasons[12]?.first?.hasPrefix("repeated 2 times") == true)
    #expect(reasons[17]?.first?.hasPrefix("no words") == true)
    #expect(reasons[19]?.first?.hasPrefix("repeated 2 times") == true)
  }

  @Test func aPageNumberInsideAWordIsTakenOutAndListed() {
    let result = plan([
      "Dear friends,", "", "Police cooperation is inter- 12 national by nature, and it works.",
    ])
    #expect(
      body(result).joined().contains("Police cooperation is international by nature, and it works.")
    )
    let fragment = result.dropped.first { $0.fragment }
    #expect(fragment?.text == "12")
    #expect(fragment?.line == 3)
  }

  @Test func footnoteMarksNumberedInOrderAreTakenOut() {
    let result = plan([
      "Dear friends,", "", "We thank the authorities of Rwanda1, who host us.", "",
      "The police of Rwanda2 turned fifteen this year.", "", "We had 2 meetings in Geneva.",
    ])
    let spoken = body(result).joined().joined(separator: " ")
    #expect(spoken.contains("authorities of Rwanda, who host us."))
    #expect(spoken.contains("The police of Rwanda turned"))
    #expect(spoken.contains("We had 2 meetings"))
    #expect(
      result.dropped.filter { $0.fragment && $0.reason == "footnote mark" }.map(\.text) == [
        "1", "2",
      ])
  }

  @Test func aSingleNewlineLayoutKeepsItsParagraphs() {
    let result = plan([
      "Excellencies,",
      "We gather here to remember those who served. Their courage guides us still.",
      "Today we also look ahead, to the work that remains for all of us.",
      "Thank you.",
    ])
    let paragraphs = body(result).filter { $0.count >= 1 }
    #expect(paragraphs.count >= 3)
    #expect(paragraphs.contains { $0.first?.hasPrefix("We gather") == true })
    #expect(paragraphs.contains { $0.first?.hasPrefix("Today we also") == true })
  }

  @Test func salutationLinesWithoutPunctuationEachStayAnUtterance() {
    let result = plan([
      "Ladies and Gentlemen", "Good morning", "", "It is a pleasure to be here with you today.",
    ])
    let opening = result.part(id: "opening")?.utterances.map(\.text)
    #expect(opening == ["Ladies and Gentlemen", "Good morning"])
  }

  @Test func aSalutationWrappedAfterAJoiningWordIsOneLine() {
    let result = plan(["Ladies and", "Gentlemen:", "", "It is an honor to welcome you tonight."])
    #expect(result.part(id: "opening")?.utterances.map(\.text) == ["Ladies and Gentlemen:"])
  }

  @Test func stageDirectionsAndTimeCodesAreListedNotSpoken() {
    let result = plan([
      "Good evening.", "", "00:12We are glad to be here – (applause) – with all of you.",
      "", "00:47And we will return next year.", "", "(Laughter.)",
    ])
    let spoken = body(result).joined().joined(separator: " ")
    #expect(!spoken.contains("applause") && !spoken.contains("00:") && !spoken.contains("Laughter"))
    #expect(spoken.contains("And we will return next year."))
    #expect(result.dropped.contains { $0.fragment && $0.text == "(applause)" })
    #expect(result.dropped.filter { $0.fragment && $0.text.hasPrefix("00:") }.count == 2)
    #expect(result.dropped.contains { $0.line == 7 && !$0.fragment })
  }
}
