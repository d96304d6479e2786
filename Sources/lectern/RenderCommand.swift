import ArgumentParser
import LecternAudio
import LecternBatch
import LecternRender

/// `lectern render`: every output of one or more documents.
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Render documents to audio files, a manifest and captions.",
    discussion: """
      For a document NAME it writes DIR/NAME/: NAME.<format> (the whole address), \
      parts/NN-ID.<format> (one file per part, in speaking order), manifest.json, \
      chapters.json, NAME.vtt, NAME.srt and index.html (a listening page: player, \
      transcript, overview; --no-page skips it), mastered to --master (default: web, \
      -16 LUFS, -1 dBTP, 44.1 kHz). The previous outputs are replaced only when every new \
      file is complete. \
      A folder among the arguments is searched for *.txt documents at any depth; with \
      --from-list, --shard or a folder the documents make a batch: documents whose outputs \
      are complete and current are skipped, a failing document is recorded in \
      DIR/.lectern/failures/ and the others still render (see `lectern report`).
      """
  )

  @Argument(
    help: ArgumentHelp(
      "Documents, or folders of *.txt documents, to render (default: every document in seeds/).",
      valueName: "file-or-folder"))
  var files: [String] = []

  @Option(name: .shortAndLong, help: ArgumentHelp("Output folder.", valueName: "DIR"))
  var output = "output"

  @Option(help: "Audio format.")
  var format: AudioFormat = .wav

  @OptionGroup var mastering: MasteringOption

  @OptionGroup var pipeline: PipelineOptions

  @OptionGroup var batch: BatchOptions

  @Option(
    name: [.customShort("j"), .long],
    help: ArgumentHelp(
      "Parts synthesized at once, each in its own process; by default one per CPU this "
        + "process may use (its affinity, SLURM_CPUS_PER_TASK, its CPU quota).", valueName: "N"))
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
      if batch.isBatch(files) { return try renderBatch() }
      let documents = try DocumentArguments.resolve(files)
      let profile = try mastering.profile(voices: pipeline.voices)
      try DocumentArguments.requireDistinctNames(documents, output: output)
      let session = try Session(options: pipeline, jobs: jobs)
      let renderer = session.renderer(
        progress: RenderProgressReporter(style: quiet ? .quiet : nil))
      let settings = self.settings(master: profile, shared: false)
      for document in documents {
        let plan = try session.plan(document)
        try renderer.render(plan, source: document, into: output, settings: settings)
      }
    }
  }

  /// The render settings of these options, mastered to `master`; `shared` when other shards
  /// write beside.
  func settings(master: MasteringProfile, shared: Bool) -> Renderer.Settings {
    Renderer.Settings(
      format: format, cache: pipeline.usableCache(), keepGoing: keepGoing, master: master,
      page: !noPage, shared: shared)
  }
}

extension AudioFormat: ExpressibleByArgument {}
