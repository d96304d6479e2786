import Foundation
import LecternAudio
import LecternRender
import Testing

/// Determinism, parallelism, crash isolation and the cache, seen from the command line.
@Suite(.serialized)
struct EngineIsolationTests {
  let seed = RenderCommandTests.seed
  let name = RenderCommandTests.name

  func samples(_ path: String) throws -> [Int16] {
    var reader = try SoundFileReader(path: path)
    return try reader.readAll()
  }

  /// The narrator's intro, an English paragraph, and the paragraph that ends in Russian.
  @Test(arguments: ["intro", "7", "15"])
  func previewEqualsThePartInAFullRender(part: String) throws {
    let (directory, _) = try RenderCommandTests.rendered.get()
    let scratch = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    let preview = scratch + "/preview.wav"
    let result = try LecternProcess.run(["preview", part, seed, "--output", preview, "--no-cache"])
    try #require(result.status == 0, "\(result.stderr)")
    let manifest = try RenderCommandTests.loadManifest(directory + "/\(name)")
    let file = try #require(manifest.parts.first { $0.id == part }?.file)
    #expect(try samples(preview) == samples(directory + "/\(name)/" + file))
    // The part's plan goes to stderr.
    #expect(result.stderr.contains("\(part).1"))
  }

  @Test func previewToStandardOutputIsACompleteWAV() throws {
    let result = try LecternProcess.run(["preview", "15", seed, "--stdout", "--no-cache"])
    try #require(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.prefix(4) == Data("RIFF".utf8))
    let size = result.stdout.dropFirst(4).prefix(4).enumerated().reduce(0) {
      $0 | Int($1.element) << (8 * $1.offset)
    }
    #expect(size + 8 == result.stdout.count)
  }

  @Test func unknownPartIsAUsageErrorListingTheIds() throws {
    let result = try LecternProcess.run(["preview", "99", seed, "--no-cache"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("intro, opening, 1, 2"))
    #expect(result.stderr.split(separator: "\n").count == 1)
  }

  @Test func rendersAreIdenticalForAnyNumberOfJobs() throws {
    let directory = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    for jobs in ["1", "2"] {
      let result = try LecternProcess.run(
        [
          "render", seed, "--output", directory + "/j" + jobs, "--jobs", jobs, "--no-cache",
          "--quiet",
        ])
      try #require(result.status == 0, "\(result.stderr)")
    }
    let manifest = try RenderCommandTests.loadManifest(directory + "/j1/\(name)")
    for file in ["\(name).wav", "manifest.json", "\(name).vtt"] + manifest.parts.map(\.file) {
      let one = try Data(contentsOf: URL(fileURLWithPath: directory + "/j1/\(name)/" + file))
      let two = try Data(contentsOf: URL(fileURLWithPath: directory + "/j2/\(name)/" + file))
      #expect(one == two, "\(file)")
    }
  }

  /// A document whose paragraph 2 crashes Debian's eSpeak NG (a crash vector of its corpus).
  func crashingDocument(in directory: String) throws -> String {
    let crash = Array(repeating: "a .", count: 200).joined(separator: " ") + " 12345"
    let text = """
      CRASH TEST ADDRESS

      1. The first paragraph is fine.

      2. \(crash)

      3. The third paragraph is fine too.
      """
    let path = directory + "/crash.txt"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test func engineCrashNamesThePartAndKeepsPreviousOutputs() throws {
    let directory = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let document = try crashingDocument(in: directory)
    let cache = ["LECTERN_CACHE_DIR": directory + "/cache"]
    let failed = try LecternProcess.run(
      ["render", document, "--output", directory + "/out", "--quiet"], environment: cache)
    #expect(failed.status == 70, "\(failed.stderr)")
    #expect(failed.stderr.contains("part 2, utterance 2."), "\(failed.stderr)")
    #expect(failed.stderr.contains("a . a ."))
    #expect(!FileManager.default.fileExists(atPath: directory + "/out/crash"))
    // The other parts were finished: a --keep-going run synthesizes only the crashing one.
    let kept = try LecternProcess.run(
      ["render", document, "--output", directory + "/out", "--keep-going"], environment: cache)
    #expect(kept.status == 0, "\(kept.stderr)")
    #expect(kept.stderr.contains("1 of"), "\(kept.stderr)")
    let manifest = try RenderCommandTests.loadManifest(directory + "/out/crash")
    let silenced = manifest.parts.flatMap(\.utterances).filter(\.silenced).map(\.id)
    #expect(!silenced.isEmpty)
    #expect(silenced.allSatisfy { $0.hasPrefix("2.") }, "\(silenced)")
    #expect(manifest.parts.map(\.id) == ["intro", "1", "2", "3"])
  }

  @Test func corruptCacheEntryIsSynthesizedAgain() throws {
    let directory = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let cache = ["LECTERN_CACHE_DIR": directory + "/cache"]
    let arguments = ["render", seed, "--output", directory + "/out"]
    let first = try LecternProcess.run(arguments, environment: cache)
    try #require(first.status == 0, "\(first.stderr)")
    let whole = try Data(contentsOf: URL(fileURLWithPath: directory + "/out/\(name)/\(name).wav"))
    // Flip a byte in the middle of one entry and truncate another.
    let count = try RenderCommandTests.loadManifest(directory + "/out/\(name)").parts.count
    let entries = try cacheEntries(directory + "/cache")
    try #require(entries.count == count)
    var flipped = try Data(contentsOf: URL(fileURLWithPath: entries[0]))
    flipped[flipped.count / 2] ^= 0xFF
    try flipped.write(to: URL(fileURLWithPath: entries[0]))
    let truncated = try Data(contentsOf: URL(fileURLWithPath: entries[1]))
    try truncated.prefix(truncated.count - 10).write(to: URL(fileURLWithPath: entries[1]))
    let second = try LecternProcess.run(arguments, environment: cache)
    try #require(second.status == 0, "\(second.stderr)")
    #expect(second.stderr.contains("2 of \(count) parts synthesized"), "\(second.stderr)")
    #expect(
      try Data(contentsOf: URL(fileURLWithPath: directory + "/out/\(name)/\(name).wav")) == whole)
  }

  @Test func oneParagraphEditSynthesizesOnePart() throws {
    let directory = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let cache = ["LECTERN_CACHE_DIR": directory + "/cache"]
    let document = directory + "/\(name).txt"
    let text = try String(contentsOfFile: seed, encoding: .utf8)
    try text.write(toFile: document, atomically: true, encoding: .utf8)
    let first = try LecternProcess.run(
      ["render", document, "--output", directory + "/out"], environment: cache)
    try #require(first.status == 0, "\(first.stderr)")
    let folder = directory + "/out/\(name)/"
    let previous = try RenderCommandTests.loadManifest(folder)
    let count = previous.parts.count
    #expect(first.stderr.contains("\(count) of \(count) parts synthesized"), "\(first.stderr)")
    let files = previous.parts.reduce(into: [:]) { $0[$1.id] = folder + $1.file }
    let (one, nine) = (try #require(files["1"]), try #require(files["9"]))
    let before = try (inode(one), inode(nine))
    try text.replacingOccurrences(of: "two weeks ago", with: "three weeks ago")
      .write(toFile: document, atomically: true, encoding: .utf8)
    let second = try LecternProcess.run(
      ["render", document, "--output", directory + "/out"], environment: cache)
    try #require(second.status == 0, "\(second.stderr)")
    #expect(
      second.stderr.contains("1 of \(count) parts synthesized, \(count - 1) from the cache"),
      "\(second.stderr)")
    let manifest = try RenderCommandTests.loadManifest(directory + "/out/\(name)")
    #expect(
      manifest.parts.first { $0.id == "9" }?.utterances.contains { $0.text.contains("three weeks") }
        == true)
    // An unchanged part's file is the previous one, linked; the edited part's is new.
    #expect(try inode(one) == before.0)
    #expect(try inode(nine) != before.1)
  }

