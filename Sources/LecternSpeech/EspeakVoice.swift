import CEspeakNG
import LecternSupport

/// An installed eSpeak NG voice, as listed by the engine.
public struct EspeakVoice: Sendable, Hashable {
  /// The voice's display name, such as `English (Great Britain)`.
  public var name: String
  /// The voice file within `espeak-ng-data/voices`, such as `gmw/en`.
  public var identifier: String
  /// The languages the voice speaks, most preferred first, such as `["en-gb", "en"]`.
  public var languages: [String]

  /// Creates a voice description.
  public init(name: String, identifier: String, languages: [String]) {
    self.name = name
    self.identifier = identifier
    self.languages = languages
  }

  /// Reads the engine's voice record: `languages` is a list of (priority byte, C string)
  /// pairs ended by an empty string.
  init(_ voice: espeak_VOICE) {
    var languages: [(priority: UInt8, tag: String)] = []
    if var cursor = voice.languages {
      while cursor.pointee != 0 {
        let priority = UInt8(bitPattern: cursor.pointee)
        let tag = String(cString: cursor + 1)
        languages.append((priority, tag))
        cursor += 1 + tag.utf8.count + 1
      }
    }
    self.init(
      name: voice.name.map { String(cString: $0) } ?? "",
      identifier: voice.identifier.map { String(cString: $0) } ?? "",
      languages: languages.sorted { $0.priority < $1.priority }.map(\.tag))
  }
}

extension EspeakSynthesizer {
  /// The installed voices (not the variants).
  ///
  /// The corresponding C function is `espeak_ListVoices`.
  public func voices() -> [EspeakVoice] {
    guard var entry = espeak_ListVoices(nil) else { return [] }
    var voices: [EspeakVoice] = []
    while let voice = entry.pointee {
      voices.append(EspeakVoice(voice.pointee))
      entry += 1
    }
    return voices
  }

  /// The installed variants (`f2`, `m3`, `klatt` …), to be given as
  /// ``VoiceSettings/variant``.
  ///
  /// The corresponding C function is `espeak_ListVoices` with the language `variant`.
  public func variants() -> [String] {
    "variant".withCString { languages -> [String] in
      var selector = espeak_VOICE()
      selector.languages = languages
      guard var entry = espeak_ListVoices(&selector) else { return [] }
      var names: [String] = []
      while let voice = entry.pointee {
        let identifier = EspeakVoice(voice.pointee).identifier
        if identifier.hasPrefix("!v/") { names.append(String(identifier.dropFirst(3))) }
        entry += 1
      }
      return names
    }
  }

  /// The phoneme mnemonics `voice` reads `text` with (what `espeak-ng -x` prints), clauses
  /// separated by a space.
  ///
  /// A language switch shows as a marker such as `(en)`: inside a non-English span it means
  /// the voice could not read the text itself (Mandarin's Han characters in Debian's build).
  /// This changes the selected voice but synthesizes nothing.
  ///
  /// The corresponding C function is `espeak_TextToPhonemes`, called once per clause.
  ///
  /// - Throws: ``SpeechError`` when the voice is unknown.
  public func phonemes(for text: String, voice: VoiceSettings) throws(SpeechError) -> String {
    try selectVoice(voice)
    var clauses: [String] = []
    text.withCString { start in
      var cursor: UnsafeRawPointer? = UnsafeRawPointer(start)
      while let position = cursor {
        guard let clause = espeak_TextToPhonemes(&cursor, espeakCHARS_UTF8, 0) else { break }
        let phonemes = String(cString: clause).trimmingPrefix(while: \.isWhitespace)
        if !phonemes.isEmpty { clauses.append(String(phonemes)) }
        // A cursor that does not move would loop forever.
        if cursor == position { break }
      }
    }
    return clauses.joined(separator: " ")
  }
}
