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

  @Argument(help: "The document to plan (default: the first document in seeds/).")
  var file: String?

  @Flag(help: "Print the plan as JSON.")
  var json = false

  @OptionGroup var voices: VoicesOption

  @OptionGroup var language: LanguageOption

  func validate() throws {
    if let file, file.isEmpty { throw ValidationError("FILE must not be empty.") }
  }

  func run() throws {
    try reportingErrors {
      let path = try DocumentArguments.resolve(file)
      let plan = try voices.plan(path, language: language).plan
      let output = json ? PlanReport.jsonBytes(plan) : Array(PlanReport.text(plan).utf8)
      FileHandle.standardOutput.write(Data(output))
    }
  }
}
