import Foundation
import Testing

@testable import LecternAudio

/// The DC-removing high-pass and the room tone.
@Suite struct FilterAndToneTests {
  static let rate = 22_050.0

  /// The level (dB) of `signal` after its first half second, relative to `reference`.
  static func level(_ signal: [Float], against reference: [Float]) -> Double {
    let settled = Int(rate / 2)
    let power = { (values: ArraySlice<Float>) in values.reduce(0.0) { $0 + Double($1 * $1) } }
    return 10 * log10(power(signal[settled...]) / power(reference[settled...]))
  }

  static func sine(_ frequency: Double, seconds: Double = 2) -> [Float] {
    (0..<Int(seconds * rate)).map {
      Float(0.5 * sin(2 * Double.pi * frequency * Double($0) / rate))
    }
  }

  @Test func removesDC() {
    let filter = HighPassFilter(cutoff: 40, sampleRate: Self.rate)
    var signal = Self.sine(300).map { $0 + 0.1 }  // +10 % offset, 100 × the engine's
    filter.apply(to: &signal)
    let tail = signal[Int(Self.rate)...]
    let mean = tail.reduce(0.0) { $0 + Double($1) } / Double(tail.count)
    #expect(abs(mean) < 1e-4)
  }

  @Test(arguments: [100.0, 150, 300, 1_000, 3_000, 8_000])
  func leavesTheSpeechBandAlone(_ frequency: Double) {
    let filter = HighPassFilter(cutoff: 40, sampleRate: Self.rate)
    let original = Self.sine(frequency)
    var filtered = original
    filter.apply(to: &filtered)
    let change = Self.level(filtered, against: original)
    // Within 0.12 dB at 100 Hz (a low male voice's fundamental), 0.03 dB from 150 Hz up.
    #expect(abs(change) < (frequency < 150 ? 0.12 : 0.03), "\(frequency) Hz: \(change) dB")
    #expect(abs(change - filter.gain(at: frequency)) < 0.01)
  }

  @Test func attenuatesRumble() {
    let filter = HighPassFilter(cutoff: 40, sampleRate: Self.rate)
    #expect(abs(filter.gain(at: 40) + 3.01) < 0.01)
    #expect(filter.gain(at: 10) < -23)
  }

  @Test func roomToneIsAPureFunctionOfItsSeed() {
    let tone = RoomTone(level: -68, sampleRate: 44_100)
    let seed = RoomTone.seed(fromKey: "9f2c4e0a11b2c3d4e5f60718293a4b5c")
    #expect(tone.samples(count: 10_000, seed: seed) == tone.samples(count: 10_000, seed: seed))
    #expect(tone.samples(count: 10_000, seed: seed) != tone.samples(count: 10_000, seed: seed + 1))
    #expect(
      RoomTone.seed(fromKey: "9f2c4e0a11b2c3d4", stream: 1)
        != RoomTone.seed(fromKey: "9f2c4e0a11b2c3d4", stream: 2))
  }

  @Test(arguments: [-60.0, -68, -75])
  func roomToneHasItsLevelAndStaysUnderItsBound(_ level: Double) {
    let tone = RoomTone(level: level, sampleRate: 44_100)
    let samples = tone.samples(count: 441_000, seed: 7)
    let rms = 10 * log10(samples.reduce(0.0) { $0 + Double($1 * $1) } / Double(samples.count))
    #expect(abs(rms - level) < 0.3)
    #expect(samples.map(abs).max() ?? 0 <= tone.peakBound)
  }
}
