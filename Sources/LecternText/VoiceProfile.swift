import LecternSupport

/// One voice: which eSpeak NG voice speaks a language, and how (its ``VoiceSettings``, its
/// pauses).
///
/// Loaded from a human-edited `voices/<name>.profile`; the file stem is the profile's name,
/// which plans refer to in ``Span/voice``. See `voices/README.md` for the format.
public struct VoiceProfile: Sendable, Hashable {
  /// Pauses after spoken units, in milliseconds.
  public struct Pauses: Sendable, Hashable, Codable {
    /// After each utterance.
    public var utterance: Int
    /// After each paragraph.
    public var paragraph: Int
    /// After each part (intro, opening, a paragraph's file).
    public var part: Int

    /// Creates pauses.
    public init(utterance: Int = 350, paragraph: Int = 900, part: Int = 1500) {
      self.utterance = utterance
      self.paragraph = paragraph
      self.part = part
    }
  }

  /// The profile's name: its file stem (`ru`, `speaker`).
  public var name: String
  /// The language it speaks, a BCP 47 primary tag (`ru`, `en`, `zh`).
  public var language: String
  /// The role it plays for its language's documents, or `nil` for any.
  public var role: VoiceRole?
  /// The engine voice and its parameters, as the speech layer applies them.
  public var settings: VoiceSettings
  /// Pauses after utterances, paragraphs and parts.
  public var pauses: Pauses
  /// A short greeting in the script the voice reads ("Дякую" for `zle/uk`): `lectern voices`
  /// says it to check that the voice works and reads its own language, or `nil`.
  public var greeting: String?
  /// The scripts text of its language is written in (`cyrillic` for Ukrainian, `cyrillic`
  /// and `latin` for Serbian), when `languages.conf` does not say it; empty when unstated.
  public var scripts: [Script]
  /// Whether the voice is another language's, standing in for one eSpeak NG has no voice for
  /// (`stand-in = yes`): `check` says so wherever it speaks.
  public var standIn = false

  /// The eSpeak NG voice identifier (`zle/ru`, `gmw/en`, `sit/cmn-Latn-pinyin`).
  public var voice: String {
    get { settings.identifier }
    set { settings.identifier = newValue }
  }
  /// An eSpeak NG variant (`m3`, `f2`), or `nil` for the voice's own.
  public var variant: String? {
    get { settings.variant }
    set { settings.variant = newValue }
  }
  /// Words per minute (``VoiceSettings/Limits/rate``).
  public var rate: Int {
    get { settings.rate }
    set { settings.rate = newValue }
  }
  /// Base pitch.
  public var pitch: Int {
    get { settings.pitch }
    set { settings.pitch = newValue }
  }
  /// Pitch range.
  public var range: Int {
    get { settings.range }
    set { settings.range = newValue }
  }
  /// Volume.
  public var volume: Int {
    get { settings.volume }
    set { settings.volume = newValue }
  }
  /// Extra pause between words, in units of 10 ms.
  public var wordGap: Int {
    get { settings.wordGap }
    set { settings.wordGap = newValue }
  }

  /// Creates a profile; the defaults are eSpeak NG's (``VoiceSettings/Default``).
  public init(
    name: String, language: String, role: VoiceRole? = nil, voice: String,
    variant: String? = nil, rate: Int = VoiceSettings.Default.rate,
    pitch: Int = VoiceSettings.Default.pitch, range: Int = VoiceSettings.Default.range,
    volume: Int = VoiceSettings.Default.volume, wordGap: Int = VoiceSettings.Default.wordGap,
    pauses: Pauses = Pauses(), greeting: String? = nil, scripts: [Script] = []
  ) {
    self.name = name
    self.language = language
    self.role = role
    self.settings = VoiceSettings(
      identifier: voice, variant: variant, rate: rate, pitch: pitch, range: range,
      volume: volume, wordGap: wordGap)
    self.pauses = pauses
    self.greeting = greeting
    self.scripts = scripts
  }

