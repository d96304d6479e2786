import Foundation
import LecternSystem

/// The ``LanguageData`` of every language a voices folder describes, by primary tag.
///
/// A language without a `.language` file has empty data: every stage that reads word lists
/// must work (less well) without them.
public struct LanguageKnowledge: Sendable, Hashable {
  /// The data of each language, by BCP 47 primary tag.
  public private(set) var byLanguage: [String: LanguageData]

  /// The largest `.language` file read, so a wrong or hostile file cannot take the memory.
  public static let largestFile = 1 << 20

  /// Creates knowledge from data (tests, generated setups).
  public init(_ data: [LanguageData] = []) {
    byLanguage = Dictionary(data.map { ($0.language, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// The languages that have data, sorted.
  public var languages: [String] { byLanguage.keys.sorted() }

  /// The data of `language` (`fr`, `fr-CA` → `fr`), empty when there is none.
  public subscript(_ language: String) -> LanguageData {
    let primary = VoiceLibrary.primaryTag(language)
    return byLanguage[primary] ?? LanguageData(language: primary)
  }

  /// The entries of a list section in every language, with their language, sorted by
  /// language: for signals that do not depend on the page's language (furniture in English
  /// on a French page).
  public func lists(_ section: String) -> [(language: String, entry: String)] {
    languages.flatMap { language in
      byLanguage[language, default: LanguageData(language: language)].list(section).map {
        (language, $0)
      }
    }
  }

  /// The ICU locales whose month and weekday names structure reading and normalization use:
  /// every language's, the regional ones the files list (`date-locales`), and English.
  public var dateLocales: [String] {
    Set(languages + lists("date-locales").map(\.entry) + ["en"]).sorted()
  }

  /// The languages of the `<lang>.language` files of `directory` (their names' stems, sorted),
  /// or none when the folder cannot be read: what ``load(directory:)`` will read.
  static func fileLanguages(directory: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    return names.filter { $0.hasSuffix(".language") }.map {
      String($0.dropLast(".language".count))
    }.sorted()
  }

  /// Loads every `<lang>.language` file of `directory`.
  ///
  /// - Throws: ``ConfigurationError`` naming the file (and line) of the first problem: a file
  ///   name that is no language tag, an unreadable, oversized or non-UTF-8 file, an unknown
  ///   section, a malformed line.
  public static func load(directory: String) throws(ConfigurationError) -> LanguageKnowledge {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    } catch {
      throw ConfigurationError(file: directory, "cannot read the voices folder")
    }
    var data: [LanguageData] = []
    for name in names where name.hasSuffix(".language") {
      let path = directory + "/" + name
      let language = String(name.dropLast(".language".count))
      guard VoiceProfile.isLanguageTag(language) else {
        throw ConfigurationError(
          file: path, "the file name must be a language tag such as fr.language")
      }
      let parser = LanguageDataParser(file: path, sections: LanguageData.sections)
      data.append(try parser.parse(try readText(path), language: language))
    }
    return LanguageKnowledge(data)
  }

  /// Loads the language files of `directory` (``load(directory:)``) and ICU's date names of
  /// their locales (``dateLocales``) while `other` runs: ICU's names, the language files, and
  /// the profiles and lexicons each took a fifth of a preview's start-up, and now take three
  /// threads. The names of each file's locale are read while the files are parsed, the
  /// regional locales the files list after. A fault of the language files is thrown first,
  /// as when they were read before `other` ran.
  static func load<Other: Sendable>(
    directory: String, beside other: @escaping @Sendable () throws(ConfigurationError) -> Other
  ) throws(ConfigurationError) -> (LanguageKnowledge, Other) {
    let fileLocales = fileLanguages(directory: directory) + ["en"]
    let (_, (besides, knowledge)) = JoinedThreads.meanwhile({
      LocaleDateNames.read(fileLocales)
    }) {
      JoinedThreads.meanwhile({ Result(catching: other) }) {
        Result { () throws(ConfigurationError) in
          let languages = try load(directory: directory)
          LocaleDateNames.read(languages.dateLocales.filter { !fileLocales.contains($0) })
          return languages
        }
      }
    }
    return (try knowledge.get(), try besides.get())
  }

  /// The UTF-8 text of a regular file of at most ``largestFile`` bytes.
  private static func readText(_ path: String) throws(ConfigurationError) -> String {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    guard attributes?[.type] as? FileAttributeType == .typeRegular else {
      throw ConfigurationError(file: path, "not a regular file")
    }
    if let size = attributes?[.size] as? Int, size > largestFile {
      throw ConfigurationError(
        file: path, "larger than \(largestFile >> 20) MiB (\(size) bytes); not a language file")
    }
    guard let bytes = FileManager.default.contents(atPath: path) else {
      throw ConfigurationError(file: path, "cannot read the file")
    }
    guard let text = String(data: bytes, encoding: .utf8) else {
      throw ConfigurationError(file: path, "not UTF-8 text")
    }
    return text
  }
}
