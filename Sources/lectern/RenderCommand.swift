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
      file is complete.
      """
  )

  @Argument(help: "Documents to render (default: every document in seeds/).")
  var files: [String] = []

  @OptionGroup var options: RenderOptions

  func run() throws {
    try reportingErrors {
      let documents = try DocumentArguments.resolve(files)
      try DocumentArguments.requireDistinctNames(documents, output: options.output)
      let settings = try options.settings(cache: options.pipeline.usableCache())
      let session = try Session(options: options.pipeline, jobs: options.jobs)
      let renderer = session.renderer(
        progress: RenderProgressReporter(style: options.quiet ? .quiet : nil))
      for document in documents {
        let plan = try session.plan(document)
        try renderer.render(plan, source: document, into: options.output, settings: settings)
      }
    }
  }
}
