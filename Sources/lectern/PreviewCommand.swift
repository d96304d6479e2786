import ArgumentParser
import Foundation
import LecternRender
import LecternText

/// `lectern preview`: one part of a document, to hear it before publishing.
struct PreviewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "preview",
    abstract: "Render one part of a document for a quick listen.",
    discussion: """
      Writes output/NAME/preview/ID.wav unless --output or --stdout says otherwise. \
      The audio is exactly the part's audio in a full render with the same --master.
      """
  )

  @Argument(help: "The part to render: intro, opening, or a paragraph id from `lectern plan`.")
  var id: String

  @Argument(help: "The document (default: the first document in seeds/).")
  var file: String?

  @Option(name: .shortAndLong, help: ArgumentHelp("Write the WAV here.", valueName: "PATH"))
  var output: String?

  @Flag(help: "Write a complete WAV file to standard output.")
  var stdout = false

  @Flag(help: "Play the part with aplay, paplay or ffplay.")
  var play = false

  @OptionGroup var mastering: MasteringOption

  @OptionGroup var pipeline: PipelineOptions

  func validate() throws {
    if stdout && output != nil {
      throw ValidationError("--stdout and --output cannot be used together.")
    }
    if stdout && play {
      throw ValidationError("--stdout and --play cannot be used together.")
    }
  }

  func run() throws {
    try reportingErrors {
      let document = try DocumentArguments.resolve(file)
      let profile = try mastering.profile(voices: pipeline.voices)
      let session = try Session(options: pipeline, jobs: 1)
      let plan = try session.plan(document)
      guard let part = plan.part(id: id) else {
        throw UsageError(
          "no part \"\(id)\" in \(document); valid ids: "
            + plan.parts.map(\.id).joined(separator: ", "))
      }
      printLine(PlanReport.text(of: part, language: plan.language))
      let renderer = session.renderer(progress: RenderProgressReporter(style: .quiet))
      let settings = Renderer.Settings(format: .wav, cache: pipeline.cache, master: profile)
      let destination =
        stdout
        ? FileManager.default.temporaryDirectory.path + "/lectern-preview-\(getpid()).wav"
        : output ?? "output/\(plan.document)/preview/\(id).wav"
      if !stdout {
        try OutputPaths.createParent(of: destination)
      }
      try renderer.preview(plan, part: id, to: destination, settings: settings)
      if stdout {
        defer { try? FileManager.default.removeItem(atPath: destination) }
        try OutputPaths.copyToStandardOutput(destination)
      } else {
        printError("wrote \(destination)")
      }
      if play { try Player.play(destination) }
    }
  }
}
