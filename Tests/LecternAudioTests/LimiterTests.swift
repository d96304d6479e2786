import Foundation
import Testing

@testable import LecternAudio

/// The true-peak limiter on synthetic worst cases: whatever comes in, nothing between or on
/// the samples goes out above the ceiling, and what is under it is left alone.
@Suite struct LimiterTests {
  static let rate = 44_100
  static let ceiling = Float(pow(10, -1.0 / 20))  // −1 dBTP

  static func limiter(ceiling: Float = ceiling) -> TruePeakLimiter {
    TruePeakLimiter(ceiling: ceiling, lookahead: 0.005, release: 0.1, sampleRate: rate)
  }

  /// Signals built to peak between samples or to overload the limiter.
  static let worstCases: [(name: String, signal: [Float])] = [
    // fs/4 with a 45° phase: samples at ±0.95, the waveform between them at ±1.34.
    ("quarter-rate square", (0..<20_000).map { [0.95, 0.95, -0.95, -0.95][$0 % 4] }),
    ("lone full-scale click", (0..<4_000).map { $0 == 2_000 ? 1 : 0 }),
    ("full-scale step", (0..<4_000).map { $0 < 2_000 ? 0 : 1 }),
    (
      "near-Nyquist sine at +6 dB",
      (0..<20_000).map { Float(2 * sin(2 * Double.pi * 0.45 * Double($0) + 0.3)) }
    ),
    ("white noise at +12 dB", noise(count: 30_000, amplitude: 4)),
    ("bursts of noise", (0..<30_000).map { ($0 / 3_000) % 2 == 0 ? 0 : 3 * noise(count: 1)[0] }),
  ]

  static func noise(count: Int, amplitude: Float = 1) -> [Float] {
    var generator = SplitMix64(seed: 42)
    return (0..<count).map { _ in amplitude * Float(generator.unit() * 2 - 1) }
  }

  @Test(arguments: 0..<worstCases.count)
  func neverExceedsTheCeilingBetweenSamples(_ index: Int) {
    var signal = Self.worstCases[index].signal
    Self.limiter().apply(to: &signal)
    let peak = TruePeakDetector().truePeak(of: signal)
    #expect(peak <= Self.ceiling, "\(Self.worstCases[index].name): \(20 * log10(peak)) dBTP")
  }

  @Test(arguments: 0..<worstCases.count)
  func libebur128AgreesTheCeilingHolds(_ index: Int) throws {
    var signal = Self.worstCases[index].signal
    Self.limiter().apply(to: &signal)
    let meter = try LoudnessMeter(sampleRate: Self.rate, modes: .truePeak, path: "test")
    try signal.withUnsafeBufferPointer { try meter.add($0) }
    // Another interpolator reads a near-Nyquist tone slightly differently: 0.1 dB of slack.
    let peak = LoudnessMeter.decibels(try meter.truePeak())
    #expect(peak <= -1 + 0.1, "\(Self.worstCases[index].name): \(peak) dBTP")
  }

  @Test func leavesAudioUnderTheCeilingUntouched() {
    let quiet = (0..<10_000).map { Float(0.5 * sin(2 * Double.pi * 440 * Double($0) / 44_100)) }
    var signal = quiet
    let reduction = Self.limiter().apply(to: &signal)
    #expect(signal == quiet)
    #expect(reduction == 0)
  }

  @Test func gainFallsAlongTheLookAheadAndRecoversSmoothly() {
    let limiter = Self.limiter()
    let lookahead = limiter.lookahead
    // One point at twice the ceiling, at frame 10 000 of 60 000.
    let gain = limiter.gainCurve(count: 60_000, needs: [(10_000, 2 * Self.ceiling)])
    #expect(gain[..<(10_000 - lookahead)].allSatisfy { $0 == 1 })
    #expect(gain[10_000] <= 0.5)
    // The fall is a straight ramp over the look-ahead: no step larger than it allows.
    let steps = zip(gain.dropFirst(), gain).map { abs($0 - $1) }
    #expect(steps.max() ?? 1 <= 0.5 / Float(lookahead) + 1e-5)
    // Release: 100 ms time constant, so ~63 % back after 0.1 s, all but 1 % after 0.5 s.
    let afterHold = 10_000 + lookahead
    let tenth = gain[afterHold + 4_410]
    #expect(abs(tenth - (1 - 0.5 * Float(exp(-1.0)))) < 0.02)
    #expect(gain[afterHold + 5 * 4_410] > 0.99)
  }

  @Test func runningMinimumLooksAhead() {
    let values: [Float] = [5, 3, 4, 1, 6, 7, 2]
    #expect(TruePeakLimiter.runningMinimum(values, ahead: 3) == [3, 1, 1, 1, 2, 2, 2])
    #expect(TruePeakLimiter.runningMinimum(values, ahead: 1) == values)
    #expect(TruePeakLimiter.runningMinimum([0, 0, 9, 8], ahead: 8) == [0, 0, 8, 8])
    var generator = SplitMix64(seed: 3)
    let random = (0..<500).map { _ in Float(generator.unit()) }
    for ahead in [2, 7, 64, 600] {
      let expected = random.indices.map { random[$0..<min(random.count, $0 + ahead)].min() ?? 0 }
      #expect(TruePeakLimiter.runningMinimum(random, ahead: ahead) == expected)
    }
  }

  @Test(arguments: 0..<worstCases.count)
  func truePeakSkipsOnlyWhatCannotMatter(_ index: Int) {
    let signal = Self.worstCases[index].signal.map { $0 * 0.3 }
    let detector = TruePeakDetector()
    let everywhere = signal.withUnsafeBufferPointer { buffer in
      detector.taps.withUnsafeBufferPointer { taps in
        buffer.indices.reduce(detector.interSamplePeak(buffer, at: -1, taps: taps)) {
          max($0, max(abs(buffer[$1]), detector.interSamplePeak(buffer, at: $1, taps: taps)))
        }
      }
    }
    #expect(detector.truePeak(of: signal) == everywhere, "\(Self.worstCases[index].name)")
  }

  @Test func detectorReadsSpeechLikeLibebur128() throws {
    // Speech-band audio (nothing above 11 kHz at 44.1 kHz), as Lectern masters it.
    var generator = SplitMix64(seed: 9)
    var smooth: Float = 0
    let signal = (0..<88_200).map { index -> Float in
      smooth += (Float(generator.unit() * 2 - 1) - smooth) * 0.3
      return smooth * Float(1 + sin(Double(index) / 3_000)) * 2
    }
    let meter = try LoudnessMeter(sampleRate: Self.rate, modes: .truePeak, path: "test")
    try signal.withUnsafeBufferPointer { try meter.add($0) }
    let reference = LoudnessMeter.decibels(try meter.truePeak())
    let ours = LoudnessMeter.decibels(Double(TruePeakDetector().truePeak(of: signal)))
    #expect(abs(reference - ours) < 0.05, "libebur128 \(reference), ours \(ours)")
  }

  @Test func detectorFindsThePeakBetweenSamples() {
    // fs/4 at 45°: every sample at 0.5, the waveform peaks at 0.5 × √2.
    let signal = (0..<4_000).map { [Float(0.5), 0.5, -0.5, -0.5][$0 % 4] }
    let peak = TruePeakDetector().truePeak(of: signal)
    #expect(abs(Double(peak) - 0.5 * 2.0.squareRoot()) < 0.01)
  }
}
