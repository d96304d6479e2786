import LecternText
import Testing

@testable import LecternRender

struct CaptionsTests {
  func timing(_ text: String, anchors: [TextAnchor], start: Int = 0, end: Int) -> UtteranceTiming {
    let utterance = Utterance(
      id: "1.1", text: text, spans: [Span(text: text, spoken: text, lang: "en", voice: "speaker")])
    return UtteranceTiming(
      utterance: utterance, start: start, end: end, spans: [start..<end], anchors: anchors,
      silenced: false)
  }

  /// Anchors at every word start, 1000 frames per word.
  func everyWord(_ text: String) -> [TextAnchor] {
    var anchors: [TextAnchor] = []
    var offset = 0
    for (index, word) in text.split(separator: " ").enumerated() {
      anchors.append(TextAnchor(offset: offset, frame: index * 1000))
      offset += word.unicodeScalars.count + 1
    }
    return anchors
  }

  @Test func shortSentenceIsOneCue() {
    let text = "Good morning."
    let cues = Captions.cues(for: timing(text, anchors: everyWord(text), end: 2000), partStart: 500)
    #expect(cues == [Captions.Cue(start: 500, end: 2500, lines: ["Good morning."])])
  }

  @Test func longSentenceSplitsAtAnchoredWordsIntoTwoLineCues() {
    let text = Array(repeating: "International cooperation matters", count: 8).joined(
      separator: " ")
    let anchors = everyWord(text)
    let cues = Captions.cues(for: timing(text, anchors: anchors, end: 24_000), partStart: 0)
    #expect(cues.count > 1)
    for cue in cues {
      #expect(cue.lines.count <= 2)
      #expect(cue.lines.allSatisfy { $0.count <= Captions.lineLength })
    }
    // Cues tile the utterance: each starts where the previous ends, at a word's frame.
    #expect(cues.first?.start == 0)
    #expect(cues.last?.end == 24_000)
    for (previous, next) in zip(cues, cues.dropFirst()) {
      #expect(previous.end == next.start)
      #expect(anchors.contains { $0.frame == next.start })
    }
    #expect(cues.flatMap(\.lines).joined(separator: " ") == text)
  }

  @Test func withoutAnchorsACueGrowsRatherThanGuessATime() {
    let text = Array(repeating: "word", count: 40).joined(separator: " ")
    let cues = Captions.cues(
      for: timing(text, anchors: [TextAnchor(offset: 0, frame: 0)], end: 9000), partStart: 0)
    #expect(cues.count == 1)
    #expect(cues[0].start == 0 && cues[0].end == 9000)
  }

  func russianClose() -> UtteranceTiming {
    let text = "Thank you. Bolshoye Spasibo."
    let utterance = Utterance(
      id: "15.2", text: text,
      spans: [
        Span(text: "Thank you.", spoken: "Thank you.", lang: "en", voice: "speaker"),
        Span(text: "Bolshoye Spasibo.", spoken: "Большое спасибо.", lang: "ru", voice: "ru"),
      ])
    return UtteranceTiming(
      utterance: utterance, start: 0, end: 44_100, spans: [0..<20_000, 20_000..<44_100],
      anchors: [TextAnchor(offset: 0, frame: 0), TextAnchor(offset: 11, frame: 20_000)],
      silenced: false)
  }

  @Test func wordsOfAnotherLanguageAreMarkedInWebVTTOnly() {
    let captions = Captions(parts: [(0, [russianClose()])], language: "en", sampleRate: 22_050)
    #expect(captions.webVTT.contains("\nThank you. <lang ru>Bolshoye Spasibo.</lang>\n"))
    #expect(captions.subRip.contains("\nThank you. Bolshoye Spasibo.\n"))
    // In a Russian address the English words are the foreign ones.
    let russian = Captions(parts: [(0, [russianClose()])], language: "ru", sampleRate: 22_050)
    #expect(russian.webVTT.contains("\n<lang en>Thank you.</lang> Bolshoye Spasibo.\n"))
  }

  @Test func webVTTEscapesMarkupCharacters() {
    let captions = Captions(
      cues: [.init(start: 0, end: 22_050, lines: ["R&D <beta> -->"])], sampleRate: 22_050)
    #expect(captions.webVTT.hasSuffix("\nR&amp;D &lt;beta&gt; --&gt;\n"))
  }

