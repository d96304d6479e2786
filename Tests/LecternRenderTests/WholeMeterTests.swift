import LecternText
import Testing

@testable import LecternRender

/// Which whole files are gated from a histogram: those of documents of more spoken text than
/// ``WholeMeter/exactGatingBytes``, decided from the plan alone.
@Suite struct WholeMeterTests {
  private func plan(parts: Int, bytesEach: Int) -> RenderPlan {
    .paragraphs(
      Array(repeating: String(repeating: "a", count: bytesEach), count: parts), document: "long")
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
    let plan = RenderPlan.paragraphs([text], document: "zh", language: "zh", voice: "zh")
    #expect(WholeMeter.gatesByHistogram(plan))
  }
}
