import Foundation

/// What language identification says of a text: the most likely language and how sure.
public struct LanguageGuess: Sendable, Hashable, Codable {
  /// The language as a BCP 47 primary tag (`fr`, `zh`), or `und` when nothing was found.
  public var language: String
  /// How sure the identifier is, 0…1: the share of the text's letters in ``language``,
  /// halved when the identifier does not call the answer reliable.
  public var confidence: Double
  /// Whether the identifier calls its answer reliable.
  public var reliable: Bool
  /// How many bytes of letters the identifier looked at (its evidence).
  public var letters: Int
  /// The second language found in the text, if any, and its share of the letters (0…1).
  public var secondLanguage: String?
  /// The share of the letters in ``secondLanguage``, 0…1.
  public var secondShare: Double

  /// Creates a guess.
  public init(
    language: String, confidence: Double, reliable: Bool, letters: Int,
    secondLanguage: String? = nil, secondShare: Double = 0
  ) {
    self.language = language
    self.confidence = confidence
    self.reliable = reliable
    self.letters = letters
    self.secondLanguage = secondLanguage
    self.secondShare = secondShare
  }

  /// The guess for text in which no language was found.
  public static let unknown = LanguageGuess(
    language: "und", confidence: 0, reliable: false, letters: 0)

  /// Whether a language was found at all.
  public var isKnown: Bool { language != "und" }

  /// The guess's language in English ("French", "Sinhala").
  public var languageName: String { LanguageNames.english(language) }
}

/// Identifies the language of a text. Implemented over a language-identification library
/// (CLD2 in `LecternLanguageID`); tests use stand-ins.
public protocol LanguageIdentifying: Sendable {
  /// A short description of the identifier for reports (`CLD2 0.0.197 (full tables)`).
  var name: String { get }
  /// The most likely language of `text` (plain UTF-8 text, any length). With `bestEffort`
  /// the identifier answers even on text too short for a reliable answer.
  func identify(_ text: String, bestEffort: Bool) -> LanguageGuess
  /// `text` cut into stretches of one language, in order, with the best-effort guess for the
  /// whole text: what the main language of a document is found from (``DocumentLanguage``).
  func stretches(_ text: String) -> (whole: LanguageGuess, stretches: [LanguageStretch])
}

/// A stretch of text in one language, as an identifier cuts a document.
public struct LanguageStretch: Sendable, Hashable {
  /// Its language as a BCP 47 primary tag; `und` when the identifier is unsure of it.
  public var language: String
  /// Its length in characters (Unicode scalars), not bytes: a stretch of Devanagari or Han,
  /// three bytes a letter in UTF-8, weighs no more than as much English.
  public var characters: Int

  /// Creates a stretch.
  public init(language: String, characters: Int) {
    self.language = language
    self.characters = characters
  }
}

extension LanguageIdentifying {
  /// The most likely language of `text`, unknown when the text is too short to tell.
  public func identify(_ text: String) -> LanguageGuess {
    identify(text, bestEffort: false)
  }

  /// Each line of `text` is a stretch, identified on its own (identifiers that cannot cut
  /// text themselves).
  public func stretches(_ text: String) -> (whole: LanguageGuess, stretches: [LanguageStretch]) {
    let stretches = text.split(separator: "\n").map { line in
      LanguageStretch(
        language: identify(String(line)).language, characters: line.unicodeScalars.count)
    }
    return (identify(text, bestEffort: true), stretches)
  }
}

/// English names of languages, from ICU through Foundation's `Locale`.
public enum LanguageNames {
  /// The English name of a BCP 47 primary tag (`si` → `Sinhala`, `pau` → `Palauan`); the
  /// tag itself when ICU knows no name for it.
  public static func english(_ tag: String) -> String {
    if tag == "und" { return "an unknown language" }
    return Locale(identifier: "en").localizedString(forLanguageCode: tag) ?? tag
  }
}
