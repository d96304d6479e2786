import LecternSupport
import Testing

@testable import LecternSpeech

/// The root of every suite of this target, serialized (recursively): never two threads in the
/// engine, and no test thread busy while another one forks a synthesis child.
@Suite(.serialized)
struct SpeechTests {}

/// The engine, through forked children so that the parent's engine stays fresh.
extension SpeechTests {
  @Suite struct EspeakSynthesizerTests {
    @Test func opensOncePerProcess() throws {
      let engine = try Engine.shared.get()
      #expect(engine.sampleRate == 22_050)
      #expect(engine.version.hasPrefix("1.51"))
      #expect(engine.dataPath.hasSuffix("espeak-ng-data"))
      #expect {
        _ = try EspeakSynthesizer.open()
      } throws: { error in
        (error as? SpeechError)?.kind == .alreadyOpen
      }
    }

    @Test func pcmMatchesTheProgram() throws {
      let results = try runJobs([
        [SynthesisCall(text: englishProse, voice: english)],
        [SynthesisCall(text: "Большое спасибо", voice: russian)],
      ])
      let englishSpeech = try #require(results[0].speeches.first)
      let russianSpeech = try #require(results[1].speeches.first)
      expectSameSamples(
        englishSpeech.samples, try referenceSamples(voice: "en", text: englishProse))
      expectSameSamples(
        russianSpeech.samples, try referenceSamples(voice: "ru", text: "Большое спасибо"))
      #expect(englishSpeech.samples.count > 22_050)
    }

    @Test func aVoiceSelectedInTheParentChangesNothingInChildren() throws {
      let engine = try Engine.shared.get()
      try engine.selectVoice(russian)
      let russianFirst = try runJobs([[SynthesisCall(text: "Большое спасибо", voice: russian)]])
      try engine.selectVoice(english)
      let englishFirst = try runJobs([[SynthesisCall(text: englishProse, voice: english)]])
      let russianSpeech = try #require(russianFirst[0].speeches.first)
      let englishSpeech = try #require(englishFirst[0].speeches.first)
      expectSameSamples(
        russianSpeech.samples, try referenceSamples(voice: "ru", text: "Большое спасибо"))
      expectSameSamples(
        englishSpeech.samples, try referenceSamples(voice: "en", text: englishProse))
    }

    @Test func withoutEndPauseTheAudioIsAShorterPrefix() throws {
      let results = try runJobs([
        [SynthesisCall(text: englishProse, voice: english)],
        [SynthesisCall(text: englishProse, voice: english, options: .init(endPause: false))],
      ])
      let full = try #require(results[0].speeches.first).samples
      let short = try #require(results[1].speeches.first).samples
      #expect(short.count < full.count - 22_050 / 10)
      #expect(Array(full.prefix(short.count)) == short)
    }

    @Test func eventsAreOrderedInsideTheAudioAndTheText() throws {
      let texts = [englishProse, "Большое спасибо. Bolshoye Spasibo!"]
      let lastWords = ["citizens", "Spasibo"]
      // One job, two calls: the second call's offsets start again from its own beginning.
      let results = try runJobs([texts.map { SynthesisCall(text: $0, voice: russian) }])
      let speeches = results[0].speeches
      #expect(speeches.count == 2)
      for ((text, speech), lastWordText) in zip(zip(texts, speeches), lastWords) {
        let words = speech.events.filter { $0.kind == .word }
        #expect(words.count == text.split(separator: " ").count)
        #expect(speech.events.contains { $0.kind == .sentence })
        #expect(speech.events.last?.kind == .end)
        #expect(speech.events.last?.sample == speech.samples.count)
        for (earlier, later) in zip(speech.events, speech.events.dropFirst()) {
          #expect(earlier.sample <= later.sample)
        }
        for event in speech.events {
          #expect((0...speech.samples.count).contains(event.sample))
          #expect((1...text.unicodeScalars.count).contains(event.textPosition))
        }
        // The first word starts at the first character: positions are 1-based.
        #expect(words.first?.textPosition == 1)
        // Positions count characters, not UTF-8 bytes (the Cyrillic text before the last word
        // is two bytes a letter): position and length pick out exactly the last word.
        let lastWord = try #require(words.last)
        let scalars = Array(text.unicodeScalars)
        let start = lastWord.textPosition - 1
        let picked = scalars[start..<min(start + lastWord.length, scalars.count)]
        #expect(String(String.UnicodeScalarView(picked)) == lastWordText)
      }
    }

    @Test func emptyTextGivesOnlyTheEndEvent() throws {
      let results = try runJobs([[SynthesisCall(text: "", voice: english)]])
      let speech = try #require(results[0].speeches.first)
      #expect(speech.events.map(\.kind) == [.end])
      #expect(speech.events.last?.sample == speech.samples.count)
    }

