import Foundation
import LecternAudio
import LecternSpeech
import LecternText
import Testing

@testable import LecternRender

/// The render key: what makes a render current, so that a batch re-run may skip it.
@Suite
struct RenderKeyTests {
  let base = RendererTests()

  func renderer(utterancePause: Int = 100) -> Renderer {
    let casting = VoiceCasting([
      VoiceProfile(
        name: "speaker", language: "en", voice: "en",
        pauses: .init(utterance: utterancePause, paragraph: 300, part: 500)),
      VoiceProfile(name: "ru", language: "ru", voice: "ru"),
    ])
    return Renderer(
      pool: InProcessSynthesisRunner(), casting: casting, sampleRate: 22_050, engine: "test 1")
  }

  @Test func everyIngredientChangesTheKeyAndNothingElseDoes() throws {
    let renderer = renderer()
    let plan = base.plan()
    let key = try renderer.renderKey(plan, source: "t.txt", settings: .init())
    #expect(try renderer.renderKey(plan, source: "t.txt", settings: .init()) == key)
    // The cache, the sharing mode and what a render returns change how, never what, a
    // render writes.
    var sharing = Renderer.Settings(cache: SynthesisCache(directory: "/elsewhere"), shared: true)
    sharing.returnsPartEntries = false
    #expect(try renderer.renderKey(plan, source: "t.txt", settings: sharing) == key)
    var retitled = plan
    retitled.metadata.title = "Another title"
    var loud = MasteringProfile(name: "web")
    loud.loudness = -16
    var louder = loud
    louder.loudness = -14
    var rewritten = plan
    rewritten.parts[1].utterances[0].text = "First sentence, as written."
    let others = try [
      renderer.renderKey(plan, source: "other/t.txt", settings: .init()),
      renderer.renderKey(plan, source: "t.txt", settings: .init(format: .flac)),
      renderer.renderKey(plan, source: "t.txt", settings: .init(page: false)),
      renderer.renderKey(plan, source: "t.txt", settings: .init(keepGoing: true)),
      // The mastering profile, by name and by any of its values.
      renderer.renderKey(plan, source: "t.txt", settings: .init(master: loud)),
      renderer.renderKey(plan, source: "t.txt", settings: .init(master: louder)),
      renderer.renderKey(base.plan(paragraph: "Edited."), source: "t.txt", settings: .init()),
      renderer.renderKey(retitled, source: "t.txt", settings: .init()),
      renderer.renderKey(rewritten, source: "t.txt", settings: .init()),
      // A pause between utterances changes the audio but no synthesis key.
      self.renderer(utterancePause: 150).renderKey(plan, source: "t.txt", settings: .init()),
    ]
    #expect(Set(others + [key]).count == others.count + 1)
  }

  @Test func aRenderIsCurrentUntilItsFilesOrIngredientsChange() throws {
    let directory = try base.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let renderer = renderer()
    let plan = base.plan()
    #expect(renderer.currentRender(of: plan, source: "t", in: directory, settings: .init()) == nil)
    let manifest = try renderer.render(plan, source: "t", into: directory, settings: .init())
    #expect(manifest.renderKey == (try renderer.renderKey(plan, source: "t", settings: .init())))
    #expect(
      renderer.currentRender(of: plan, source: "t", in: directory, settings: .init())
        == (try RendererTests().writtenManifest(directory + "/test")))
    #expect(
      renderer.currentRender(of: plan, source: "t", in: directory, settings: .init(format: .flac))
        == nil)
    #expect(
      self.renderer(utterancePause: 150).currentRender(
        of: plan, source: "t", in: directory, settings: .init()) == nil)
    try FileManager.default.removeItem(atPath: directory + "/test/" + manifest.parts[1].file)
    #expect(renderer.currentRender(of: plan, source: "t", in: directory, settings: .init()) == nil)
  }

  @Test func aRenderWithoutItsChaptersFileIsNotCurrent() throws {
    let directory = try base.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let renderer = renderer()
    let plan = base.plan()
    let manifest = try renderer.render(plan, source: "t", into: directory, settings: .init())
    let chapters = try #require(manifest.chapters)
    #expect(
      renderer.currentRender(of: plan, source: "t", in: directory, settings: .init())
        == (try RendererTests().writtenManifest(directory + "/test")))
    try FileManager.default.removeItem(atPath: directory + "/test/" + chapters)
    #expect(renderer.currentRender(of: plan, source: "t", in: directory, settings: .init()) == nil)
  }

  @Test func theProgramIsIdentifiedByItsBuildID() {
    #expect(ProgramIdentity.current.hasPrefix("build-id:"))
    #expect(ProgramIdentity.current.count > "build-id:".count + 16)
    let missing = FileManager.default.temporaryDirectory.path + "/\(UUID().uuidString)"
    #expect(ProgramIdentity.identify(executable: missing) == "unknown")
  }
}
