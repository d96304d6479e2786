import LecternText
import Testing

@testable import LecternRender

/// Which whole files are gated from a histogram: those of documents of more spoken text than
/// ``WholeMeter/exactGatingBytes``, decided from the plan alone.
@Suite struct WholeMeterTests {
  private func plan(parts: Int, bytesEach: Int) -> RenderPlan {
    let text = String(repeating: "a", count: bytesEach)
    return RenderPlan(
      document: "long", language: "en",
      parts: (1...parts).map { index in
        Part(
          id: "\(index)", kind: .paragraph,
          utterances: [
            Utterance(
              id: "\(index).1", text: text,
              spans: [Span(text: text, spoken: text, lang: "en", voice: "speaker")])
          ])
      })
  }

  @Test func histogramOnlyPastTheLimit() {
    let limit = WholeMeter.exactGatingBytes
    #expect(!WholeMeter.gatesByHistogram(plan(parts: 4, bytesEach: limit / 4)))
    #expect(WholeMeter.gatesByHistogram(plan(parts: 4, bytesEach: limit / 4 + 1)))
    #expect(!WholeMeter.gatesByHistogram(plan(parts: 1, bytesEach: limit)))
    #expect(WholeMeter.gatesByHistogram(plan(parts: 1, bytesEach: limit + 1)))
  }

  /// Spoken text counts in bytes: a Chinese character is three.
  @Test func multiByteTextCountsItsBytes() {
    let text = String(repeating: "中", count: WholeMeter.exactGatingBytes / 3 + 1)
    let plan = RenderPlan(
      document: "zh", language: "zh",
      parts: [
        Part(
          id: "1", kind: .paragraph,
          utterances: [
            Utterance(
              id: "1.1", text: text,
              spans: [Span(text: text, spoken: text, lang: "zh", voice: "zh")])
          ])
      ])
    #expect(WholeMeter.gatesByHistogram(plan))
  }
}
