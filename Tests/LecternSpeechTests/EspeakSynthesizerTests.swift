import LecternSpeech
import Testing

/// Every test that touches the engine runs here, one at a time: never two threads in it.
@Suite(.serialized)
struct EngineTests {
  @Test func pcmMatchesTheProgram() throws {
    let results = try runJobs([
      [SynthesisCall(text: englishProse, voice: english)],
      [SynthesisCall(text: "Большое спасибо", voice: russian)],
    ])
    let englishSpeech = try #require(results[0].speeches.first)
    let russianSpeech = try #require(results[1].speeches.first)
    #expect(englishSpeech.samples == (try referenceSamples(voice: "en", text: englishProse)))
    #expect(russianSpeech.samples == (try referenceSamples(voice: "ru", text: "Большое спасибо")))
    #expect(englishSpeech.samples.count > 22_050)
  }
}
