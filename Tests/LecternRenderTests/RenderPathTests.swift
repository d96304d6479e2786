import Foundation
import LecternAudio
import LecternSpeech
import LecternSystem
import LecternText
import Testing

@testable import LecternRender

/// The render layer's paths in this process over the test synthesizer: cache, keep-going,
/// linking, staging, and stopping at the first failure.
extension RendererTests {
  /// The names of the cache's entries (those whose name ends with `ending`).
  func entries(_ cache: SynthesisCache, ending: String = "") -> [String] {
    (FileSystem.entries(of: cache.directory) ?? []).filter { $0.count == 2 }.flatMap { folder in
      (FileSystem.entries(of: "\(cache.directory)/\(folder)") ?? []).map { "\(folder)/\($0)" }
    }.filter { $0.hasSuffix(ending) }.sorted()
  }

  /// The names of the cache's speech entries.
  func speechEntries(_ cache: SynthesisCache) -> [String] {
    entries(cache, ending: SynthesisCache.entryExtension)
  }

  @Test func leastRecentlyUsedEntriesGoFirst() throws {
    let directory = try temporaryDirectory()
    defer { FileSystem.removeTree(directory) }
    let cache = SynthesisCache(directory: directory + "/cache")
    try renderer().render(plan(), source: "t", into: directory, settings: .init(cache: cache))
    let paths = entries(cache).map { "\(cache.directory)/\($0)" }
    // Each part's speech and the part mastered.
    #expect(paths.count == 2 * 3)
    // Use them in a known order: the first path is the least recently used.
    for (index, path) in paths.enumerated() {
      var times = [timespec](repeating: timespec(tv_sec: 1_000 + index, tv_nsec: 0), count: 2)
      #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
    }
    let sizes = paths.map { FileSystem.status($0)?.size ?? 0 }
    // Room for all but the least recent.
    let limited = SynthesisCache(
      directory: cache.directory, sizeLimit: sizes.dropFirst().reduce(0, +))
    #expect(limited.prune() == 1)
    #expect(entries(cache).map { "\(cache.directory)/\($0)" } == Array(paths.dropFirst()))
  }

  @Test func entriesSwappedOnDiskAreRefusedAndMadeAgain() throws {
    let directory = try temporaryDirectory()
    defer { FileSystem.removeTree(directory) }
    let cache = SynthesisCache(directory: directory + "/cache")
    let first = try renderer().render(
      plan(), source: "t", into: directory, settings: .init(cache: cache))
    // The cache's own entries: a part's key in the manifest also covers its pauses.
    let paths = speechEntries(cache).map { "\(cache.directory)/\($0)" }
    try #require(paths.count == 3)
    let swapped = directory + "/swap"
    try FileSystem.rename(paths[1], to: swapped, failureStatus: .ioError)
    try FileSystem.rename(paths[2], to: paths[1], failureStatus: .ioError)
    try FileSystem.rename(swapped, to: paths[2], failureStatus: .ioError)
    let again = renderer()
    let second = try again.render(
      plan(), source: "t", into: directory + "/again", settings: .init(cache: cache))
    #expect(again.synthesizedParts == 2)
    #expect(second.parts.map(\.endFrame) == first.parts.map(\.endFrame))
  }

  @Test func aCrashWithKeepGoingBecomesHalfASecondOfSilence() throws {
    let directory = try temporaryDirectory()
    defer { FileSystem.removeTree(directory) }
    let crashing = plan(paragraph: "Here \(InProcessSynthesisRunner.crashMarker) it breaks.")
    #expect(throws: RenderError.self) {
      try renderer().render(crashing, source: "t", into: directory, settings: .init())
    }
    #expect(!FileSystem.exists(directory + "/test"))
    try renderer().render(
      crashing, source: "t", into: directory, settings: .init(keepGoing: true))
    let manifest = try writtenManifest(directory + "/test")
    let silenced = try #require(manifest.parts.last?.utterances.first)
    #expect(silenced.silenced)
    #expect(silenced.endFrame - silenced.startFrame == 11_025)
  }

  @Test func unchangedPartFilesAreLinkedFromThePreviousRender() throws {
    let directory = try temporaryDirectory()
    defer { FileSystem.removeTree(directory) }
    let settings = Renderer.Settings(cache: SynthesisCache(directory: directory + "/cache"))
    let first = try renderer().render(plan(), source: "t", into: directory, settings: settings)
    let before = first.parts.map { inode(directory + "/test/" + $0.file) }
    try renderer().render(
      plan(paragraph: "An edited paragraph."), source: "t", into: directory, settings: settings)
    let after = first.parts.map { inode(directory + "/test/" + $0.file) }
    #expect(after[0] == before[0] && after[1] == before[1])
    #expect(after[2] != before[2])
  }

  @Test func theFirstFailureStopsTheRemainingJobsAndReplacesNothing() throws {
    let directory = try temporaryDirectory()
    defer { FileSystem.removeTree(directory) }
    try renderer().render(plan(), source: "t", into: directory, settings: .init())
    let previous = try Data(contentsOf: URL(fileURLWithPath: directory + "/test/manifest.json"))
    // Only `en` is known: the opening's job fails (69), and nothing after it runs.
    let runner = InProcessSynthesisRunner(synthesizer: TestSynthesizer(knownVoices: ["ru"]))
    let error = try #require(throws: RenderError.self) {
      try renderer(runner).render(plan(), source: "t", into: directory, settings: .init())
    }
    #expect(error.exitStatus == .unavailable)
    #expect(runner.jobsRun == 1)
    #expect(
      try Data(contentsOf: URL(fileURLWithPath: directory + "/test/manifest.json")) == previous)
    #expect(FileSystem.entries(of: directory)?.sorted() == [".lectern.lock", "test"])
  }

  @Test func anUnusableCacheIsRefusedBeforeTheRender() throws {
    let directory = try temporaryDirectory()
    defer { FileSystem.removeTree(directory) }
    try AtomicFile.write("not a folder", to: directory + "/file")
    #expect(throws: SystemError.self) {
      try SynthesisCache(directory: directory + "/file").checkUsable()
    }
    #expect(throws: SystemError.self) {
      try SynthesisCache(directory: "/dev/null").checkUsable()
    }
    try SynthesisCache(directory: directory + "/fresh/cache").checkUsable()
  }

  @Test func aFIFOInTheCacheIsRemovedNotWaitedFor() throws {
    let directory = try temporaryDirectory()
    defer { FileSystem.removeTree(directory) }
    let cache = SynthesisCache(directory: directory + "/cache")
    try renderer().render(plan(), source: "t", into: directory, settings: .init(cache: cache))
    let path = try #require(speechEntries(cache).first.map { "\(cache.directory)/\($0)" })
    FileSystem.removeTree(path)
    #expect(mkfifo(path, 0o644) == 0)
    let runner = InProcessSynthesisRunner()
    try renderer(runner).render(plan(), source: "t", into: directory, settings: .init(cache: cache))
    #expect(runner.jobsRun == 1)
    #expect(FileSystem.isRegularFile(path))
  }

  func inode(_ path: String) -> UInt? {
    var status = stat()
    return stat(path, &status) == 0 ? UInt(status.st_ino) : nil
  }
}
