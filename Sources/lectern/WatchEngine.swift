import LecternRender
import LecternText

/// What a watch needs of the process's engine and voices folder: a ``Session`` (the engine
/// and its synthesis process), or in tests one whose renderers synthesize in the test's own
/// process.
protocol WatchEngine: AnyObject {
  /// The voices folder, watched for edits.
  var voicesDirectory: String { get }
  /// The document language stated with `--language`, if any.
  var language: String? { get }
  /// The profiles, lexicons and language files in use.
  var annotator: LanguageAnnotator { get }
  /// Loads the voices folder again; on failure the voices in use stay and the error (naming
  /// the file and line) is thrown.
  func reloadVoices() throws
  /// A renderer with the voices in use now, keeping speech in `memory`.
  func renderer(progress: any RenderProgress, memory: SpeechMemory?) -> Renderer
}

extension Session: WatchEngine {}
