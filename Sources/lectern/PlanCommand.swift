import ArgumentParser
import Foundation
import LecternText

/// `lectern plan`: show how a document will be spoken.
struct PlanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "Show how a document will be spoken.",
    discussion: """
      Lists the parts (intro, opening, paragraphs), their utterances with voice and text, and \
      every source line that is not spoken, with the reason. With --json, prints the same as \
      JSON (schema: docs/plan-json.md).
      """
  )

  /// The folder whose first document (by name) is planned when no FILE is given.
  static let seedsFolder = "seeds"

  @Argument(help: "The document to plan (default: the first document in seeds/).")
  var file: String?

  @Flag(help: "Print the plan as JSON.")
  var json = false

  func validate() throws {
    if let file, file.isEmpty { throw ValidationError("FILE must not be empty.") }
    if file == nil && Self.firstSeed() == nil {
      throw ValidationError("no FILE given and no document in \(Self.seedsFolder)/.")
    }
  }

  func run() throws {
    try reportingErrors {
      guard let path = file ?? Self.firstSeed() else { return }
      let document = try Document.load(path: path)
      let plan = Planner().plan(document)
      let output = json ? PlanReport.json(plan) : PlanReport.text(plan)
      FileHandle.standardOutput.write(Data(output.utf8))
    }
  }

  /// The first regular, visible file in `seeds/` by name, as a relative path.
  static func firstSeed() -> String? {
    let files = FileManager.default
    guard let names = try? files.contentsOfDirectory(atPath: seedsFolder) else { return nil }
    return names.filter { !$0.hasPrefix(".") }.sorted().lazy.map { "\(seedsFolder)/\($0)" }
      .first { path in
        var isDirectory: ObjCBool = false
        return files.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
      }
  }
}