  func inode(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.systemFileNumber] as? NSNumber)?.intValue ?? -1
  }

  @Test func killedRenderIsCleanedUpAndResumedByTheNext() throws {
    let directory = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let cache = directory + "/cache"
    let copies = directory + "/long.txt"
    let text = try String(contentsOfFile: seed, encoding: .utf8)
    try Array(repeating: text, count: 10).joined(separator: "\n\n").write(
      toFile: copies, atomically: true, encoding: .utf8)
    let arguments = ["render", copies, "--output", directory + "/out", "--quiet"]
    let killed = try LecternProcess.start(
      arguments, environment: ["LECTERN_CACHE_DIR": cache])
    // Killed for good (SIGKILL: no clean-up) once a few parts are in the cache.
    while killed.isRunning, (try? cacheEntries(cache).count) ?? 0 < 3 { usleep(10_000) }
    kill(-killed.processIdentifier, SIGKILL)
    killed.waitUntilExit()
    try #require(killed.terminationReason == .uncaughtSignal, "finished before it was killed")
    let stale = try FileManager.default.contentsOfDirectory(atPath: directory + "/out")
    #expect(stale.contains { $0.contains("lectern-tmp") }, "\(stale)")

    let next = try LecternProcess.run(
      ["render", copies, "--output", directory + "/out"], environment: ["LECTERN_CACHE_DIR": cache])
    #expect(next.status == 0, "\(next.stderr)")
    #expect(try visibleEntries(directory + "/out") == ["long"])
    // It resumed: the parts the killed render finished came from the cache.
    let summary = try #require(next.stderr.split(separator: "\n").last)
    let beforeCache = summary.components(separatedBy: " from the cache").first ?? ""
    let fromCache = beforeCache.split(separator: " ").last
    #expect(Int(fromCache ?? "") ?? 0 >= 3, "\(summary)")
  }

  func cacheEntries(_ folder: String) throws -> [String] {
    let enumerator = FileManager.default.enumerator(atPath: folder)
    var entries: [String] = []
    while let relative = enumerator?.nextObject() as? String {
      if relative.hasSuffix(".lspeech") { entries.append(folder + "/" + relative) }
    }
    return entries.sorted()
  }
}
