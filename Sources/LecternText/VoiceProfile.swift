/// One voice: which eSpeak NG voice speaks a language, and how (rate, pitch, pauses).
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
  /// The eSpeak NG voice identifier (`zle/ru`, `gmw/en`, `sit/cmn-Latn-pinyin`).
  public var voice: String
  /// An eSpeak NG variant (`m3`, `f2`), or `nil` for the voice's own.
  public var variant: String?
  /// Words per minute, 80…450.
  public var rate: Int
  /// Base pitch, 0…100.
  public var pitch: Int
  /// Pitch range, 0…100.
  public var range: Int
  /// Volume, 0…200.
  public var volume: Int
  /// Extra pause between words, in units of 10 ms, 0…100.
  public var wordGap: Int
  /// Pauses after utterances, paragraphs and parts.
  public var pauses: Pauses

  /// Creates a profile; the defaults are eSpeak NG's.
  public init(
    name: String, language: String, role: VoiceRole? = nil, voice: String,
    variant: String? = nil, rate: Int = 175, pitch: Int = 50, range: Int = 50,
    volume: Int = 100, wordGap: Int = 0, pauses: Pauses = Pauses()
  ) {
    self.name = name
    self.language = language
    self.role = role
    self.voice = voice
    self.variant = variant
    self.rate = rate
    self.pitch = pitch
    self.range = range
    self.volume = volume
    self.wordGap = wordGap
    self.pauses = pauses
  }

  /// The keys a profile file may set.
  public static let keys = [
    "language", "voice", "variant", "role", "rate", "pitch", "range", "volume", "word-gap",
    "pause-utterance", "pause-paragraph", "pause-part",
  ]

  /// Parses a profile file's text; `file` (its path) names it in errors and gives its name.
  public init(parsing text: String, file: String) throws(ConfigurationError) {
    let reader = try VoiceProfileReader(text: text, file: file, allowedKeys: Self.keys)
    let stem = file.split(separator: "/").last.map(String.init) ?? file
    name = stem.hasSuffix(".profile") ? String(stem.dropLast(".profile".count)) : stem
    language = try reader.required("language").lowercased()
    if !Self.isLanguageTag(language), let entry = reader.entry("language") {
      throw ConfigurationError(
        file: file, line: entry.line,
        "\"language\" must be a BCP 47 primary tag such as ru or en, found \"\(entry.value)\"")
    }
    voice = try reader.required("voice")
    let variantValue = reader.entry("variant")?.value ?? ""
    variant = variantValue.isEmpty ? nil : variantValue
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
    rate = try reader.integer("rate", in: 80...450, default: 175)
    pitch = try reader.integer("pitch", in: 0...100, default: 50)
    range = try reader.integer("range", in: 0...100, default: 50)
    volume = try reader.integer("volume", in: 0...200, default: 100)
    wordGap = try reader.integer("word-gap", in: 0...100, default: 0)
    pauses = Pauses(
      utterance: try reader.integer("pause-utterance", in: 0...10_000, default: 350),
      paragraph: try reader.integer("pause-paragraph", in: 0...10_000, default: 900),
      part: try reader.integer("pause-part", in: 0...10_000, default: 1500))
  }

  /// Whether `tag` is a two- or three-letter lowercase language subtag.
  static func isLanguageTag(_ tag: String) -> Bool {
    (2...3).contains(tag.count) && tag.allSatisfy { $0.isASCII && $0.isLowercase }
  }
}
