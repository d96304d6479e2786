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
      another language with its voice, letters no voice profile can say, and text written \
      as eSpeak phoneme input ([[...]]), which is read as written.
      """
  )

  @Argument(help: "The document (default: the first document in seeds/).")
  var file: String?

  @OptionGroup var voices: VoicesOption

  @OptionGroup var language: LanguageOption

  @Flag(help: "Exit with status 1 when anything is listed.")
  var strict = false

  func run() throws {
    try reportingErrors {
      let path = try DocumentArguments.resolve(file)
      let (plan, annotator) = try voices.plan(path, language: language)
      let report = CheckReport(plan: plan, annotator: annotator)
      print("\(path):")
      for line in report.lines { print("  " + line) }
      if strict && !report.isEmpty { throw ExitCode(1) }
    }
  }
}
