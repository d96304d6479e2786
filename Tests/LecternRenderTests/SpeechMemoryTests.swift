import Foundation
import LecternSpeech
import LecternText
import Testing

@testable import LecternRender

/// A renderer with a ``SpeechMemory`` (as `watch` uses it) synthesizes only what changed,
/// without a cache, writes what a renderer without one writes, and holds one document's
/// parts however many renders it makes.
@Suite
struct SpeechMemoryTests {
  let casting = VoiceCasting([VoiceProfile(name: "speaker", language: "en", voice: "en")])

  func plan(_ texts: [String]) -> RenderPlan { .paragraphs(texts, document: "doc") }

  func renderer(_ runner: InProcessSynthesisRunner, memory: SpeechMemory?) -> Renderer {
    Renderer(
      pool: runner, casting: casting, sampleRate: 22_050, engine: "test 1", memory: memory)
  }

  @Test func unchangedPartsComeFromMemoryWithoutACache() throws {
    let directory = try TestFolders.temporary("lectern-memory")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let runner = InProcessSynthesisRunner()
    let memory = SpeechMemory()
    let texts = ["One sentence.", "Another one here.", "And a third."]
    try renderer(runner, memory: memory).render(
      plan(texts), source: "doc.txt", into: directory + "/a", settings: .init())
    #expect(runner.jobsRun == texts.count)
    #expect(memory.count == texts.count)

    var edited = texts
    edited[1] = "An edited paragraph."
    let second = renderer(runner, memory: memory)
    try second.render(plan(edited), source: "doc.txt", into: directory + "/a", settings: .init())
    #expect(runner.jobsRun == texts.count + 1)
    #expect(second.synthesizedParts == 1)
    // The replaced part's speech is forgotten: one document's parts, not every version's.
    #expect(memory.count == texts.count)
    #expect(memory.masteredCount == texts.count)

    // The same outputs as a renderer without memory, file for file.
    try renderer(InProcessSynthesisRunner(), memory: nil).render(
      plan(edited), source: "doc.txt", into: directory + "/b", settings: .init())
    try TestFolders.expectSame(directory + "/a/doc", as: directory + "/b/doc")
  }

  /// Mastered parts (gain, limiter, room tone, padding; levels for the page) are taken from
  /// memory when their audio key is unchanged, under every profile, and the folder is still
  /// what a renderer without memory writes, the whole file's figures included.
  @Test(arguments: ["raw", "web", "audiobook"])
  func masteredPartsComeFromMemoryUnderEveryProfile(profile name: String) throws {
    let directory = try TestFolders.temporary("lectern-memory")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let profile = try MasteringProfiles.load(name, voicesDirectory: MasteringProfilesTests.voices)
    let settings = Renderer.Settings(master: profile)
    let memory = SpeechMemory()
    let texts = ["A first paragraph of words.", "A second one, longer than the first.", "Third."]
    try renderer(InProcessSynthesisRunner(), memory: memory).render(
      plan(texts), source: "doc.txt", into: directory + "/a", settings: settings)
    #expect(memory.masteredCount == texts.count)
    // Moved and edited: the unchanged parts keep their audio under other numbers.
    let edited = [texts[2], "An edited paragraph.", texts[0]]
    try renderer(InProcessSynthesisRunner(), memory: memory).render(
      plan(edited), source: "doc.txt", into: directory + "/a", settings: settings)
    #expect(memory.masteredCount == edited.count)
    try renderer(InProcessSynthesisRunner(), memory: nil).render(
      plan(edited), source: "doc.txt", into: directory + "/b", settings: settings)
    try TestFolders.expectSame(directory + "/a/doc", as: directory + "/b/doc")
  }

  @Test func aPartBeyondTheLimitIsNotKept() throws {
    let directory = try TestFolders.temporary("lectern-memory")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let memory = SpeechMemory(limit: 0)
    let runner = InProcessSynthesisRunner()
    try renderer(runner, memory: memory).render(
      plan(["Some words."]), source: "doc.txt", into: directory, settings: .init())
    try renderer(runner, memory: memory).render(
      plan(["Some words."]), source: "doc.txt", into: directory, settings: .init())
    #expect(memory.count == 0)
    #expect(memory.masteredCount == 0)
    #expect(memory.bytes == 0)
    #expect(runner.jobsRun == 2)
  }
}
