import Foundation

/// A W3C PLS 1.0 lexicon: written forms and how to say them, for one language.
///
/// Two kinds live in `voices/`, told apart by file name:
/// - `<lang>.phrases.pls`: phrases of `<lang>` as other documents write them (`Bolshoye
///   Spasibo`); found case- and accent-insensitively in text of another language, they become
///   a span in `<lang>` spoken as the alias (`Большое спасибо`).
/// - `<lang>.pronunciation.pls` (any other name): names and acronyms of `<lang>` text, matched
///   case-sensitively on whole words and replaced by their alias or eSpeak phonemes.
public struct Lexicon: Sendable, Hashable {
  /// How a lexicon is used.
  public enum Kind: String, Sendable, Hashable {
    /// Foreign phrases that switch the voice.
    case phrases
    /// Names and acronyms said differently from their spelling.
    case pronunciation
  }

  /// One lexeme: its written forms and what the engine gets instead.
  public struct Entry: Sendable, Hashable {
    /// The written forms (`Bolshoye Spasibo`, `Bolshoe Spasibo`).
    public var graphemes: [String]
    /// What is spoken: an alias's text, or `[[phonemes]]` for an eSpeak phoneme entry.
    public var spoken: String
    /// Whether `spoken` is eSpeak phoneme input.
    public var isPhonemes: Bool
    /// The 1-based line of the `<lexeme>` in its file.
    public var line: Int

    /// Creates an entry.
    public init(graphemes: [String], spoken: String, isPhonemes: Bool = false, line: Int = 0) {
      self.graphemes = graphemes
      self.spoken = spoken
      self.isPhonemes = isPhonemes
      self.line = line
    }
  }

  /// The file it was read from.
  public var file: String
  /// Its language (`xml:lang` of `<lexicon>`, primary tag).
  public var language: String
  /// Its use, from its file name.
  public var kind: Kind
  /// Its lexemes, in file order.
  public var entries: [Entry]

  /// Creates a lexicon.
  public init(file: String, language: String, kind: Kind, entries: [Entry]) {
    self.file = file
    self.language = language
    self.kind = kind
    self.entries = entries
  }

  /// Parses PLS text, which must be UTF-8. DOCTYPE and ENTITY declarations are rejected
  /// before any parsing (PLS needs none), which shuts out external entities and
  /// entity-expansion bombs; UTF-8 only, so that no other encoding can hide them.
  public init(parsing data: [UInt8], file: String) throws(ConfigurationError) {
    self = try PLSParser(file: file).parse(data)
  }

  /// Loads every `*.pls` file in `directory`, sorted by name.
  public static func loadAll(directory: String) throws(ConfigurationError) -> [Lexicon] {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    } catch {
      throw ConfigurationError(file: directory, "cannot read the voices folder")
    }
    var lexicons: [Lexicon] = []
    for name in names where name.hasSuffix(".pls") {
      let path = directory + "/" + name
      let bytes = try ConfigurationFile.bytes(path, limit: PLSParser.maximumBytes)
      lexicons.append(try Lexicon(parsing: bytes, file: path))
    }
    return lexicons
  }

  /// The kind a file name implies: `*.phrases.pls` holds phrases.
  static func kind(ofFile file: String) -> Kind {
    file.hasSuffix(".phrases.pls") ? .phrases : .pronunciation
  }
}
