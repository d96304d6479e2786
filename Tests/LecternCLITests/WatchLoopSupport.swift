import Foundation
import LecternRender
import LecternSpeech
import LecternText
import Testing

@testable import lectern

/// The test double of ``WatchEngine``: the real voices folder given, and renderers that
/// synthesize in this process with the deterministic test synthesizer (no engine, no fork).
final class InProcessWatchEngine: WatchEngine {
  let voicesDirectory: String
  let language: String? = nil
  private(set) var annotator: LanguageAnnotator
  /// Runs every synthesis job of every renderer, and counts them.
  let runner = InProcessSynthesisRunner()

  init(voices: String) throws {
    voicesDirectory = voices
    annotator = try Self.load(voices)
  }

  private static func load(_ voices: String) throws -> LanguageAnnotator {
    try LanguageAnnotator.load(directory: voices, identifier: LanguageOption.identifier)
  }

  func reloadVoices() throws {
    annotator = try Self.load(voicesDirectory)
  }

  func renderer(progress: any RenderProgress, memory: SpeechMemory?) -> Renderer {
    Renderer(
      pool: runner, casting: VoiceCasting(annotator.library), sampleRate: 22_050,
      engine: "test 1", progress: progress, memory: memory)
  }
}

/// A watch session in this process on a short address of its own, in a temporary folder
/// (`doc/`, `out/`, `fresh/`) removed at the end: its saves are scripted
/// (``ScriptedFileChanges``), its lines recorded (``RecordingWatchLog``).
final class WatchSession {
  let folder: String
  let document: String
  var documentFolder: String { folder + "/doc" }
  let name = "address"
  /// The document's render folder.
  var rendered: String { folder + "/out/" + name }
  let engine: InProcessWatchEngine
  let log = RecordingWatchLog()

  /// The address: a title, a salutation, three paragraphs and a closing.
  static let text = """
    Remarks by the Secretary General at the Regional Conference on Maritime Security

    Excellencies, ladies and gentlemen,

    1. It is an honour to open this conference on the security of our seas and ports.

    2. Criminal networks move drugs, weapons and people along the same routes every year.

    3. Only shared information lets police forces stop them before they reach our shores.

    Thank you.

    """

  /// The address with its second paragraph edited (`Indeed,` in front).
  static let edited = text.replacingOccurrences(
    of: "Criminal networks", with: "Indeed, criminal networks")

  /// A session on ``text`` with the voices folder `voices` (the package's by default).
  init(voices: String? = nil) throws {
    folder = try LecternProcess.temporaryDirectory()
    for sub in ["doc", "out", "fresh"] {
      try FileManager.default.createDirectory(
        atPath: folder + "/" + sub, withIntermediateDirectories: true)
    }
    document = folder + "/doc/\(name).txt"
    try Self.text.write(toFile: document, atomically: false, encoding: .utf8)
    engine = try InProcessWatchEngine(voices: voices ?? LecternProcess.packageRoot + "/voices")
  }

  deinit {
    try? FileManager.default.removeItem(atPath: folder)
  }

  /// Runs the watch through `steps`; it ends after the last, as after Ctrl-C.
  @discardableResult
  func run(_ steps: [ScriptedFileChanges.Step]) throws -> ScriptedFileChanges {
    let changes = ScriptedFileChanges(steps)
    let watch = DocumentWatch(
      document: document, output: folder + "/out", engine: engine, settings: .init(), log: log)
    try watch.run(changes)
    return changes
  }

  /// A save by rename of `bytes` as the document, after `before` (a look at what the update
  /// before this save left).
  func save(_ bytes: Data, before: @escaping () throws -> Void = {}) -> ScriptedFileChanges.Step {
    let (folder, document) = (documentFolder, self.document)
    return ScriptedFileChanges.Step(
      edit: {
        try before()
        let beside = folder + "/.\(UUID().uuidString).swp"
        try bytes.write(to: URL(fileURLWithPath: beside))
        #expect(rename(beside, document) == 0)
      }, events: ScriptedFileChanges.savedByRename(name + ".txt", in: folder))
  }

  /// A save by rename of `text`.
  func save(_ text: String, before: @escaping () throws -> Void = {}) -> ScriptedFileChanges.Step {
    save(Data(text.utf8), before: before)
  }

  /// The manifest of the render in place.
  func manifest() throws -> Manifest {
    try RenderCommandTests.loadManifest(rendered)
  }

  /// The id of the part of the render in place that says `words`.
  func part(saying words: String) throws -> String {
    let part = try manifest().parts.first { $0.utterances.contains { $0.text.contains(words) } }
    return try #require(part, "no part says \(words)").id
  }

  /// Every file a render of the document as it is now writes, by a renderer of its own with
  /// no memory: what `render` would write after the edit.
  func freshRender() throws -> [String: Data] {
    let fresh = try InProcessWatchEngine(voices: engine.voicesDirectory)
    let plan = Planner(annotator: fresh.annotator, language: nil).plan(
      try Document.load(path: document))
    try fresh.renderer(progress: RenderProgressReporter(style: .quiet), memory: nil).render(
      plan, source: document, into: folder + "/fresh", settings: .init())
    return contents(folder + "/fresh/" + name)
  }
}
