import Foundation
import LecternRender
import Testing

/// The cache's size cap: `$LECTERN_CACHE_SIZE` for renders and `cache prune`, `--max-size`
/// over it, and a value that is not a size.
@Suite struct CacheSizeTests {
  @Test func theVariableSetsTheCapAndAnythingButASizeIsRefused() {
    #expect(SynthesisCache.sizeLimit(environment: [:]) == SynthesisCache.defaultSizeLimit)
    #expect(SynthesisCache.sizeLimit(environment: ["LECTERN_CACHE_SIZE": ""]) == 1 << 30)
    #expect(SynthesisCache.sizeLimit(environment: ["LECTERN_CACHE_SIZE": "3G"]) == 3 << 30)
    #expect(SynthesisCache.sizeLimit(environment: ["LECTERN_CACHE_SIZE": "1.5k"]) == 1536)
    #expect(SynthesisCache.sizeLimit(environment: ["LECTERN_CACHE_SIZE": "700"]) == 700)
    for wrong in ["big", "-1G", "1GB", "G", "nan", "inf"] {
      let limit = SynthesisCache.sizeLimit(environment: ["LECTERN_CACHE_SIZE": wrong])
      #expect(limit == nil, "\(wrong)")
    }
    // Beyond any disk, a cap is no cap; it must not trap converting to Int.
    #expect(SynthesisCache.sizeLimit(environment: ["LECTERN_CACHE_SIZE": "1e30T"]) == 1 << 62)
  }

  @Test func pruneTakesTheCapFromTheVariableUnlessMaxSizeIsGiven() throws {
    let folder = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let cache = try Self.cacheOfTwoEntries(in: folder)
    let kept = try LecternProcess.run(
      ["cache", "prune", "--cache", cache, "--max-size", "4K"],
      environment: ["LECTERN_CACHE_SIZE": "1K"])
    #expect(kept.output == "\(cache): removed 0 entries\n", "\(kept.stderr)")
    let pruned = try LecternProcess.run(
      ["cache", "prune", "--cache", cache], environment: ["LECTERN_CACHE_SIZE": "1K"])
    #expect(pruned.output == "\(cache): removed 1 entries\n", "\(pruned.stderr)")
    #expect(FileManager.default.fileExists(atPath: cache + "/bb/bb1.lspeech"))
  }

  @Test func pruneRefusesAVariableThatIsNotASize() throws {
    let folder = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let cache = try Self.cacheOfTwoEntries(in: folder)
    let result = try LecternProcess.run(
      ["cache", "prune", "--cache", cache], environment: ["LECTERN_CACHE_SIZE": "lots"])
    #expect(result.status == 64)
    #expect(
      result.stderr.hasPrefix(
        "Error: $LECTERN_CACHE_SIZE must be a number of bytes, or a number with K, M, G or T "
          + "(got \"lots\")"), "\(result.stderr)")
    #expect(FileManager.default.fileExists(atPath: cache + "/aa/aa1.lspeech"))
  }

  @Test func aRenderPrunesToTheVariablesCapAndWarnsOnceAboutAWrongOne() throws {
    let folder = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let document = folder + "/note.txt"
    try "A short note to the council.\n".write(toFile: document, atomically: true, encoding: .utf8)
    let cache = folder + "/cache"
    let capped = try LecternProcess.run(
      ["render", document, "--output", folder + "/out", "--master", "raw", "--no-page", "--quiet"],
      environment: ["LECTERN_CACHE_DIR": cache, "LECTERN_CACHE_SIZE": "1"])
    #expect(capped.status == 0, "\(capped.stderr)")
    // Every entry is larger than one byte, so none outlives the render's own pruning.
    #expect(Self.entries(in: cache).isEmpty)
    let wrong = try LecternProcess.run(
      ["render", document, "--output", folder + "/out", "--master", "raw", "--no-page", "--quiet"],
      environment: ["LECTERN_CACHE_DIR": cache, "LECTERN_CACHE_SIZE": "1 GiB"])
    #expect(wrong.status == 0, "\(wrong.stderr)")
    #expect(
      wrong.stderr == "lectern: warning: $LECTERN_CACHE_SIZE must be a number of bytes, or a "
        + "number with K, M, G or T (got \"1 GiB\"); the cache holds at most 1G\n")
    #expect(!Self.entries(in: cache).isEmpty)
  }

  /// A cache folder in `folder` of two 1,000-byte entries, `aa1` used before `bb1`.
  static func cacheOfTwoEntries(in folder: String) throws -> String {
    let cache = folder + "/cache"
    for (index, name) in ["aa/aa1.lspeech", "bb/bb1.lspeech"].enumerated() {
      let path = cache + "/" + name
      try FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try Data(repeating: 1, count: 1000).write(to: URL(fileURLWithPath: path))
      try FileManager.default.setAttributes(
        [.modificationDate: Date(timeIntervalSince1970: Double(1_000_000 + index))],
        ofItemAtPath: path)
    }
    return cache
  }

  /// The entries in `cache`, at any depth.
  static func entries(in cache: String) -> [String] {
    let names = FileManager.default.enumerator(atPath: cache)?.allObjects as? [String] ?? []
    return names.filter { $0.hasSuffix(".lspeech") || $0.hasSuffix(".lmaster") }
  }
}
