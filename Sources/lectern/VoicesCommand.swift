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
      its file and line), then says each profile's greeting with its voice: a profile works \
      when the engine gives audio and reads the greeting by its own language's rules.
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
        let problem = Self.probe(
          profile, saying: Self.greeting(for: profile, in: library), with: synthesizer)
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

  /// The text `profile` is checked with: its `greeting`, else that of another profile of its
  /// language (a narrator beside its speaker), else "Hello".
  static func greeting(for profile: VoiceProfile, in library: VoiceLibrary) -> String {
    profile.greeting
      ?? library.profiles.first { $0.language == profile.language && $0.greeting != nil }?
      .greeting ?? "Hello"
  }

  /// Synthesizes `word` with `profile`: `nil` when it works, else why not.
  ///
  /// A voice "works" when it gives audio and reads the word with its own language's rules: a
  /// switch marker in the phonemes (`(en)`) means the engine fell back to another language.
  static func probe(
    _ profile: VoiceProfile, saying word: String, with synthesizer: EspeakSynthesizer
  ) -> String? {
    let voice = profile.settings
    do {
      let speech = try synthesizer.synthesize(word, voice: voice, options: SynthesisOptions())
      guard !speech.samples.isEmpty else { return "no audio for \"\(word)\"" }
      let phonemes = try synthesizer.phonemes(for: word, voice: voice)
      if let marker = phonemes.firstRange(of: /\([a-z-]+\)/) {
        return "reads \"\(word)\" by another language's rules \(phonemes[marker]): \(phonemes)"
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
