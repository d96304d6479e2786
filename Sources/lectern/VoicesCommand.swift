import ArgumentParser
import LecternRender
import LecternSpeech
import LecternSupport
import LecternText

/// `lectern voices`: list the voice profiles and whether each works.
struct VoicesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "voices",
    abstract: "List the voice profiles and whether each works.",
    discussion: """
      Loads every profile, languages.conf and lexicon of the voices folder (any error names \
      its file and line), then synthesizes a test word with each profile.
      """
  )

  @OptionGroup var voices: VoicesOption

  func run() throws {
    try reportingErrors {
      let synthesizer = try EspeakSynthesizer.open()
      let library = try VoiceLibrary.load(
        directory: voices.directory, availableVoices: Session.voiceNames(synthesizer),
        availableVariants: Set(synthesizer.variants()))
      let lexicons = try Lexicon.loadAll(directory: voices.directory)
      var failures = 0
      var rows = [["PROFILE", "LANG", "ROLE", "ESPEAK VOICE", "VARIANT", "RATE", "STATUS"]]
      for profile in library.profiles {
        let problem = Self.probe(profile, with: synthesizer)
        if problem != nil { failures += 1 }
        rows.append([
          profile.name, profile.language, profile.role?.rawValue ?? "-", profile.voice,
          profile.variant ?? "-", String(profile.rate), problem.map { "FAILS: \($0)" } ?? "works",
        ])
      }
      for line in Self.table(rows) { print(line) }
      print("")
      let scripts = Script.allCases.compactMap { script -> String? in
        guard let language = library.language(of: script) else { return nil }
        let voice = library.profile(forLanguage: language)?.name ?? "NO PROFILE"
        return "\(script.rawValue) → \(language) (\(voice))"
      }
      print("scripts: " + scripts.joined(separator: ", "))
      let phrases = lexicons.filter { $0.kind == .phrases }
      print(
        "lexicons: \(phrases.count) phrase, \(lexicons.count - phrases.count) pronunciation,"
          + " \(lexicons.reduce(0) { $0 + $1.entries.count }) entries")
      if failures > 0 { throw ExitCode(ExitStatus.unavailable.rawValue) }
    }
  }

  /// A short greeting per language, in the script its voice reads.
  static let testWords: [String: String] = [
    "en": "Hello", "ru": "Привет", "es": "Hola", "fr": "Bonjour", "ar": "مرحبا",
    "de": "Hallo", "it": "Ciao", "pt": "Olá", "tr": "Merhaba", "ja": "こんにちは",
    "ko": "안녕하세요", "hi": "नमस्ते", "id": "Halo", "sw": "Jambo", "zh": "ni3 hao3",
    "yue": "你好", "el": "Γειά σου", "he": "שלום", "th": "สวัสดี", "mi": "Kia ora",
    "ms": "Selamat pagi", "am": "ሰላም",
  ]

  /// Synthesizes a test word with `profile`: `nil` when it works, else why not.
  ///
  /// A voice "works" when it gives audio and reads the word with its own language's rules:
  /// an `(en)` switch in the phonemes means the engine fell back to English.
  static func probe(_ profile: VoiceProfile, with synthesizer: EspeakSynthesizer) -> String? {
    let voice = profile.settings
    let word = testWords[profile.language] ?? "Hello"
    do {
      let speech = try synthesizer.synthesize(word, voice: voice, options: SynthesisOptions())
      guard !speech.samples.isEmpty else { return "no audio for \"\(word)\"" }
      let phonemes = try synthesizer.phonemes(for: word, voice: voice)
      if profile.language != "en", phonemes.contains("(en)") {
        return "reads \"\(word)\" with English rules: \(phonemes)"
      }
      return nil
    } catch {
      return error.description
    }
  }

  /// Left-aligned columns, two spaces apart.
  private static func table(_ rows: [[String]]) -> [String] {
    let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
    return rows.map { row in
      row.enumerated().map { column, cell in
        column == row.count - 1
          ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
      }.joined(separator: "  ")
    }
  }
}
