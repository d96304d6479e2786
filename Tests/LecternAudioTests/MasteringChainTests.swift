import Foundation
import Testing

@testable import LecternAudio

/// The chain on speech-like audio: raw changes nothing; a profile lands on its target.
@Suite struct MasteringChainTests {
  /// Ten seconds of "speech": bursts of a buzzy 120 Hz voice with sharp peaks, and pauses,
  /// at 22 050 Hz with the engine's small DC offset.
  static let speech: [Int16] = (0..<220_500).map { index in
    let time = Double(index) / 22_050
    let syllable = sin(Double.pi * (time * 4).truncatingRemainder(dividingBy: 1))
    let voiced = (time.truncatingRemainder(dividingBy: 2.5)) < 2 ? max(0, syllable) : 0
    let pulse = pow(abs(sin(Double.pi * 120 * time)), 12)
    return Int16(30_000 * voiced * (0.7 * pulse + 0.3 * sin(2 * Double.pi * 800 * time)) + 36)
  }

  static var web: MasteringProfile {
    var profile = MasteringProfile(name: "web")
    profile.sampleRate = 44_100
    profile.loudness = -16
    profile.truePeak = -1
    profile.highPass = 40
    return profile
  }

  @Test func rawChangesNothing() throws {
    let chain = MasteringChain(
      profile: MasteringProfile(name: "raw"), inputRate: 22_050, outputRate: 22_050)
    let result = try chain.master(Self.speech, key: "00", path: "test")
    #expect(result.samples == Self.speech)
    #expect(result.headShift == 0)
  }

  @Test func webLandsOnItsTargetUnderItsCeiling() throws {
    let chain = MasteringChain(profile: Self.web, inputRate: 22_050, outputRate: 44_100)
    let result = try chain.master(Self.speech, key: "ab", path: "test")
    #expect(result.samples.count == Self.speech.count * 2)
    let integrated = try #require(result.figures.integrated)
    #expect(abs(integrated + 16) < 0.15, "\(integrated) LUFS")
    #expect(result.figures.truePeak <= -1, "\(result.figures.truePeak) dBTP")
    // DC gone: the mean of the output is within a sample's step of zero.
    let mean = result.samples.reduce(0.0) { $0 + Double($1) } / Double(result.samples.count)
    #expect(abs(mean) < 1)
    // Deterministic: the same part masters to the same samples.
    #expect(try chain.master(Self.speech, key: "ab", path: "test").samples == result.samples)
  }

  @Test func roomToneFillsTheHeadAndTailAndStaysUnderTheCeiling() throws {
    var profile = Self.web
    profile.roomTone = -68
    profile.head = 0.75
    profile.tail = 1.5
    let chain = MasteringChain(profile: profile, inputRate: 22_050, outputRate: 44_100)
    let result = try chain.master(Self.speech, key: "cd", path: "test")
    #expect(abs(result.figures.head - 0.75) < 0.01, "\(result.figures.head) s")
    #expect(abs(result.figures.tail - 1.5) < 0.01, "\(result.figures.tail) s")
    #expect(result.figures.truePeak <= -1)
    let floor = try #require(result.figures.noiseFloor)
    #expect(floor > -70 && floor < -66, "\(floor) dB")
    // No digital silence left anywhere in the pauses.
    #expect(result.samples[..<30_000].contains { $0 != 0 })
  }

  @Test(arguments: ["raw", "web", "room"])
  func unmeasuredGivesTheSamplesOfTheMasteredPart(name: String) throws {
    var profile = name == "raw" ? MasteringProfile(name: "raw") : Self.web
    if name == "room" {
      profile.roomTone = -68
      profile.head = 0.75
      profile.tail = 1.5
    }
    let chain = MasteringChain(
      profile: profile, inputRate: 22_050, outputRate: profile.sampleRate ?? 22_050)
    let mastered = try chain.master(Self.speech, key: "ef", path: "test")
    let unmeasured = try chain.unmeasured(Self.speech, key: "ef", path: "test")
    #expect(unmeasured.samples == mastered.samples)
    #expect(unmeasured.headShift == mastered.headShift)
  }

  @Test func aPartTooShortToGateIsReportedNotPassed() throws {
    let chain = MasteringChain(profile: Self.web, inputRate: 22_050, outputRate: 44_100)
    let result = try chain.master(Array(Self.speech[..<4_000]), key: "ef", path: "test")
    let problems = Self.web.problems(with: result.figures, sampleRate: 44_100)
    #expect(problems.contains { $0.hasPrefix("cannot be judged") })
  }
}
