import ArgumentParser
import LecternText

/// `--voices DIR`, shared by every command that reads voice profiles and lexicons.
struct VoicesOption: ParsableArguments {
  @Option(
    name: .customLong("voices"),
    help: ArgumentHelp("The folder of voice profiles and lexicons.", valueName: "DIR"))
  var directory = "voices"

  /// The plan of the document at `path` with this folder's languages and lexicons, and the
  /// annotator that made it. `availableVoices` checks the profiles against the engine.
  func plan(
    _ path: String, language: LanguageOption, availableVoices: Set<String>? = nil
  ) throws -> (plan: RenderPlan, annotator: LanguageAnnotator) {
    let document = try Document.load(path: path)
    let annotator = try LanguageAnnotator.load(
      directory: directory, availableVoices: availableVoices,
      identifier: LanguageOption.identifier)
    var planner = Planner(annotator: annotator, language: language.language)
    // Parts are annotated on every CPU the process may use: the plan is the same.
    planner.workers = PipelineOptions.defaultJobs
    return (planner.plan(document), annotator)
  }
}
