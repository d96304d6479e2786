import Foundation
import LecternLanguageID
import LecternText

/// Paths and shared objects for the language tests: the repository's real `voices/` folder.
enum LanguageTestSupport {
  /// The package root, from this file's path.
  static let root: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
  }()

  /// The repository's voices folder.
  static let voices = root + "/voices"

  /// Every whole word of the language files and lexicons, in lower case, for suites that
  /// check their invented vocabulary is in none of them (whole words: an invented "Nutes" is
  /// no entry of a list that holds "minutes").
  static func dataFileWords() throws -> Set<String> {
    let files = try FileManager.default.contentsOfDirectory(atPath: voices)
      .filter { $0.hasSuffix(".language") || $0.hasSuffix(".pls") }
    let data = try files.map {
      try String(contentsOfFile: voices + "/" + $0, encoding: .utf8).lowercased()
    }.joined(separator: "\n")
    return Set(data.split { !$0.isLetter && $0 != "-" }.map(String.init))
  }

  /// The seed document's lines.
  static let seedLines: [String] = {
    let text =
      (try? String(contentsOfFile: root + "/seeds/interpol-csto-moscow-2019.txt", encoding: .utf8))
      ?? ""
    return text.split(separator: "\n").map(String.init)
  }()

  /// The annotator over the repository's voices folder.
  static let annotator: LanguageAnnotator = {
    do {
      return try LanguageAnnotator.load(directory: voices)
    } catch {
      fatalError("voices/ does not load: \(error)")
    }
  }()

  /// The annotator over the repository's voices folder, identifying languages with CLD2.
  static let identifyingAnnotator: LanguageAnnotator = {
    do {
      return try LanguageAnnotator.load(directory: voices, identifier: CLD2Identifier())
    } catch {
      fatalError("voices/ does not load: \(error)")
    }
  }()

  /// The repository's language files.
  static let knowledge: LanguageKnowledge = {
    do {
      return try LanguageKnowledge.load(directory: voices)
    } catch {
      fatalError("voices/*.language do not load: \(error)")
    }
  }()

  /// A planner with the default (single-language) annotator and the repository's language
  /// files, as the structure tests and goldens use it.
  static let planner = Planner(languages: knowledge)

  /// A planner that identifies the document's language, as the commands do.
  static let identifyingPlanner = Planner(
    annotator: identifyingAnnotator, languages: identifyingAnnotator.languages)

  /// The plan of a page made of `lines`, with its language identified.
  static func planPage(_ lines: [String]) -> RenderPlan {
    identifyingPlanner.plan(Document(name: "page", text: lines.joined(separator: "\n")))
  }

  /// The utterances a page made of `lines` speaks after its intro.
  static func spokenPage(_ lines: [String]) -> [String] {
    spoken(planPage(lines))
  }

  /// The utterances a plan speaks after its intro.
  static func spoken(_ plan: RenderPlan) -> [String] {
    plan.parts.filter { $0.kind != .intro }.flatMap(\.utterances).map(\.text)
  }

  /// The text without its white space, to compare what is spoken across utterance breaks.
  static func squeezed(_ text: String) -> String {
    String(text.unicodeScalars.filter { !$0.properties.isWhitespace })
  }

  /// The repository's lexicons.
  static let lexicons: [Lexicon] = {
    do {
      return try Lexicon.loadAll(directory: voices)
    } catch {
      fatalError("voices/*.pls do not load: \(error)")
    }
  }()

  /// A new empty temporary folder.
  static func temporaryDirectory() -> String {
    let path = NSTemporaryDirectory() + "lectern-lang-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  /// Writes `text` to `directory/name`.
  static func write(_ text: String, _ directory: String, _ name: String) {
    _ = FileManager.default.createFile(atPath: directory + "/" + name, contents: Data(text.utf8))
  }

  /// Runs the `espeak-ng` reference program and returns its standard output.
  static func espeak(_ arguments: [String]) -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/espeak-ng")
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return "espeak-ng did not run: \(error)" }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  /// The voice identifiers and languages `espeak-ng --voices` lists.
  static let espeakVoices: Set<String> = {
    var voices: Set<String> = []
    for line in espeak(["--voices"]).split(separator: "\n").dropFirst() {
      let columns = line.split(separator: " ", omittingEmptySubsequences: true)
      guard columns.count >= 5 else { continue }
      voices.insert(String(columns[1]))
      voices.insert(String(columns[4]))
    }
    return voices
  }()

  /// Whether eSpeak NG has a voice for `language` (a primary tag): `espeak-ng --voices`
  /// lists a voice of it, `mi` or a regional `mi-…`.
  static func espeakSpeaks(_ language: String) -> Bool {
    espeakVoices.contains { $0 == language || $0.hasPrefix(language + "-") }
  }
}

extension String {
  /// The text without any whitespace, to compare concatenations "whitespace aside".
  var withoutWhitespace: String { String(filter { !$0.isWhitespace }) }
}

/// Invented paragraphs of address, one per language, that the header and page tests put
/// under the headers and furniture they try: plain speech that no rule takes for anything
/// else.
enum InventedSpeech {
  /// English.
  static let english =
    "It is an honour to welcome you to the river towns of the north. The barges will sail "
    + "again by the spring, and the harbour will be open to all of you."
  /// Spanish.
  static let spanish =
    "Es un honor darles la bienvenida a las ciudades del río del norte. Las barcazas volverán "
    + "a navegar en la primavera y el puerto estará abierto para todos ustedes."
  /// French.
  static let french =
    "C’est un honneur de vous accueillir dans les villes du fleuve, au nord. Les péniches "
    + "navigueront de nouveau au printemps, et le port sera ouvert à chacun de vous."
}
