import Foundation
import LecternSystem

/// The voice profiles of a voices folder and the default language of each script.
///
/// Loaded once from `voices/` (`*.profile` and `languages.conf`); answers which profile speaks
/// a language in a role, and which language a script's text is in.
public struct VoiceLibrary: Sendable, Hashable {
  /// The profiles, sorted by name.
  public private(set) var profiles: [VoiceProfile]
  /// The language of text in each script (`cyrillic` → `ru`, `han` → `zh`).
  public private(set) var scriptLanguages: [Script: String]
  /// Where a profile's `voice` key is written, for errors found after loading.
  private struct Origin: Sendable, Hashable {
    var file: String
    var line: Int?
  }

  /// Profile name → where its `voice` key is.
  private var voiceOrigins: [String: Origin] = [:]
  /// Profile name → where its `variant` key is.
  private var variantOrigins: [String: Origin] = [:]
  /// The profiles of each language (primary tag), in name order: a hundred profiles are
  /// looked up for every span.
  private var byLanguage: [String: [VoiceProfile]] = [:]
  /// The scripts each language's profiles state (`script`), in order.
  private var statedScripts: [String: [Script]] = [:]
  /// The scripts ``scriptLanguages`` gives each language, in ``Script/allCases`` order: asked
  /// for every utterance, and filtering the cases each time showed in planning time.
  private var mappedScripts: [String: [Script]] = [:]

  /// The script languages used when `languages.conf` does not set them.
  public static let defaultScriptLanguages: [Script: String] = [
    .latin: "en", .cyrillic: "ru", .greek: "el", .armenian: "hy", .georgian: "ka",
    .hebrew: "he", .arabic: "ar", .devanagari: "hi", .bengali: "bn", .tamil: "ta",
    .gurmukhi: "pa", .gujarati: "gu", .oriya: "or", .telugu: "te", .kannada: "kn",
    .malayalam: "ml", .sinhala: "si", .myanmar: "my", .thai: "th", .ethiopic: "am",
    .hangul: "ko", .kana: "ja", .han: "zh",
  ]

  /// Creates a library from profiles (tests, generated setups).
  public init(profiles: [VoiceProfile], scriptLanguages: [Script: String] = defaultScriptLanguages)
  {
    self.profiles = profiles.sorted { $0.name < $1.name }
    self.scriptLanguages = scriptLanguages
    index()
  }

  /// Fills ``mappedScripts`` from ``scriptLanguages``.
  private mutating func indexScripts() {
    mappedScripts = [:]
    for script in Script.allCases {
      if let language = scriptLanguages[script] {
        mappedScripts[language, default: []].append(script)
      }
    }
  }

  /// Fills ``byLanguage`` and ``statedScripts`` from ``profiles``.
  private mutating func index() {
    byLanguage = Dictionary(grouping: profiles, by: \.language)
    indexScripts()
    statedScripts = [:]
    for profile in profiles {
      for script in profile.scripts where statedScripts[profile.language]?.contains(script) != true
      {
        statedScripts[profile.language, default: []].append(script)
      }
    }
  }

