import Foundation
import LecternSpeech
import LecternText
import Testing

@testable import LecternRender

/// Parts are synthesized as clause pieces (``ClausePiece``): one job per distinct piece, and a
/// renderer with a ``SpeechMemory`` synthesizes again only the clauses an edit changed,
/// writing what a renderer without memory writes.
@Suite
struct ClausePieceRenderTests {
  let casting = VoiceCasting([VoiceProfile(name: "speaker", language: "en", voice: "en")])

  func plan(_ texts: [String]) -> RenderPlan { .paragraphs(texts, document: "doc") }

  func renderer(_ runner: InProcessSynthesisRunner, memory: SpeechMemory? = nil) -> Renderer {
    Renderer(
      pool: runner, casting: casting, sampleRate: 22_050, engine: "test 1", memory: memory)
  }

  @Test func aClauseSharedByTwoPartsIsSynthesizedOnce() throws {
    let directory = try TestFolders.temporary("lectern-pieces")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let runner = InProcessSynthesisRunner()
    let texts = ["Thank you, Varnholt.", "Thank you, Dorvel.", "Quelvoria listened."]
    let manifest = try renderer(runner).render(
      plan(texts), source: "doc.txt", into: directory, settings: .init())
    // "Thank you, ", "Varnholt.", "Dorvel." and the third paragraph.
    #expect(runner.jobsRun == 4)
    #expect(manifest.parts.count == 3)
  }

  @Test func anEditSynthesizesOnlyTheClausesItChanged() throws {
    let directory = try TestFolders.temporary("lectern-pieces")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let runner = InProcessSynthesisRunner()
    let memory = SpeechMemory()
    var texts = [
      "Varnholt opened the session, and Dorvel thanked the delegates.",
      "Quelvoria spoke next, very briefly; then the hall emptied.",
    ]
    func render() throws {
      try renderer(runner, memory: memory).render(
        plan(texts), source: "doc.txt", into: directory + "/a", settings: .init())
    }
    try render()
    #expect(runner.jobsRun == 5)
    // One clause of the first paragraph changes: one job.
    texts[0] = "Varnholt opened the session, and Dorvel thanked the hosts."
    try render()
    #expect(runner.jobsRun == 6)
    // The second paragraph was taken whole from memory by that render; its clauses were
    // kept with it, so an edit of its last clause is again one job.
    texts[1] = "Quelvoria spoke next, very briefly; then the hall stayed full."
    try render()
    #expect(runner.jobsRun == 7)
    // The same outputs as a renderer without memory, file for file.
    try renderer(InProcessSynthesisRunner()).render(
      plan(texts), source: "doc.txt", into: directory + "/b", settings: .init())
    try TestFolders.expectSame(directory + "/a/doc", as: directory + "/b/doc")
  }
}
