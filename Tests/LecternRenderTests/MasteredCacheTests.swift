import Foundation
import LecternSpeech
import LecternText
import Testing

@testable import LecternRender

/// Parts mastered once are taken from the cache by the next render (no memory, as a one-shot
/// `render` after an edit), which writes exactly what a render without the cache writes; an
/// entry of another key, damaged or torn, is never used.
@Suite struct MasteredCacheTests {
  let casting = VoiceCasting([VoiceProfile(name: "speaker", language: "en", voice: "en")])
  let texts = ["A first paragraph of words.", "A second one, longer than the first.", "Third."]

  func renderer() -> Renderer {
    Renderer(
      pool: InProcessSynthesisRunner(), casting: casting, sampleRate: 22_050, engine: "test 1")
  }

  func render(
    _ texts: [String], into folder: String, cache: String?, profile: String = "raw"
  ) throws -> Renderer {
    let master = try MasteringProfiles.load(profile, voicesDirectory: MasteringProfilesTests.voices)
    let settings = Renderer.Settings(
      cache: cache.map { SynthesisCache(directory: $0) }, master: master)
    let renderer = renderer()
    try renderer.render(
      .paragraphs(texts, document: "doc"), source: "doc.txt", into: folder, settings: settings)
    return renderer
  }

  @Test(arguments: ["raw", "web", "audiobook"])
  func unchangedPartsAreNeitherMasteredNorMeasuredAgain(profile: String) throws {
    let directory = try TestFolders.temporary("lectern-mastered")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let cache = directory + "/cache"
    let first = try render(texts, into: directory + "/a", cache: cache, profile: profile)
    #expect(first.masteredParts == texts.count)
    #expect(try entries(cache).count == texts.count)
    // Moved and edited: the unchanged parts are taken from the cache under other numbers.
    let edited = [texts[2], "An edited paragraph.", texts[0]]
    let second = try render(edited, into: directory + "/a", cache: cache, profile: profile)
    #expect(second.masteredParts == 1)
    #expect(try entries(cache).count == texts.count + 1)
    _ = try render(edited, into: directory + "/b", cache: nil, profile: profile)
    try TestFolders.expectSame(directory + "/a/doc", as: directory + "/b/doc")
  }

  @Test func anEntryOfAnotherKeyOrDamagedIsMadeAgain() throws {
    let directory = try TestFolders.temporary("lectern-mastered")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let cache = directory + "/cache"
    _ = try render(texts, into: directory + "/a", cache: cache)
    let paths = try entries(cache)
    // Two entries swapped on disk, and one with a byte flipped.
    let swap = paths[0] + ".swap"
    try FileManager.default.moveItem(atPath: paths[0], toPath: swap)
    try FileManager.default.moveItem(atPath: paths[1], toPath: paths[0])
    try FileManager.default.moveItem(atPath: swap, toPath: paths[1])
    var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: paths[2])))
    bytes[bytes.count / 2] ^= 0x10
    try Data(bytes).write(to: URL(fileURLWithPath: paths[2]))

    let again = try render(texts, into: directory + "/a", cache: cache)
    #expect(again.masteredParts == texts.count)
    _ = try render(texts, into: directory + "/b", cache: nil)
    try TestFolders.expectSame(directory + "/a/doc", as: directory + "/b/doc")
    // The entries made again are good: a third render masters nothing.
    #expect(try render(texts, into: directory + "/a", cache: cache).masteredParts == 0)
  }

  @Test func anEntryReadsBackOnlyWhole() throws {
    let directory = try TestFolders.temporary("lectern-mastered")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    _ = try render(
      ["Two words."], into: directory + "/a", cache: directory + "/cache", profile: "web")
    let path = try #require(try entries(directory + "/cache").first)
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    let key = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    let part = RenderPlan.paragraphs(["Two words."], document: "doc").parts[0]
    let entry = try #require(MasteredArchive.entry(bytes, key: key, part: part))
    #expect(MasteredArchive.bytes(of: entry) == bytes)
    #expect(MasteredArchive.entry(bytes, key: String(key.reversed()), part: part) == nil)
    for length in [0, 4, bytes.count / 2, bytes.count - 1] {
      #expect(MasteredArchive.entry(Array(bytes[..<length]), key: key, part: part) == nil)
    }
    for offset in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 64)) {
      var flipped = bytes
      flipped[offset] ^= 0x01
      #expect(MasteredArchive.entry(flipped, key: key, part: part) == nil, "byte \(offset)")
    }
  }

  /// Under `raw`, the mastered samples are the speech laid out: the entry holds the figures,
  /// timings and levels only, and the reader lays the speech out again.
  @Test func aRawEntryHoldsNoSamplesAndTakesTheLaidOutSpeech() throws {
    let directory = try TestFolders.temporary("lectern-mastered")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    _ = try render(["Two words."], into: directory + "/a", cache: directory + "/cache")
    let path = try #require(try entries(directory + "/cache").first)
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    let key = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    let part = RenderPlan.paragraphs(["Two words."], document: "doc").parts[0]
    let manifest = try RendererTests().writtenManifest(directory + "/a/doc")
    let frames = try #require(manifest.parts.first).endFrame
    #expect(bytes.count < frames)
    #expect(MasteredArchive.entry(bytes, key: key, part: part) == nil)
    #expect(
      MasteredArchive.entry(bytes, key: key, part: part) { [Int16](repeating: 0, count: 3) }
        == nil)
    let laidOut = [Int16](repeating: 7, count: frames)
    let entry = try #require(MasteredArchive.entry(bytes, key: key, part: part) { laidOut })
    #expect(entry.samples == laidOut)
    #expect(MasteredArchive.bytes(of: entry, withSamples: false) == bytes)
  }

  func entries(_ cache: String) throws -> [String] {
    let enumerator = try #require(FileManager.default.enumerator(atPath: cache))
    return enumerator.compactMap { $0 as? String }
      .filter { $0.hasSuffix(MasteredArchive.entryExtension) }.map { cache + "/" + $0 }.sorted()
  }
}
