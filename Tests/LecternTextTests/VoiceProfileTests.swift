import Foundation
import LecternSupport
import LecternText
import Testing

@Suite("Voice profiles")
struct VoiceProfileTests {
  private let valid = """
    # Russian
    language = ru
    voice = zle/ru     # eSpeak NG voice
    variant =
    rate = 160
    pitch = 45
    word-gap = 1
    pause-utterance = 300
    pause-paragraph = 800
    pause-part = 1200
    """

  private func error(_ text: String, file: String = "voices/ru.profile") -> ConfigurationError? {
    do {
      _ = try VoiceProfile(parsing: text, file: file)
      return nil
    } catch {
      return error
    }
  }

  @Test func parsesEveryKey() throws {
    let profile = try VoiceProfile(parsing: valid, file: "voices/ru.profile")
    #expect(profile.name == "ru")
    #expect(profile.language == "ru")
    #expect(profile.voice == "zle/ru")
    #expect(profile.variant == nil)
    #expect(profile.role == nil)
    #expect(profile.rate == 160)
    #expect(profile.pitch == 45)
    #expect(profile.range == 50)
    #expect(profile.volume == 100)
    #expect(profile.wordGap == 1)
    #expect(profile.pauses == VoiceProfile.Pauses(utterance: 300, paragraph: 800, part: 1200))
  }

  @Test func greetingAndScriptsAreRead() throws {
    let text = valid + "\nscript = cyrillic latin\ngreeting = Хвала вам, драги пријатељи"
    let profile = try VoiceProfile(parsing: text, file: "voices/sr.profile")
    #expect(profile.greeting == "Хвала вам, драги пријатељи")
    #expect(profile.scripts == [.cyrillic, .latin])
    let plain = try VoiceProfile(parsing: valid, file: "voices/ru.profile")
    #expect(plain.greeting == nil)
    #expect(plain.scripts.isEmpty)
  }

  @Test func unknownScriptNamesFileAndLine() {
    let failure = error(valid + "\nscript = cyrillic klingon")
    #expect(
      failure?.description
        == "voices/ru.profile:11: \"script\" must name scripts such as cyrillic or latin,"
        + " found \"klingon\"")
  }

  @Test func aStatedScriptIsTheLanguagesOwn() throws {
    let serbian = try VoiceProfile(
      parsing: valid.replacingOccurrences(of: "language = ru", with: "language = sr")
        + "\nscript = cyrillic latin", file: "voices/sr.profile")
    let russian = try VoiceProfile(parsing: valid, file: "voices/ru.profile")
    let library = VoiceLibrary(profiles: [serbian, russian])
    #expect(library.scripts(ofLanguage: "sr") == [.cyrillic, .latin])
    #expect(library.scripts(ofLanguage: "ru") == [.cyrillic])
    #expect(library.scripts(ofLanguage: "fr") == [.latin])
    #expect(library.language(of: .cyrillic) == "ru")
  }

  @Test func standInIsYesOrNo() {
    let failure = error(valid.replacingOccurrences(of: "rate = 160", with: "stand-in = maybe"))
    #expect(
      failure?.description == "voices/ru.profile:5: \"stand-in\" must be yes or no, found \"maybe\""
    )
  }

  @Test func unknownKeyNamesFileLineAndTheKeys() {
    let failure = error(valid.replacingOccurrences(of: "rate = 160", with: "sped = 160"))
    #expect(
      failure?.description
        == "voices/ru.profile:5: unknown key \"sped\" (expected one of language, voice, variant,"
        + " role, rate, pitch, range, volume, word-gap, pause-utterance, pause-paragraph,"
        + " pause-part, greeting, script, stand-in)")
    #expect(failure?.exitStatus == .configuration)
  }

  @Test(
    arguments: [
      ("rate = fast", 5, "\"rate\" must be a whole number from 80 to 450, found \"fast\""),
      ("rate = 9000", 5, "\"rate\" must be a whole number from 80 to 450, found \"9000\""),
      ("rate 160", 5, "expected \"key = value\", found \"rate 160\""),
      ("= 160", 5, "missing key before \"=\""),
      ("pitch = 45", 6, "duplicate key \"pitch\" (first set on line 5)"),
      ("role = host", 5, "\"role\" must be narrator or speaker, found \"host\""),
    ])
  func malformedLinesNameFileAndLine(line: String, number: Int, message: String) {
    let failure = error(valid.replacingOccurrences(of: "rate = 160", with: line))
    #expect(failure?.description == "voices/ru.profile:\(number): \(message)")
  }

  @Test func missingRequiredKeyNamesTheFile() {
    let failure = error("language = ru\n")
    #expect(failure?.description == "voices/ru.profile: missing required key \"voice\"")
  }

  @Test func repositoryProfilesNameVoicesEspeakHas() throws {
    let voices = LanguageTestSupport.espeakVoices
    #expect(voices.contains("zle/ru"))
    let library = try VoiceLibrary.load(
      directory: LanguageTestSupport.voices, availableVoices: voices)
    #expect(library.profiles.count >= 17)
    #expect(library.profile(forLanguage: "en", role: .narrator)?.name == "narrator")
    #expect(library.profile(forLanguage: "en", role: .speaker)?.name == "speaker")
    #expect(library.profile(forLanguage: "en")?.name == "speaker")
    #expect(library.profile(forLanguage: "ru", role: .speaker)?.name == "ru")
    #expect(library.profile(forLanguage: "ru", role: .narrator)?.name == "ru-narrator")
    #expect(library.profile(forLanguage: "zh-Hans")?.voice == "sit/cmn-Latn-pinyin")
    #expect(library.language(of: .han) == "zh")
    #expect(library.profile(forLanguage: "zh")?.voice == "sit/cmn-Latn-pinyin")
    #expect(library.profile(forLanguage: "yue") != nil)
    #expect(library.language(of: .cyrillic) == "ru")
    #expect(library.script(ofLanguage: "ru") == .cyrillic)
    #expect(library.script(ofLanguage: "fr") == .latin)
  }

  @Test func aVoiceEspeakLacksIsAnErrorAtItsLine() {
    let directory = LanguageTestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    LanguageTestSupport.write(
      valid.replacingOccurrences(of: "zle/ru", with: "zle/rux"), directory, "ru.profile")
    #expect(throws: ConfigurationError.self) {
      _ = try VoiceLibrary.load(
        directory: directory, availableVoices: LanguageTestSupport.espeakVoices)
    }
    do {
      _ = try VoiceLibrary.load(
        directory: directory, availableVoices: LanguageTestSupport.espeakVoices)
    } catch {
      #expect(
        error.description
          == "\(directory)/ru.profile:3: eSpeak NG has no voice \"zle/rux\""
          + " (see `espeak-ng --voices` for the File column)")
    }
  }

  @Test func languagesFileIsCheckedToo() {
    let directory = LanguageTestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    LanguageTestSupport.write(valid, directory, "ru.profile")
    LanguageTestSupport.write(
      "# scripts\ncyrillic = ru\nklingon = tlh\n", directory, "languages.conf")
    do {
      _ = try VoiceLibrary.load(directory: directory)
      Issue.record("loaded a languages.conf with an unknown script")
    } catch {
      #expect(error.description.hasPrefix("\(directory)/languages.conf:3: unknown key \"klingon\""))
    }
  }

  @Test func emptyFolderHasNoProfiles() {
    let directory = LanguageTestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    do {
      _ = try VoiceLibrary.load(directory: directory)
      Issue.record("loaded an empty folder")
    } catch {
      #expect(
        error.description == "\(directory): no voice profiles (*.profile) in the voices folder")
    }
  }
}
