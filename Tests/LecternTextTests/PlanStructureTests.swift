import Testing

@testable import LecternText

/// Structure rules that the golden files do not show: pathological lines, numbers alone on a
/// line, furniture and repeats in the body, text without sentences, the language hook.
@Suite struct PlanStructureTests {
  private func plan(
    _ lines: [String], annotator: any LanguageAnnotating = SingleLanguageAnnotator()
  )
    -> RenderPlan
  {
    Planner(annotator: annotator, languages: LanguageTestSupport.knowledge).plan(
      Document(name: "test", text: lines.joined(separator: "\n")))
  }

  private func squeezed(_ text: String) -> String {
    String(text.unicodeScalars.filter { !$0.properties.isWhitespace })
  }

  @Test func hugeLineWithoutPunctuationIsCutIntoBoundedUtterances() {
    // Its planning time is measured by scripts/bench (5 MB in linear time), not asserted here.
    let line = String(repeating: "word ", count: 1_000_000)  // 5 MB, no punctuation
    let result = plan(["A title", "", line])
    let utterances = result.parts.filter { $0.kind != .intro }.flatMap(\.utterances)
    #expect(utterances.count > 10_000)
    #expect(utterances.allSatisfy { $0.text.unicodeScalars.count <= 400 })
    // Every word of the line is spoken, in order (the title line, stating no fact, may be too).
    #expect(squeezed(utterances.map(\.text).joined()).hasSuffix(squeezed(line)))
  }

  @Test func numberAloneOnItsLineNumbersTheNextLine() {
    let result = plan(["1.", "First point.", "", "2.", "Second point.", "", "3. Third point."])
    #expect(result.parts.map(\.id) == ["1", "2", "3"])
    #expect(
      result.parts.map { $0.utterances.first?.text } == [
        "First point.", "Second point.", "Third point.",
      ])
  }

  @Test func numberThatDoesNotGrowIsTextOfItsOwnPart() {
    let result = plan(["1. We met.", "", "2. We spoke.", "", "1. This line starts with one."])
    #expect(result.parts.map(\.id) == ["1", "2", "2-1"])
    let after = result.part(id: "2-1")?.utterances.map(\.text).joined(separator: " ")
    #expect(after == "1. This line starts with one.")
  }

  @Test func unnumberedBlocksAfterNumberedParagraphsAreSeparateParts() {
    // A document of repeated copies must not become one part of unbounded length.
    let copy = ["1. We met.", "", "2. We spoke.", ""]
    let result = plan(Array(Array(repeating: copy, count: 4).joined()))
    #expect(result.parts.map(\.id) == ["1", "2", "2-1", "2-2", "2-3", "2-4", "2-5", "2-6"])
    #expect(Set(result.parts.map(\.id)).count == result.parts.count)
  }

  @Test func furnitureAndRepeatedTitleInTheBodyAreDroppedClosingIsKept() {
    let result = plan([
      "Keynote speech by Ana Lima, Minister of Justice", "", "We are here. We act.", "",
      "Keynote speech by Ana Lima", "", "- 3 -", "", "Thank you", "", "Share this page",
      "Tags: justice, police",
    ])
    #expect(result.dropped.map(\.line) == [1, 5, 7, 11, 12])
    #expect(result.dropped.map(\.reason)[1] == "repeats the title from the header")
    #expect(result.parts.last?.utterances.map(\.text) == ["Thank you"])
  }

  @Test func salutationsRunIntoTheFirstParagraphGoToTheOpening() {
    let result = plan([
      "Mr. President, Excellencies, Ladies and Gentlemen, good morning. It is an honour to be",
      "here today, and I thank our hosts.", "", "Mr. Smith and Dr. Lee met in 2019. They agreed.",
    ])
    #expect(result.parts.map(\.id) == ["opening", "1", "2"])
    #expect(
      result.part(id: "opening")?.utterances.map(\.text) == [
        "Mr. President, Excellencies, Ladies and Gentlemen, good morning."
      ])
    #expect(
      result.part(id: "1")?.utterances.map(\.text) == [
        "It is an honour to be here today, and I thank our hosts."
      ])
    #expect(result.part(id: "2")?.utterances.count == 2)
  }

  @Test func textWithoutAnySentenceIsSpokenNotDropped() {
    let result = plan(["hello world", "", "a second line without a stop"])
    #expect(result.dropped.isEmpty)
    let spoken = result.parts.flatMap(\.utterances).map(\.text)
    #expect(spoken == ["hello world", "a second line without a stop"])
  }

  @Test func placeBeforeDateAndSpeakerWithoutBy() {
    // "Remarks at the … Summit": a title and the occasion it names.
    let result = plan([
      "Remarks at the Annual Police Summit", "SECRETARY GENERAL ANA LIMA", "LYON, FRANCE",
      "12 June 2023", "", "Good evening.", "", "We begin.",
    ])
    #expect(result.metadata.place == "LYON, FRANCE")
    #expect(result.metadata.date == "12 June 2023")
    #expect(result.metadata.speaker == "SECRETARY GENERAL ANA LIMA")
    // Capital words of up to four letters stay in capitals: they may be acronyms.
    let intro = result.part(id: "intro")?.utterances.map(\.text) ?? []
    #expect(
      intro == [
        "Remarks by Secretary General ANA LIMA.", "The Annual Police Summit.",
        "LYON, France, 12 June 2023.",
      ])
    #expect(result.part(id: "opening")?.utterances.map(\.text) == ["Good evening."])
  }

  /// Marks one word as Russian, to show that the planner uses the annotator it is given.
  struct MarkingAnnotator: LanguageAnnotating {
    func documentLanguage(of text: String) -> String { "en" }
    func spans(for utterance: String, documentLanguage: String, role: VoiceRole) -> [Span] {
      guard let range = utterance.range(of: "Spasibo") else {
        return [Span(text: utterance, spoken: utterance, lang: "en", voice: role.rawValue)]
      }
      let head = String(utterance[..<range.lowerBound])
      return [
        Span(text: head, spoken: head, lang: "en", voice: role.rawValue),
        Span(text: "Spasibo", spoken: "Спасибо", lang: "ru", voice: "russian"),
      ]
    }
  }

  @Test func plannerUsesItsAnnotator() {
    let result = plan(["Thank you. Bolshoye Spasibo"], annotator: MarkingAnnotator())
    let last = result.parts.last?.utterances.last
    #expect(last?.spans.map(\.lang) == ["en", "ru"])
    #expect(last?.spans.last?.spoken == "Спасибо")
    #expect(PlanReport.text(result).contains("russian [ru]: Spasibo"))
  }

  @Test func defaultAnnotatorNormalizesSpaces() {
    let spans = SingleLanguageAnnotator().spans(
      for: "Thank\u{00A0}you\u{2009}all.", documentLanguage: "en", role: .speaker)
    #expect(
      spans == [
        Span(
          text: "Thank\u{00A0}you\u{2009}all.", spoken: "Thank you all.", lang: "en",
          voice: "speaker")
      ])
  }
}