    @Test func languageTagFallsBackToProperties() throws {
      let britishText = "Good evening, colleagues."
      let results = try runJobs([
        [SynthesisCall(text: britishText, voice: VoiceSettings(identifier: "en-gb"))],
        [
          SynthesisCall(
            text: britishText, voice: VoiceSettings(identifier: "en-gb", variant: "f2"))
        ],
      ])
      let speech = try #require(results[0].speeches.first)
      let variant = try #require(results[1].speeches.first)
      expectSameSamples(speech.samples, try referenceSamples(voice: "en-gb", text: britishText))
      // The program drops a variant given with a language tag; the library keeps it.
      expectSameSamples(
        variant.samples, try referenceSamples(voice: "gmw/en+f2", text: britishText))
      #expect(variant.samples.count != speech.samples.count)
    }

    @Test func parametersAreReappliedAfterEveryVoiceChange() throws {
      let call = SynthesisCall(text: englishProse, voice: english)
      let results = try runJobs([
        [call],
        [SynthesisCall(text: "Большое спасибо", voice: russian), call],
        [SynthesisCall(text: englishProse, voice: VoiceSettings(identifier: "en", rate: 163))],
      ])
      let first = try #require(results[0].speeches.first).samples.count
      let afterRussian = try #require(results[1].speeches.last).samples.count
      let slower = try #require(results[2].speeches.first).samples.count
      // Carried-over wave state moves a later call by a few hundred samples at most; the ru
      // voice's `speed 95`, leaking, would slow English by ~7 % (as a rate of 163 does).
      #expect(abs(afterRussian - first) < first / 100)
      #expect(slower - first > first / 20)
    }

    @Test func unknownVoiceIsATypedErrorWithTheEngineMessage() throws {
      let engine = try Engine.shared.get()
      let voice = VoiceSettings(identifier: "xx-nowhere")
      #expect {
        _ = try engine.phonemes(for: "hello", voice: voice)
      } throws: { error in
        guard let error = error as? SpeechError else { return false }
        return error.kind == .unknownVoice("xx-nowhere") && error.exitStatus == .unavailable
          && error.description.contains("voice does not exist")
      }
      let withVariant = VoiceSettings(identifier: "xx-nowhere", variant: "f2")
      #expect {
        _ = try engine.phonemes(for: "hello", voice: withVariant)
      } throws: { error in
        (error as? SpeechError)?.kind == .unknownVoice("xx-nowhere")
      }
      let unknownVariant = VoiceSettings(identifier: "en", variant: "zzz")
      #expect {
        _ = try engine.phonemes(for: "hello", voice: unknownVariant)
      } throws: { error in
        (error as? SpeechError)?.kind == .unknownVoice("en+zzz")
      }
      let results = try runJobs([[SynthesisCall(text: "hello", voice: voice)]])
      guard case .failed(let error) = results[0].outcome else {
        Issue.record("expected a failed job, got \(results[0].outcome)")
        return
      }
      #expect(error.kind == .unknownVoice("xx-nowhere"))
      #expect(error.exitStatus == .unavailable)
    }

    @Test func phonemesShowLanguageSwitches() throws {
      let engine = try Engine.shared.get()
      let cyrillic = try engine.phonemes(for: "Большое спасибо", voice: russian)
      let latin = try engine.phonemes(for: "Bolshoye Spasibo", voice: russian)
      #expect(cyrillic.contains("spas;'ibV"))
      #expect(!cyrillic.contains("(en)"))
      #expect(latin.contains("(en)"))
      let clauses = try engine.phonemes(for: "One, two. Three!", voice: english)
      #expect(clauses.split(separator: " ").count >= 3)
    }

    @Test func listsInstalledVoices() throws {
      let voices = try Engine.shared.get().voices()
      #expect(voices.count > 50)
      #expect(
        voices.contains { $0.identifier == "gmw/en-GB-x-rp" || $0.languages.contains("en-gb") })
      let russianVoice = try #require(voices.first { $0.languages.first == "ru" })
      #expect(!russianVoice.name.isEmpty)
      let variants = try Engine.shared.get().variants()
      #expect(variants.contains("f2") && variants.contains("m3"))
      #expect(!variants.contains { $0.contains("/") })
    }

    /// The engine opens once per process, so its data-path check is tested on its own.
    @Test func acceptsTheDataFolderOrItsParentAndRefusesOthers() throws {
      let loaded = try Engine.shared.get().dataPath
      let parent = String(loaded.dropLast("/espeak-ng-data".count))
      #expect(EspeakSynthesizer.sameFolder(loaded, loaded))
      #expect(EspeakSynthesizer.sameFolder(loaded, loaded + "/"))
      #expect(EspeakSynthesizer.sameFolder(loaded, parent))
      #expect(!EspeakSynthesizer.sameFolder(loaded, "/nonexistent/espeak-ng-data"))
      #expect(!EspeakSynthesizer.sameFolder(loaded, "/tmp"))
    }
  }
}