  @Test func cuesKeepTwoVideoFramesApart() {
    let rate = 22_050
    let cues = Captions.spaced(
      [
        .init(start: 0, end: 2 * rate, lines: ["One sentence here."]),
        .init(start: 2 * rate, end: 4 * rate, lines: ["Two sentences here."]),
      ], sampleRate: rate)
    #expect(cues.count == 2)
    #expect(cues[1].start - cues[0].end >= 2 * rate / 24)
    #expect(cues[1].start == 2 * rate)  // a cue never starts later than its sound
    // Rounded down to milliseconds, as written, the gap is still two frames.
    let text = Captions(cues: cues, sampleRate: rate).webVTT
    #expect(text.contains("00:00:00.000 --> 00:00:01.91"))
  }

  @Test func aShortCueJoinsANeighbourOfItsPartWhenTheTextFits() {
    let rate = 1000
    let cues = Captions.spaced(
      [
        .init(start: 0, end: 3000, lines: ["Thank you very much."], part: 0),
        .init(start: 3200, end: 3800, lines: ["Spasibo."], part: 0),
        .init(start: 6000, end: 6500, lines: ["Next part."], part: 1),
        .init(start: 9000, end: 12_000, lines: ["It goes on."], part: 1),
      ], sampleRate: rate)
    #expect(cues.map(\.lines) == [["Thank you very much. Spasibo."], ["Next part. It goes on."]])
    #expect(cues[0].start == 0 && cues[0].end == 3800)
    #expect(cues[1].start == 6000 && cues[1].end == 12_000)
  }

  @Test func aShortCueThatCannotJoinStaysLongerIfTheSilenceAllows() {
    let rate = 1000
    let long = Array(repeating: "International cooperation", count: 3).joined(separator: " ")
    let cues = Captions.spaced(
      [
        .init(start: 0, end: 3000, lines: [long], part: 0),
        .init(start: 3100, end: 3500, lines: ["Yes."], part: 1),
        .init(start: 8000, end: 9000, lines: [long], part: 2),
      ], sampleRate: rate)
    #expect(cues.count == 3)
    #expect(cues[1].end == 4100)
    for (previous, next) in zip(cues, cues.dropFirst()) {
      #expect(next.start - previous.end >= Captions.minimumGap(sampleRate: rate))
    }
  }

  @Test func formatsWebVTTAndSubRip() {
    let captions = Captions(
      cues: [
        .init(start: 0, end: 22_050, lines: ["One."]),
        .init(
          start: 22_050, end: 3_600 * 22_050 + 11_025,
          lines: ["Two lines, as the greedy wrap of forty-two", "characters makes them."]),
      ], sampleRate: 22_050)
    #expect(
      captions.webVTT
        == "WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.000\nOne.\n\n2\n00:00:01.000 --> 01:00:00.500\nTwo lines, as the greedy wrap of forty-two\ncharacters makes them.\n"
    )
    #expect(
      captions.subRip
        == "1\n00:00:00,000 --> 00:00:01,000\nOne.\n\n2\n00:00:01,000 --> 01:00:00,500\nTwo lines, as the greedy wrap of forty-two\ncharacters makes them.\n"
    )
  }
}

struct WordMapTests {
  @Test func identicalTextMapsEveryWord() {
    let map = PartAudio.wordMap(spoken: "Good morning all.", text: "Good morning all.")
    #expect(map == [0: 0, 5: 5, 13: 13])
  }

  @Test func aliasesMapTheWordsAroundThem() {
    // "ATC-CIS" became two spoken words; the words around it keep their times.
    let text = "Centre (ATC-CIS) and INTERPOL staff"
    let spoken = "Centre (A-T-C C-I-S) and Interpol staff"
    let map = PartAudio.wordMap(spoken: spoken, text: text)
    #expect(map[0] == 0)  // Centre
    #expect(map[21] == 17)  // and
    #expect(map[34] == 30)  // staff
    #expect(map[7] == nil && map[13] == nil && map[25] == nil)  // rewritten words: no time
  }
}
