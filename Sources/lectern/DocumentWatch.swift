import LecternRender
import LecternSupport
import LecternSystem
import LecternText

/// The loop of `lectern watch`: one process that keeps the engine, the synthesis process and
/// its voice processes, the voices folder, the annotator's answers and the last render's
/// speech in memory, and renders the document again after each save.
///
/// Single-threaded, like every command: it waits for changes (``FileChangeSource``: `poll` on
/// the file watcher's descriptor, which a Ctrl-C interrupts), and the synthesis pool waits on
/// its own pipes while a render runs. Events that arrive during a render are read after it, all at once: a burst
/// of saves costs at most one more render, and a save that changes nothing costs none (the
/// text is compared with the last rendered one), without a timer.
final class DocumentWatch {
  private let document: String
  /// The folder the document's render folder is in (`--output`).
  private let output: String
  private let engine: any WatchEngine
  private let settings: Renderer.Settings
  /// The speech of the parts of the render in place, by content key.
  private let memory = SpeechMemory()
  /// The annotator's answers for the sentences of the document, kept between saves.
  private var annotator: RememberingAnnotator
  /// The planner over ``annotator``, made again only when the voices are reloaded: compiling
  /// its structure vocabulary (every language's words and ICU's month names) is most of what
  /// planning a short document costs.
  private var planner: Planner
  private let progress: WatchProgress
  /// The text and plan of the render in place, once this process has rendered.
  private var rendered: (document: Document, plan: RenderPlan)?
  /// The manifest of the render in place, once this process has rendered.
  private var manifest: Manifest?
  private let status: WatchStatus
  /// Whether the last update ended in an error (so that a save that brings back the
  /// rendered text is confirmed).
  private var failing = false

  /// A watch of `document` rendered into `output` by `engine` (opened once, by the caller)
  /// with `settings`, saying what it does to `log`, playing changed parts with `playback`.
  init(
    document: String, output: String, engine: any WatchEngine, settings: Renderer.Settings,
    log: any WatchLog, playback: WatchPlayback? = nil
  ) {
    self.document = document
    self.output = output
    self.engine = engine
    self.settings = settings
    annotator = RememberingAnnotator(engine.annotator)
    planner = Self.planner(annotator, engine)
    status = WatchStatus(document: document, log: log)
    progress = WatchProgress(playback: playback)
    progress.keys = WatchStatus.keys(ofRenderIn: output + "/" + Document.name(ofPath: document))
  }

  /// Renders now, then after every batch of `changes` until it has no more (Ctrl-C).
  ///
  /// - Throws: when the document's folder disappears (66), the changes cannot be read, or an
  ///   error that is a defect of Lectern's; document and voices errors are reported and
  ///   watched on.
  func run(_ changes: any FileChangeSource) throws {
    let (folder, name) = FileSystem.split(document)
    try changes.watch(folder: folder)
    try changes.watch(folder: engine.voicesDirectory)
    status.say("watching \(document) and \(engine.voicesDirectory)/ (Ctrl-C stops)")
    try update(WatchChanges(document: true))
    progress.armed = true  // from now on, a changed part is an edit to hear
    while let events = try changes.next() {
      let changes = WatchChanges(
        events, document: (folder, name), voices: engine.voicesDirectory)
      if changes.documentFolderGone {
        throw SystemError(
          "inotify", subject: folder, reason: "the document's folder was removed or renamed",
          exitStatus: .noInput)
      }
      progress.playback?.reap()
      try update(changes)
    }
    progress.playback?.stop()
    status.say("stopped watching \(document)")
  }

  /// Reloads the voices if they changed, then plans the document and renders what changed.
  private func update(_ changes: WatchChanges) throws {
    let clock = ContinuousClock()
    let start = clock.now
    var reloaded = false
    if changes.voices {
      do {
        try engine.reloadVoices()
        annotator = RememberingAnnotator(engine.annotator)
        planner = Self.planner(annotator, engine)
        reloaded = true
      } catch let error as LecternError {
        status.error("\(error.description); still using the voices loaded before")
      }
    }
    guard changes.document || reloaded else { return }
    do {
      let text = try Document.load(path: document)
      if !reloaded, let rendered, rendered.document == text {
        // Saved unchanged: nothing to do, but after an error the user wants to know.
        if failing { status.unchanged(since: start, clock: clock) }
        failing = false
        return
      }
      let plan = planner.plan(text)
      annotator.forgetUnused()
      guard plan.hasWords else { throw DocumentError.nothingToSpeak(path: document) }
      failing = false
      // Reloaded voices may change how the same plan sounds (rate, pauses): render.
      if !reloaded, let rendered, rendered.plan == plan {
        self.rendered = (text, plan)
        status.unchanged(since: start, clock: clock)
        return
      }
      try render(plan, text: text, since: start, clock: clock, reloaded: reloaded)
    } catch let error as LecternError {
      // Ctrl-C during a render: its staging folder is gone, nothing was replaced.
      if Interruption.requested { return }
      failing = true
      status.error("\(error.description); the last good render stays")
    }
  }

  private static func planner(
    _ annotator: RememberingAnnotator, _ engine: any WatchEngine
  ) -> Planner {
    Planner(annotator: annotator, languages: engine.annotator.languages, language: engine.language)
  }

  /// Renders `plan` exactly as `render` does and reports which parts changed.
  private func render(
    _ plan: RenderPlan, text: Document, since start: ContinuousClock.Instant,
    clock: ContinuousClock, reloaded: Bool
  ) throws {
    let renderer = engine.renderer(progress: progress, memory: memory)
    let manifest = try renderer.render(
      plan, source: document, into: output, settings: settings, previous: manifest)
    self.manifest = manifest
    let previous = progress.keys
    progress.keys = Dictionary(
      manifest.parts.map { ($0.id, $0.key) }, uniquingKeysWith: { first, _ in first })
    rendered = (text, plan)
    status.updated(
      manifest, previous: previous, synthesized: renderer.synthesizedParts,
      reloaded: reloaded, elapsed: clock.now - start)
  }
}

/// What a batch of file events means for a watch.
struct WatchChanges {
  /// The document was saved (written in place, or renamed into place).
  var document = false
  /// A file of the voices folder was saved, added or removed.
  var voices = false
  /// The folder that holds the document is gone: nothing more can be seen.
  var documentFolderGone = false

  init(document: Bool) {
    self.document = document
  }

  /// The meaning of `events` for the document `document` (its folder and name) and the
  /// voices folder `voices`. A document removed is not a change: editors that save by
  /// renaming remove it for a moment, and the save that follows is.
  init(_ events: [FileWatcher.Event], document: (folder: String, name: String), voices: String) {
    for event in events {
      switch event.kind {
      case .overflow:
        self.document = true
        self.voices = true
      case .folderGone:
        if event.folder == document.folder { documentFolderGone = true }
      case .written, .movedIn:
        if event.folder == document.folder && event.name == document.name {
          self.document = true
        }
        if event.folder == voices && Self.isVoicesFile(event.name) { self.voices = true }
      case .removed:
        if event.folder == voices && Self.isVoicesFile(event.name) { self.voices = true }
      case .created:
        break  // its content comes with the `written` that follows
      }
    }
  }

  /// Whether `name` is a file the voices folder is loaded from (not an editor's swap or
  /// backup file).
  static func isVoicesFile(_ name: String) -> Bool {
    guard !name.hasPrefix("."), !name.hasSuffix("~") else { return false }
    return name.hasSuffix(".profile") || name.hasSuffix(".pls") || name.hasSuffix(".language")
      || name == "languages.conf"
  }
}