  /// Loads every `*.profile` in `directory` and its optional `languages.conf`.
  ///
  /// - Parameters:
  ///   - availableVoices: eSpeak NG voice identifiers and names that exist (from the engine's
  ///     voice list); a profile naming another voice is an error. `nil` skips the check.
  ///   - availableVariants: the engine's variants (`m3`, `f2`, `klatt` …); a profile naming
  ///     another is an error (the engine would ignore it silently). `nil` skips the check.
  /// - Throws: ``ConfigurationError`` naming the file and line of the first problem.
  public static func load(
    directory: String, availableVoices: Set<String>? = nil,
    availableVariants: Set<String>? = nil
  )
    throws(ConfigurationError) -> VoiceLibrary
  {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    } catch {
      throw ConfigurationError(
        file: directory, "cannot read the voices folder (\(SystemError.reason(of: error)))")
    }
    var library = VoiceLibrary(profiles: [])
    for name in names where name.hasSuffix(".profile") {
      let path = directory + "/" + name
      let reader = try VoiceProfileReader(
        text: try ConfigurationFile.text(path), file: path, allowedKeys: VoiceProfile.keys)
      let profile = try VoiceProfile(reader: reader, file: path)
      library.voiceOrigins[profile.name] = Origin(file: path, line: reader.entry("voice")?.line)
      library.variantOrigins[profile.name] = Origin(
        file: path, line: reader.entry("variant")?.line)
      library.profiles.append(profile)
    }
    if library.profiles.isEmpty {
      throw ConfigurationError(
        file: directory, "no voice profiles (*.profile) in the voices folder")
    }
    if names.contains("languages.conf") {
      try library.readScriptLanguages(directory + "/languages.conf")
    }
    library.index()
    if let availableVoices { try library.validate(against: availableVoices) }
    if let availableVariants { try library.validate(variants: availableVariants) }
    return library
  }

  /// Checks that every profile's voice is one of `available` (identifiers such as `gmw/en`,
  /// names, or languages; a path's last component also matches).
  public func validate(against available: Set<String>) throws(ConfigurationError) {
    let known = Set(available.map { $0.lowercased() })
    let lastComponents = Set(known.compactMap { $0.split(separator: "/").last.map(String.init) })
    for profile in profiles {
      let voice = profile.voice.lowercased()
      if known.contains(voice) || lastComponents.contains(voice) { continue }
      let origin = voiceOrigins[profile.name]
      throw ConfigurationError(
        file: origin?.file ?? profile.name + ".profile", line: origin?.line,
        "eSpeak NG has no voice \"\(profile.voice)\" (see `espeak-ng --voices` for the File column)"
      )
    }
  }

  /// Checks that every profile's variant is one of `available`.
  public func validate(variants available: Set<String>) throws(ConfigurationError) {
    for profile in profiles {
      guard let variant = profile.variant, !available.contains(variant) else { continue }
      let origin = variantOrigins[profile.name]
      throw ConfigurationError(
        file: origin?.file ?? profile.name + ".profile", line: origin?.line,
        "eSpeak NG has no variant \"\(variant)\" (known: \(available.sorted().joined(separator: ", ")))"
      )
    }
  }

  /// The profile that speaks `language` in `role`.
  ///
  /// Prefers a profile with that role, then one without a role, then the speaker's, then any
  /// profile of the language (by name). Languages compare by primary subtag.
  public func profile(forLanguage language: String, role: VoiceRole? = nil) -> VoiceProfile? {
    let candidates = byLanguage[Self.primaryTag(language)] ?? []
    if let role, let match = candidates.first(where: { $0.role == role }) { return match }
    return candidates.first { $0.role == nil } ?? candidates.first { $0.role == .speaker }
      ?? candidates.first
  }

  /// The profile with the given name.
  public func profile(named name: String) -> VoiceProfile? {
    profiles.first { $0.name == name }
  }

  /// The language of text written in `script`, if any.
  public func language(of script: Script) -> String? {
    scriptLanguages[script]
  }

  /// The scripts a language is written in: those its profiles state (`script`), else the
  /// scripts `languages.conf` gives it, else Latin. In a document or sentence of the
  /// language, letters of these scripts are its own.
  public func scripts(ofLanguage language: String) -> [Script] {
    let primary = Self.primaryTag(language)
    if let stated = statedScripts[primary] { return stated }
    return mappedScripts[primary] ?? [.latin]
  }

  /// The first of the scripts a language is written in (``scripts(ofLanguage:)``).
  public func script(ofLanguage language: String) -> Script {
    scripts(ofLanguage: language).first ?? .latin
  }

  /// `zh-Hant-TW` → `zh`.
  static func primaryTag(_ tag: String) -> String {
    // Most tags are a primary tag already ("en"): returned without splitting and lowering.
    if tag.utf8.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) { return tag }
    return String(tag.split(separator: "-").first ?? Substring(tag)).lowercased()
  }

  /// Reads `script = language` lines over the defaults.
  private mutating func readScriptLanguages(_ path: String) throws(ConfigurationError) {
    let keys = Script.allCases.filter { $0 != .common }.map(\.rawValue)
    let reader = try VoiceProfileReader(
      text: try ConfigurationFile.text(path), file: path, allowedKeys: keys)
    for entry in reader.entries {
      guard let script = Script(rawValue: entry.key) else { continue }
      guard VoiceProfile.isLanguageTag(entry.value) else {
        throw ConfigurationError(
          file: path, line: entry.line,
          "\"\(entry.key)\" must name a language such as ru, found \"\(entry.value)\"")
      }
      scriptLanguages[script] = entry.value
    }
    indexScripts()
  }
}
