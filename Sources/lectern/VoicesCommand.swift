import ArgumentParser
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

  @Option(name: .customLong("voices"), help: "The voices folder (profiles and lexicons).")
  var voicesDirectory = "voices"

  func run() throws {
    try reportingErrors {
      let library = try VoiceLibrary.load(
        directory: voicesDirectory, availableVoices: Self.engineVoices())
      let lexicons = try Lexicon.loadAll(directory: voicesDirectory)
      var failures = 0
      var rows = [["PROFILE", "LANG", "ROLE", "ESPEAK VOICE", "VARIANT", "RATE", "STATUS"]]
      for profile in library.profiles {
        let problem = Self.probe(profile)
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

  // MARK: - Engine hooks (to be connected to LecternSpeech's EspeakSynthesizer)

  /// The voices eSpeak NG has, to validate profiles against; `nil` skips the check.
  static func engineVoices() -> Set<String>? {
    // ENGINE HOOK: return Set(EspeakSynthesizer.voices().flatMap { [$0.identifier, $0.name] }).
    nil
  }

  /// Synthesizes a test word with `profile`: `nil` when it works, else why not.
  static func probe(_ profile: VoiceProfile) -> String? {
    // ENGINE HOOK: synthesize a short word of profile.language with
    // VoiceParameters(identifier: profile.voice, variant: profile.variant, rate: profile.rate,
    // pitch: profile.pitch, range: profile.range, volume: profile.volume,
    // wordGap: profile.wordGap); return nil when samples are non-empty, else the error.
    "not probed (speech engine not connected)"
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
