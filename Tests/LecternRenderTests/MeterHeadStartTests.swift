import Foundation
import LecternAudio
import LecternSpeech
import LecternText
import Testing

@testable import LecternRender

/// The whole file's meter fed ahead between two renders of a watch (``MeterHeadStart``) is
/// taken only when it fed exactly the new render's first parts and pauses, and the folder is
/// then byte for byte what a renderer without memory writes (the whole file's loudness,
/// range, RMS, noise floor, head and tail in the manifest included), under every profile.
@Suite
struct MeterHeadStartTests {
  let texts = [
    "A first paragraph of words.", "A second one, longer than the first.", "Third, short.",
    "A fourth paragraph, with a few more words in it.", "And a fifth to end.",
  ]

  func casting(paragraphPause: Int = 900) -> VoiceCasting {
    VoiceCasting([
      VoiceProfile(
        name: "speaker", language: "en", voice: "en",
        pauses: .init(paragraph: paragraphPause))
    ])
  }

  func renderer(memory: SpeechMemory?, casting: VoiceCasting) -> Renderer {
    Renderer(
      pool: InProcessSynthesisRunner(), casting: casting, sampleRate: 22_050, engine: "test 1",
      memory: memory)
  }

  /// Renders `texts` with `memory` into `watched`, and without memory into `fresh`; expects
  /// the two folders to hold the same bytes; returns whether the head start was taken.
  func render(
    _ texts: [String], memory: SpeechMemory, settings: Renderer.Settings,
    casting: VoiceCasting, in directory: String
  ) throws -> Bool {
    let watching = renderer(memory: memory, casting: casting)
    let plan = RenderPlan.paragraphs(texts, document: "doc")
    try watching.render(plan, source: "doc.txt", into: directory + "/watched", settings: settings)
    try? FileManager.default.removeItem(atPath: directory + "/fresh")
    try renderer(memory: nil, casting: casting).render(
      plan, source: "doc.txt", into: directory + "/fresh", settings: settings)
    let files = try TestFolders.expectSame(
      directory + "/watched/doc", as: directory + "/fresh/doc")
    #expect(files.contains("manifest.json"))
    return watching.tookHeadStart
  }

  @Test(arguments: ["raw", "web", "audiobook"])
  func theSamePartEditedAgainTakesTheHeadStart(profile name: String) throws {
    let directory = try TestFolders.temporary("lectern-headstart")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let profile = try MasteringProfiles.load(name, voicesDirectory: MasteringProfilesTests.voices)
    let settings = Renderer.Settings(master: profile)
    let memory = SpeechMemory()
    let casting = casting()
    var edited = texts
    // The first render masters every part: nothing to feed ahead.
    #expect(
      try !render(edited, memory: memory, settings: settings, casting: casting, in: directory))
    #expect(memory.headStart == nil)
    edited[3] = "An edited fourth paragraph."
    #expect(
      try !render(edited, memory: memory, settings: settings, casting: casting, in: directory))
    #expect(memory.headStart?.keys.count == 3)
    // The writer's loop: the same paragraph again.
    edited[3] = "The fourth paragraph, edited twice."
    #expect(try render(edited, memory: memory, settings: settings, casting: casting, in: directory))
    // An edit before it: the parts it skipped are fed after all.
    edited[1] = "An edited second paragraph."
    #expect(
      try !render(edited, memory: memory, settings: settings, casting: casting, in: directory))
    #expect(memory.headStart?.keys.count == 1)
  }

  /// A document cut to exactly the parts fed ahead takes the meter at the end; one cut
  /// shorter feeds its parts after all.
  @Test func aDocumentCutShortEndsWithTheRightParts() throws {
    let directory = try TestFolders.temporary("lectern-headstart")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let memory = SpeechMemory()
    let (casting, settings) = (casting(), Renderer.Settings())
    var edited = texts
    _ = try render(edited, memory: memory, settings: settings, casting: casting, in: directory)
    edited[4] = "A new ending."
    _ = try render(edited, memory: memory, settings: settings, casting: casting, in: directory)
    #expect(memory.headStart?.keys.count == 4)
    #expect(
      try render(
        Array(texts.prefix(4)), memory: memory, settings: settings, casting: casting,
        in: directory))
    // Every part unchanged: the next head start is the whole document.
    #expect(memory.headStart?.keys.count == 4)
    #expect(
      try !render(
        Array(texts.prefix(2)), memory: memory, settings: settings, casting: casting,
        in: directory))
  }

  /// The same parts with other pauses between them (voices reloaded) are not what was fed.
  @Test func otherPausesBetweenTheSamePartsAreFedAgain() throws {
    let directory = try TestFolders.temporary("lectern-headstart")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let memory = SpeechMemory()
    var edited = texts
    _ = try render(edited, memory: memory, settings: .init(), casting: casting(), in: directory)
    edited[3] = "An edited fourth paragraph."
    _ = try render(edited, memory: memory, settings: .init(), casting: casting(), in: directory)
    edited[3] = "The fourth paragraph, edited twice."
    let shorter = casting(paragraphPause: 400)
    #expect(try !render(edited, memory: memory, settings: .init(), casting: shorter, in: directory))
    #expect(memory.headStart?.pauses == [8_820, 8_820])
  }

  /// What a head start covers: its parts in order, with the pauses fed between them.
  @Test func coversOnlyItsPartsWithTheirPauses() throws {
    let start = MeterHeadStart(
      parts: [("a", [1, 2, 3]), ("b", [4, 5])], pauses: [7, 9], sampleRate: 8_000, tone: nil,
      modes: [.integrated, .range], path: "whole.wav")
    #expect(start.covers(0, key: "a", after: 0))
    #expect(start.covers(1, key: "b", after: 7))
    #expect(!start.covers(1, key: "b", after: 9))
    #expect(!start.covers(1, key: "c", after: 7))
    #expect(!start.covers(2, key: "c", after: 9))
    #expect(start.suits(sampleRate: 8_000, modes: [.integrated, .range], tone: nil))
    #expect(!start.suits(sampleRate: 8_000, modes: [.integrated, .range, .histogram], tone: nil))
    #expect(
      !start.suits(
        sampleRate: 8_000, modes: [.integrated, .range],
        tone: RoomTone(level: -60, sampleRate: 8_000)))
    let fed = try #require(start.take())
    #expect(fed.meter.frames == 3 + 7 + 2)
  }
}
