/// How one voice speaks: the eSpeak NG voice and its parameters, with the engine's defaults
/// written once, here.
///
/// The text layer reads it from a profile (`voices/NAME.profile`) and the speech layer
/// applies it to the engine; it lives in this module so that both see it and the text layer
/// imports no C. Every field is applied on every voice change: eSpeak NG voice files carry
/// settings (the ru voice sets `speed 95`) that would otherwise leak into the next voice.
public struct VoiceSettings: Sendable, Hashable, Codable {
  /// An eSpeak NG voice name (`en`, `gmw/en-GB-x-rp`) or a language tag (`en-gb`, `ru`).
  public var identifier: String
  /// An eSpeak NG variant (`m3`, `f2`), or `nil` for the voice's own.
  public var variant: String?
  /// Speaking rate in words per minute.
  public var rate: Int
  /// Base pitch.
  public var pitch: Int
  /// Pitch range.
  public var range: Int
  /// Volume.
  public var volume: Int
  /// Extra pause between words, in units of 10 ms at the default rate.
  public var wordGap: Int

  /// eSpeak NG's defaults.
  public enum Default {
    /// Words per minute.
    public static let rate = 175
    /// Base pitch.
    public static let pitch = 50
    /// Pitch range.
    public static let range = 50
    /// Volume.
    public static let volume = 100
    /// Extra pause between words.
    public static let wordGap = 0
  }

  /// The ranges a profile may set (what the engine accepts and people use).
  public enum Limits {
    /// Words per minute.
    public static let rate = 80...450
    /// Base pitch.
    public static let pitch = 0...100
    /// Pitch range.
    public static let range = 0...100
    /// Volume.
    public static let volume = 0...200
    /// Extra pause between words.
    public static let wordGap = 0...100
  }

  /// Creates settings; the defaults are eSpeak NG's.
  public init(
    identifier: String, variant: String? = nil, rate: Int = Default.rate,
    pitch: Int = Default.pitch, range: Int = Default.range, volume: Int = Default.volume,
    wordGap: Int = Default.wordGap
  ) {
    self.identifier = identifier
    self.variant = variant
    self.rate = rate
    self.pitch = pitch
    self.range = range
    self.volume = volume
    self.wordGap = wordGap
  }

  /// The engine's name of the voice and variant, `gmw/en+m3`.
  public var engineName: String {
    variant.map { "\(identifier)+\($0)" } ?? identifier
  }
}
