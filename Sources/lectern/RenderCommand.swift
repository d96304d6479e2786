import ArgumentParser
import LecternAudio
import LecternRender

/// `lectern render`: every output of one or more documents.
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Render documents to audio files, a manifest and captions.",
    discussion: """
      For a document NAME it writes DIR/NAME/: NAME.<format> (the whole address), \
      parts/ID.<format> (one file per part), manifest.json, NAME.vtt, NAME.srt and \
      index.html (a listening page: player, transcript, overview; --no-page skips it). \
      The previous outputs are replaced only when every new file is complete.
      """
  )

  @Argument(help: "Documents to render (default: every document in seeds/).")
  var files: [String] = []

  @Option(name: .shortAndLong, help: ArgumentHelp("Output folder.", valueName: "DIR"))
  var output = "output"

  @Option(help: "Audio format.")
  var format: AudioFormat = .wav

  @OptionGroup var pipeline: PipelineOptions

  @Option(
    name: [.customShort("j"), .long],
    help:
      "Parts synthesized at once, each in its own process (the default is one per core, plus one).")
  var jobs: Int = PipelineOptions.defaultJobs

  @Flag(help: "Replace text the speech engine crashes on with silence instead of failing.")
  var keepGoing = false

  @Flag(help: "Do not write the listening page (index.html).")
  var noPage = false

  @Flag(name: .shortAndLong, help: "Print no progress and no summary.")
  var quiet = false

  func validate() throws {
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1 (got \(jobs)).") }
  }

  func run() throws {
    try reportingErrors {
      let documents = try DocumentArguments.resolve(files)
      try DocumentArguments.requireDistinctNames(documents, output: output)
      let session = try Session(options: pipeline, jobs: jobs)
      let renderer = session.renderer(
        progress: RenderProgressReporter(style: quiet ? .quiet : nil))
      let settings = Renderer.Settings(
        format: format, cache: pipeline.usableCache(), keepGoing: keepGoing, page: !noPage)
      for document in documents {
        let plan = try session.plan(document)
        try renderer.render(plan, source: document, into: output, settings: settings)
      }
    }
  }
}

extension AudioFormat: ExpressibleByArgument {}
