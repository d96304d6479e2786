import ArgumentParser
import LecternRender
import LecternSystem
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

  @Flag(help: "Print on stderr how long each phase took, in milliseconds.")
  var timings = false

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
      let times = timings ? PhaseTimes() : nil
      let document = try DocumentArguments.resolve(file)
      let profile = try mastering.profile(voices: pipeline.voices)
      // Only what this part needs: the other parts are not annotated, and only the rule
      // sets of the languages it speaks are checked. Its audio is still its audio in a
      // render (a part's spans depend on the document and that part alone). Its clause
      // pieces synthesize on every core.
      let session = try Session(
        options: pipeline, jobs: PipelineOptions.defaultJobs, checkingRuleSets: false,
        times: times)
      var plan = try session.plan(document, only: id)
      // An unknown id, or a part with nothing to say: the whole plan decides, as it did.
      if plan.part(id: id) == nil || !plan.hasWords { plan = try session.plan(document) }
      guard plan.hasWords else { throw DocumentError.nothingToSpeak(path: document) }
      guard let part = plan.part(id: id) else {
        throw UsageError(
          "no part \"\(id)\" in \(document); valid ids: "
            + plan.parts.map(\.id).joined(separator: ", "))
      }
      try session.checkRuleSets(of: [part])
      times?.end("plan")
      printLine(PlanReport.text(of: part, language: plan.language))
      let renderer = session.renderer(progress: RenderProgressReporter(style: .quiet))
      let settings = Renderer.Settings(
        format: .wav, cache: pipeline.usableCache(), master: profile)
      if stdout {
        // A private scratch folder (mode 0700, random name), removed on every path; a killed
        // run's is removed by the next.
        let scratch = try ScratchDirectory(purpose: "lectern-stdout")
        let destination = "\(scratch.path)/\(id).wav"
        try renderer.preview(plan, part: id, to: destination, settings: settings)
        try StandardOutput.copy(fileAt: destination)
        return
      }
      let destination: String
      if let output {
        destination = output
        try OutputPaths.createParent(of: destination)
      } else {
        // Into a render folder Lectern wrote (or makes now), never into someone else's.
        let folder = try RenderFolder.previewFolder(output: "output", document: plan.document)
        destination = "\(folder)/\(id).wav"
      }
      try renderer.preview(plan, part: id, to: destination, settings: settings)
      times?.end("part")
      if let times { printError("timings: \(times.line)") }
      printError("wrote \(destination)")
      if play { try Player.play(destination) }
    }
  }
}
