import ArgumentParser
import LecternRender

/// `lectern watch`: a resident process that renders a document again each time it is saved.
struct WatchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "watch",
    abstract: "Render a document again each time it is saved.",
    discussion: """
      Renders FILE into DIR/NAME/ as render does, then keeps the engine, the voices and the \
      last plan in memory: each time the document is saved (in place, or by an editor's \
      save-by-rename), it synthesizes only the parts whose content changed and replaces \
      DIR/NAME/ in one step with exactly what render would write. Edits to the voices folder \
      (profiles, lexicons, language files) are loaded too. One line per save tells which \
      parts changed and how long the update took. An error in the document or the voices is \
      reported and the last good render stays. Ctrl-C stops it.
      """
  )

  @Argument(help: "The document to watch (default: the first document in seeds/).")
  var file: String?

  @Flag(
    help: """
      Play the first changed part of each save as soon as it is synthesized (aplay, paplay or \
      ffplay), stopping the one playing.
      """)
  var play = false

  @OptionGroup var options: RenderOptions

  func run() throws {
    try reportingErrors {
      let document = try DocumentArguments.resolve(file)
      try DocumentArguments.requireDistinctNames([document], output: options.output)
      // No player is an error now, not at the first save.
      if play { _ = try Player.find() }
      // The engine, the voices and the synthesis process are opened once, here.
      let session = try Session(options: options.pipeline, jobs: options.jobs)
      let watch = DocumentWatch(
        document: document, output: options.output, engine: session,
        settings: try options.settings(
          cache: options.pipeline.usableCache(), returningParts: true),
        log: StandardErrorWatchLog(quiet: options.quiet),
        playback: play ? try WatchPlayback() : nil)
      try watch.run(try InotifyChanges())
    }
  }
}
