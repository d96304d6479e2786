import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// What crosses the process and system boundaries: exit statuses, the environment, the
/// cache folder, scratch folders.
@Suite(.serialized)
struct SystemBoundaryTests {
  let seed = RenderCommandTests.seed
  let name = RenderCommandTests.name

  /// A copy of the project's voices folder with `edit` applied to `file`.
  func voices(editing file: String, _ edit: (String) -> String) throws -> String {
    let directory = try LecternProcess.temporaryDirectory()
    let source = LecternProcess.packageRoot + "/voices"
    for entry in try FileManager.default.contentsOfDirectory(atPath: source) {
      try FileManager.default.copyItem(
        atPath: source + "/" + entry, toPath: directory + "/" + entry)
    }
    let path = directory + "/" + file
    try edit(try String(contentsOfFile: path, encoding: .utf8))
      .write(toFile: path, atomically: true, encoding: .utf8)
    return directory
  }

  /// The engine ignores an unknown variant silently; a profile naming one is refused when
  /// the voices are loaded (it used to end mid-render in an engine "crash", 70).
  @Test func aVariantTheEngineLacksIsAConfigurationErrorAtLoad() throws {
    let folder = try voices(editing: "speaker.profile") {
      $0.replacingOccurrences(of: "variant = m3", with: "variant = zzz")
    }
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let profile = folder + "/speaker.profile"
    let line =
      try #require(
        try String(contentsOfFile: profile, encoding: .utf8).split(
          separator: "\n", omittingEmptySubsequences: false
        ).firstIndex { $0.hasPrefix("variant") }) + 1
    for command in [["render", seed, "--output", folder + "/out"], ["preview", "1", seed]] {
      let result = try LecternProcess.run(command + ["--voices", folder, "--no-cache"])
      #expect(result.status == 78, "\(command): \(result.stderr)")
      #expect(
        result.stderr.hasPrefix("lectern: \(profile):\(line): eSpeak NG has no variant \"zzz\""))
      #expect(result.stderr.split(separator: "\n").count == 1)
    }
  }

  /// The same document under two HOMEs, two working folders and two environment sizes:
  /// byte-identical outputs. (The narrator's variant f2 draws breath noise from the C
  /// library's `rand`, whose state the engine's start-up left depending on the environment.)
  @Test func outputsDoNotDependOnTheEnvironment() throws {
    let scratch = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    let document = seed
    let voices = LecternProcess.packageRoot + "/voices"
    let environments: [(directory: String, environment: [String: String])] = [
      (LecternProcess.packageRoot, ["HOME": "/x"]),
      (scratch, ["HOME": scratch + "/a/b/c", "PADDING": String(repeating: "p", count: 20_000)]),
      ("/", ["HOME": "/root", "LANG": "C"]),
    ]
    for (index, setting) in environments.enumerated() {
      let result = try LecternProcess.run(
        [
          "render", document, "--voices", voices, "--output", "\(scratch)/out\(index)",
          "--no-cache", "--quiet",
        ], in: setting.directory, environment: setting.environment)
      try #require(result.status == 0, "\(result.stderr)")
    }
    let files = try FileManager.default.subpathsOfDirectory(atPath: "\(scratch)/out0/\(name)")
      .filter { !$0.hasSuffix("parts") }.sorted()
    #expect(files.count > 5)
    for file in files {
      let first = try Data(contentsOf: URL(fileURLWithPath: "\(scratch)/out0/\(name)/\(file)"))
      for index in 1..<environments.count {
        let other = try Data(
          contentsOf: URL(fileURLWithPath: "\(scratch)/out\(index)/\(name)/\(file)"))
        #expect(other == first, "\(file) differs under environment \(index)")
      }
    }
  }

  /// A device, a file, and a folder nobody (root included) can create.
  @Test(arguments: ["/dev/null", "a file", "/proc/lectern-cache"])
  func anUnusableCacheIsAWarningNotAFailure(cache: String) throws {
    let scratch = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    var cache = cache
    if cache == "a file" {
      cache = scratch + "/cache"
      try Data("a file".utf8).write(to: URL(fileURLWithPath: cache))
    }
    let result = try LecternProcess.run(
      ["preview", "1", seed, "--output", scratch + "/p.wav"],
      environment: ["LECTERN_CACHE_DIR": cache])
    #expect(result.status == 0, "\(result.stderr)")
    let warnings = result.stderr.split(separator: "\n").filter { $0.contains("warning") }
    #expect(warnings.count == 1)
    #expect(warnings.first?.hasPrefix("lectern: warning: rendering without the cache: ") == true)
    #expect(!result.stderr.contains("NSCocoaErrorDomain"))
  }

  @Test func previewToStandardOutputLeavesNoScratchFolder() throws {
    let scratch = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    // What a killed preview of a process that no longer exists left behind.
    let dead = try deadProcess()
    let leftover = "\(scratch)/.lectern-stdout.lectern-tmp-\(dead)-aB3xYz"
    try FileManager.default.createDirectory(atPath: leftover, withIntermediateDirectories: true)
    let result = try LecternProcess.run(
      ["preview", "1", seed, "--stdout", "--no-cache"], environment: ["TMPDIR": scratch])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.prefix(4) == Data("RIFF".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: scratch).isEmpty)
  }

  @Test func aWorkersLeftoverInTheCacheIsRemoved() throws {
    let scratch = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    let dead = try deadProcess()
    let folder = scratch + "/cache/ab"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let leftover = "\(folder)/.ab12.lspeech.lectern-tmp-\(dead)-0123abcd"
    try Data("half an archive".utf8).write(to: URL(fileURLWithPath: leftover))
    let result = try LecternProcess.run(
      ["render", seed, "--output", scratch + "/out", "--quiet"],
      environment: ["LECTERN_CACHE_DIR": scratch + "/cache"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: leftover))
  }

  /// The id of a process that has ended.
  func deadProcess() throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/true")
    try process.run()
    process.waitUntilExit()
    return process.processIdentifier
  }
}
