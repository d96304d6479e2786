/// What Lectern knows of one language's written conventions, from `voices/<lang>.language`:
/// the words that open a speech, label a page, abbreviate a title, and so on.
///
/// Every language-specific word list lives in such a file, never in code, so that adding a
/// language means adding files. The file is a list of `[section]`s; a section holds either
/// one entry per line (a *list*: phrases, abbreviations) or `key = value` lines (a *table*:
/// templates, settings). Which sections exist, and of which kind, is
/// ``LanguageData/sections``; see `voices/README.md` for the format.
public struct LanguageData: Sendable, Hashable {
  /// How the lines of a section are read.
  public enum SectionKind: Sendable, Hashable {
    /// One entry per line: a phrase, a word, an abbreviation.
    case list
    /// `key = value` lines, each key at most once.
    case table
  }

  /// One line of a section.
  public struct Entry: Sendable, Hashable {
    /// The entry as written, spaces collapsed (a list entry), or the key (a table entry).
    public var text: String
    /// The value of a table entry; `nil` in a list.
    public var value: String?
    /// The 1-based line in the file.
    public var line: Int

    /// Creates an entry.
    public init(text: String, value: String? = nil, line: Int) {
      self.text = text
      self.value = value
      self.line = line
    }
  }

  /// The sections a `.language` file may hold, and their kinds. A file may omit any of them.
  ///
  /// Add a section here (one line) when a stage of the text layer needs a new kind of word
  /// list, and describe it in `voices/README.md`.
  public static let sections: [String: SectionKind] = [
    "abbreviations-titles": .list,
    "abbreviations-numbers": .list,
    "abbreviations-inline": .list,
    "abbreviations-final": .list,
    "salutation-words": .list,
    "salutation-adjectives": .list,
    "salutations": .list,
    "greetings": .list,
    "intro": .table,
    "title-small-words": .list,
    "identified-as": .list,
    "phrase-articles": .list,
    // Structure reading: page furniture, header words, stop words (see voices/README.md).
    "furniture-links": .list,
    "furniture-notes": .list,
    "furniture-credits": .list,
    "furniture-media-marks": .list,
    "furniture-code": .list,
    "furniture-bylines": .list,
    "furniture-notices": .list,
    "furniture-end-marks": .list,
    "furniture-comment-forms": .list,
    "furniture-site-terms": .list,
    "furniture-time-words": .list,
    "lead-announcements": .list,
    "news-attributions": .list,
    "address-wishes": .list,
    "news-speech-verbs": .list,
    "address-openings": .list,
    "address-closings": .list,
    "address-invocations": .list,
    "first-person": .list,
    "second-person": .list,
    "page-labels": .table,
    "page-sections": .list,
    "stop-words": .list,
    "header-titles": .list,
    "header-offices": .list,
    "header-events": .list,
    "header-by": .list,
    "header-at": .list,
    "header-in": .list,
    "header-venues": .list,
    "header-about": .list,
    "header-to": .list,
    "header-honorifics": .list,
    "header-text-of": .list,
    "header-cohorts": .list,
    "header-site-units": .list,
    "header-occasions": .list,
    "header-by-after-title": .list,
    "date-locales": .list,
    "date-trailers": .list,
    "script-forms": .list,
    "capitals-words": .list,
  ].merging(NormalizationRules.sections, uniquingKeysWith: { first, _ in first })

  /// The language, a BCP 47 primary tag (the file stem: `fr` for `fr.language`).
  public var language: String
  /// The file it was read from, for errors found later.
  public var file: String
  /// The entries of each section present in the file, in file order.
  public var entries: [String: [Entry]]

  /// Creates language data (tests, generated setups).
  public init(language: String, file: String = "", entries: [String: [Entry]] = [:]) {
    self.language = language
    self.file = file
    self.entries = entries
  }

  /// The entries of a list section, as written; empty when the file lacks the section.
  public func list(_ section: String) -> [String] {
    entries[section, default: []].map(\.text)
  }

  /// The `key → value` pairs of a table section; empty when the file lacks the section.
  public func table(_ section: String) -> [String: String] {
    var pairs: [String: String] = [:]
    for entry in entries[section, default: []] { pairs[entry.text] = entry.value ?? "" }
    return pairs
  }

  /// The entry of a table section with the given key, with its line (for errors).
  public func entry(_ section: String, key: String) -> Entry? {
    entries[section]?.first { $0.text == key }
  }
}
