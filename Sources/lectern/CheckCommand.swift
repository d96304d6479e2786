import ArgumentParser
import Foundation
import LecternSupport
import LecternText

/// `lectern check`: list what needs a human decision before rendering.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "List what needs a human decision before rendering.",
    discussion: """
      Lists capitalized words no lexicon names and how they will be said, every span in \
      another language with its voice, and letters no voice profile can say.
      """
  )

  @Argument(help: "The document (default: the first .txt file in seeds/).")
  var file: String?

  @Option(name: .customLong("voices"), help: "The voices folder (profiles and lexicons).")
  var voicesDirectory = "voices"

  @Flag(help: "Exit with status 1 when anything is listed.")
  var strict = false

  func run() throws {
    try reportingErrors {
      let path = try file ?? Self.firstSeed()
      let text = try Self.read(path)
      let annotator = try LanguageAnnotator.load(directory: voicesDirectory)
      // One utterance per source line until the segmenter's Planner is wired in here.
      let utterances = text.split(separator: "\n", omittingEmptySubsequences: false)
        .enumerated()
        .filter { !$0.element.allSatisfy(\.isWhitespace) }
        .map { (id: "line \($0.offset + 1)", text: String($0.element)) }
      let report = CheckReport(
        utterances: utterances, documentLanguage: annotator.documentLanguage(of: text),
        annotator: annotator)
      print("\(path):")
      for line in report.lines { print("  " + line) }
      if strict && !report.isEmpty { throw ExitCode(1) }
    }
  }

  /// The first `.txt` file of `seeds/`, by name.
  private static func firstSeed() throws(CheckInputError) -> String {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: "seeds")) ?? []
    guard let first = names.filter({ $0.hasSuffix(".txt") }).sorted().first else {
      throw CheckInputError(file: "seeds", "no document given and no .txt file in seeds/", .usage)
    }
    return "seeds/" + first
  }

  /// The UTF-8 text of `path`.
  private static func read(_ path: String) throws(CheckInputError) -> String {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path)
    else { throw CheckInputError(file: path, "no such readable file", .noInput) }
    guard let text = String(data: data, encoding: .utf8) else {
      throw CheckInputError(file: path, "not UTF-8 text", .dataError)
    }
    return text
  }
}

/// A document `lectern check` cannot read.
struct CheckInputError: LecternError {
  var file: String
  var message: String
  var exitStatus: ExitStatus

  init(file: String, _ message: String, _ exitStatus: ExitStatus) {
    self.file = file
    self.message = message
    self.exitStatus = exitStatus
  }

  var description: String { "\(file): \(message)" }
}
