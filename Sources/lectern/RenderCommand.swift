import ArgumentParser
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

  @OptionGroup var options: RenderOptions

  @OptionGroup var batch: BatchOptions

  func run() throws {
    try reportingErrors {
      if batch.isBatch(files) { return try renderBatch() }
      let documents = try DocumentArguments.resolve(files)
      try DocumentArguments.requireDistinctNames(documents, output: options.output)
      let settings = try options.settings(cache: options.pipeline.usableCache())
      // The ICU rule sets of the languages each document speaks are checked before it is
      // synthesized; opening every language's rules costs a few milliseconds each.
      let session = try Session(
        options: options.pipeline, jobs: options.jobs, checkingRuleSets: false)
      let renderer = session.renderer(
        progress: RenderProgressReporter(style: options.quiet ? .quiet : nil))
      for document in documents {
        let plan = try session.plan(document)
        try session.checkRuleSets(of: plan.parts)
        try renderer.render(plan, source: document, into: options.output, settings: settings)
      }
    }
  }
}