  /// The keys a profile file may set.
  public static let keys = [
    "language", "voice", "variant", "role", "rate", "pitch", "range", "volume", "word-gap",
    "pause-utterance", "pause-paragraph", "pause-part", "greeting", "script", "stand-in",
  ]

  /// Parses a profile file's text; `file` (its path) names it in errors and gives its name.
  public init(parsing text: String, file: String) throws(ConfigurationError) {
    try self.init(
      reader: try VoiceProfileReader(text: text, file: file, allowedKeys: Self.keys), file: file)
  }

  /// The profile a parsed file sets (its keys checked against ``keys``).
  init(reader: VoiceProfileReader, file: String) throws(ConfigurationError) {
    let stem = file.split(separator: "/").last.map(String.init) ?? file
    name = stem.hasSuffix(".profile") ? String(stem.dropLast(".profile".count)) : stem
    language = try reader.required("language").lowercased()
    if !Self.isLanguageTag(language), let entry = reader.entry("language") {
      throw ConfigurationError(
        file: file, line: entry.line,
        "\"language\" must be a BCP 47 primary tag such as ru or en, found \"\(entry.value)\"")
    }
    let variantValue = reader.entry("variant")?.value ?? ""
    settings = VoiceSettings(
      identifier: try reader.required("voice"), variant: variantValue.isEmpty ? nil : variantValue)
    if let entry = reader.entry("role") {
      guard let parsed = VoiceRole(rawValue: entry.value) else {
        throw ConfigurationError(
          file: file, line: entry.line,
          "\"role\" must be narrator or speaker, found \"\(entry.value)\"")
      }
      role = parsed
    } else {
      role = nil
    }
    typealias Limits = VoiceSettings.Limits
    typealias Default = VoiceSettings.Default
    settings.rate = try reader.integer("rate", in: Limits.rate, default: Default.rate)
    settings.pitch = try reader.integer("pitch", in: Limits.pitch, default: Default.pitch)
    settings.range = try reader.integer("range", in: Limits.range, default: Default.range)
    settings.volume = try reader.integer("volume", in: Limits.volume, default: Default.volume)
    settings.wordGap = try reader.integer("word-gap", in: Limits.wordGap, default: Default.wordGap)
    pauses = Pauses(
      utterance: try reader.integer("pause-utterance", in: 0...10_000, default: 350),
      paragraph: try reader.integer("pause-paragraph", in: 0...10_000, default: 900),
      part: try reader.integer("pause-part", in: 0...10_000, default: 1500))
    let greetingValue = reader.entry("greeting")?.value ?? ""
    greeting = greetingValue.isEmpty ? nil : greetingValue
    scripts = try Self.scripts(reader.entry("script"), file: file)
    if let entry = reader.entry("stand-in") {
      guard ["yes", "no"].contains(entry.value) else {
        throw ConfigurationError(
          file: file, line: entry.line, "\"stand-in\" must be yes or no, found \"\(entry.value)\"")
      }
      standIn = entry.value == "yes"
    }
  }

  /// The scripts a `script` line names (`cyrillic latin`), in order.
  private static func scripts(
    _ entry: VoiceProfileReader.Entry?, file: String
  ) throws(ConfigurationError) -> [Script] {
    guard let entry else { return [] }
    var scripts: [Script] = []
    for name in entry.value.split(whereSeparator: { $0 == " " || $0 == "," }) {
      guard let script = Script(rawValue: String(name)), script != .common, script != .other
      else {
        throw ConfigurationError(
          file: file, line: entry.line,
          "\"script\" must name scripts such as cyrillic or latin, found \"\(name)\"")
      }
      if !scripts.contains(script) { scripts.append(script) }
    }
    return scripts
  }

  /// Whether `tag` is a two- or three-letter lowercase language subtag.
  static func isLanguageTag(_ tag: String) -> Bool {
    (2...3).contains(tag.count) && tag.allSatisfy { $0.isASCII && $0.isLowercase }
  }
}
