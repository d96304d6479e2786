import LecternSpeech
import LecternSupport
import Testing

extension SpeechTests {
  @Suite struct TestSynthesizerTests {
    @Test func lengthFollowsTextAndRate() throws {
      var double = TestSynthesizer()
      let text = "One two. Three"
      let normal = try double.synthesize(text, voice: english, options: .init(endPause: false))
      let paused = try double.synthesize(text, voice: english, options: .init())
      let fast = try double.synthesize(
        text, voice: VoiceSettings(identifier: "en", rate: 350), options: .init(endPause: false))
      #expect(normal.samples.count == 14 * TestSynthesizer.samplesPerCharacterAtDefaultRate)
      #expect(paused.samples.count == normal.samples.count + TestSynthesizer.endPauseSamples)
      #expect(fast.samples.count * 2 == normal.samples.count)
      #expect(try double.synthesize(text, voice: english, options: .init()) == paused)
      #expect(double.calls.count == 4)
    }

    @Test func eventsMarkSentencesAndWords() throws {
      var double = TestSynthesizer()
      let speech = try double.synthesize("One two. Three", voice: english, options: .init())
      let perCharacter = TestSynthesizer.samplesPerCharacterAtDefaultRate
      #expect(
        speech.events == [
          SynthesisEvent(kind: .sentence, sample: 0, textPosition: 1, length: 0),
          SynthesisEvent(kind: .word, sample: 0, textPosition: 1, length: 3),
          SynthesisEvent(kind: .word, sample: 4 * perCharacter, textPosition: 5, length: 4),
          SynthesisEvent(kind: .sentence, sample: 9 * perCharacter, textPosition: 10, length: 0),
          SynthesisEvent(kind: .word, sample: 9 * perCharacter, textPosition: 10, length: 5),
          SynthesisEvent(
            kind: .end, sample: speech.samples.count, textPosition: 14, length: 0),
        ])
      #expect(speech.samples[3 * perCharacter..<4 * perCharacter].allSatisfy { $0 == 0 })
      #expect(speech.samples[0..<perCharacter].contains { $0 != 0 })
    }

    @Test func unknownVoicesAreRefused() {
      var double = TestSynthesizer(knownVoices: ["en"])
      #expect {
        _ = try double.synthesize("hi", voice: russian, options: .init())
      } throws: { error in
        (error as? SpeechError)?.kind == .unknownVoice("ru")
      }
    }
  }
}
