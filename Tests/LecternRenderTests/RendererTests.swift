import Foundation
import LecternAudio
import LecternSpeech
import LecternSupport
import LecternText
import Testing

@testable import LecternRender

/// The renderer over the test synthesizer, in this process: no engine and no fork, but real
/// files, cache, staging and links.
@Suite
struct RendererTests {
  let casting = VoiceCasting([
    VoiceProfile(
      name: "speaker", language: "en", voice: "en",
      pauses: .init(utterance: 100, paragraph: 300, part: 500)),
    VoiceProfile(name: "ru", language: "ru", voice: "ru"),
  ])

  func renderer(_ runner: InProcessSynthesisRunner = InProcessSynthesisRunner()) -> Renderer {
    Renderer(pool: runner, casting: casting, sampleRate: 22_050, engine: "test 1")
  }

  func plan(paragraph two: String = "Second paragraph here.") -> RenderPlan {
    func utterance(
      _ id: String, _ text: String, voice: String = "speaker", lang: String = "en"
    )
      -> Utterance
    {
      Utterance(
        id: id, text: text, spans: [Span(text: text, spoken: text, lang: lang, voice: voice)])
    }
    return RenderPlan(
      document: "test", language: "en",
      parts: [
        Part(id: "opening", kind: .opening, utterances: [utterance("opening.1", "Good morning.")]),
        Part(
          id: "1", kind: .paragraph,
          utterances: [utterance("1.1", "First sentence."), utterance("1.2", "And a second one.")]),
        Part(
          id: "2", kind: .paragraph,
          utterances: [
            utterance("2.1", two), utterance("2.2", "Большое спасибо.", voice: "ru", lang: "ru"),
          ]),
      ])
  }

  @Test func wholeFileIsPartsAndProfilePausesToTheSample() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try renderer().render(plan(), source: "test.txt", into: directory, settings: .init())
    let manifest = try writtenManifest(directory + "/test")
    var whole = try SoundFileReader(path: directory + "/test/test.wav")
    let samples = try whole.readAll()
    #expect(samples.count == manifest.frames)
    // Pauses: 500 ms after the opening (a part), 300 ms after paragraph 1, none at the end.
    let parts = manifest.parts
    #expect(parts[1].startFrame - parts[0].endFrame == 11_025)
    #expect(parts[2].startFrame - parts[1].endFrame == 6_615)
    #expect(parts[2].endFrame == manifest.frames)
    // Within a part, 100 ms between utterances.
    #expect(parts[1].utterances[1].startFrame - parts[1].utterances[0].endFrame == 2_205)
    for part in parts {
      var reader = try SoundFileReader(path: directory + "/test/" + part.file)
      #expect(try reader.readAll() == Array(samples[part.startFrame..<part.endFrame]))
    }
    #expect(parts[2].utterances[1].languages == ["ru"])
  }

  @Test func cacheSynthesizesOnlyWhatChanged() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let settings = Renderer.Settings(cache: SynthesisCache(directory: directory + "/cache"))
    let renderer = renderer()
    try renderer.render(plan(), source: "t", into: directory, settings: settings)
    #expect(renderer.synthesizedParts == 3)
    try renderer.render(plan(), source: "t", into: directory, settings: settings)
    #expect(renderer.synthesizedParts == 3)
    try renderer.render(
      plan(paragraph: "An edited paragraph."), source: "t", into: directory, settings: settings)
    #expect(renderer.synthesizedParts == 4)
  }

  @Test func aRenderReturningNoPartEntriesWritesTheSameAndStillNamesFailingParts() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    // No speech is this quiet: the whole file and every part fail the profile.
    var strict = MasteringProfile(name: "strict")
    strict.rms = -200 ... -190
    var settings = Renderer.Settings(master: strict)
    let summaries = SummaryRecorder()
    let renderer = Renderer(
      pool: InProcessSynthesisRunner(), casting: casting, sampleRate: 22_050, engine: "test 1",
      progress: summaries)
    let full = try renderer.render(plan(), source: "t", into: directory + "/a", settings: settings)
    settings.returnsPartEntries = false
    let lean = try renderer.render(plan(), source: "t", into: directory + "/b", settings: settings)
    #expect(full.parts.map(\.id) == ["opening", "1", "2"])
    #expect(lean.parts.isEmpty)
    #expect(lean.loudness == full.loudness)
    try TestFolders.expectSame(directory + "/b/test", as: directory + "/a/test")
    #expect(summaries.lines.count == 2)
    #expect(Set(summaries.lines).count == 1)
    let summary = try #require(summaries.lines.first)
    #expect(summary.contains("; FAILS strict: whole: RMS "), "\(summary)")
    #expect(summary.contains("; part opening: RMS "), "\(summary)")
    #expect(summary.hasSuffix(" (and 2 more)"), "\(summary)")
  }

  /// Keeps every summary line a render reports.
  final class SummaryRecorder: RenderProgress {
    var lines: [String] = []
    func started(document: String, parts: Int) {}
    func finished(part: String, audioSeconds: Double) {}
    func completed(
      document: String, directory: String, files: Int, audioSeconds: Double, synthesized: Int
    ) {}
    func measured(_ summary: String) { lines.append(summary) }
  }

  /// The manifest a render wrote into `folder` (a render returns its parts without their
  /// utterances: they are in the file).
  func writtenManifest(_ folder: String) throws -> Manifest {
    try JSONDecoder().decode(
      Manifest.self, from: Data(contentsOf: URL(fileURLWithPath: folder + "/manifest.json")))
  }

  func temporaryDirectory() throws -> String { try TestFolders.temporary("lectern-render") }
}
