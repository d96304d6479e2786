import Foundation
import Testing

@testable import LecternAudio

/// Gating from a histogram (what the whole file of a long document is measured with) against
/// gating from every block: the same figures within the histogram's half bin.
@Suite struct HistogramGatingTests {
  /// A minute of tone bursts whose level steps through 30 dB, with silences between them.
  private static func speechLike(rate: Int) -> [Int16] {
    var samples: [Int16] = []
    for burst in 0..<30 {
      let amplitude = 12_000 * pow(10, -Double(burst % 10) * 3 / 20)
      samples += (0..<rate).map { index in
        Int16(amplitude * sin(Double(index) * 2 * .pi * Double(200 + 37 * burst) / Double(rate)))
      }
      samples += [Int16](repeating: 0, count: rate / (1 + burst % 3))
    }
    return samples
  }

  @Test func histogramFiguresAreWithinHalfABinOfExactOnes() throws {
    let rate = 22_050
    let samples = Self.speechLike(rate: rate)
    let figures = try [LoudnessMeter.Modes(), .histogram].map { extra in
      let meter = try LoudnessMeter(
        sampleRate: rate, modes: [.integrated, .range, extra], path: "test")
      try samples.withUnsafeBufferPointer { try meter.add($0) }
      return (try #require(try meter.integrated()), try meter.range())
    }
    #expect(abs(figures[0].0 - figures[1].0) <= 0.05)
    #expect(abs(figures[0].1 - figures[1].1) <= 0.1)
    #expect(figures[0].1 > 1)
  }
}
