import Foundation
import LecternAudio
import LecternSystem
import Testing

/// What a render must never do: lose a good earlier render, leave temporaries, or corrupt a
/// concurrent render; and how it reports what a user got wrong.
@Suite(.serialized)
struct RenderSafetyTests {
  let seed = RenderCommandTests.seed
  let name = RenderCommandTests.name

  /// Every regular file under `folder`, with its bytes.
  func snapshot(_ folder: String) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: folder)
    while let relative = enumerator?.nextObject() as? String {
      var isDirectory: ObjCBool = false
      let path = folder + "/" + relative
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        files[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
      }
    }
    return files
  }

  @Test func failedWriteLeavesThePreviousRenderByteIdentical() throws {
    let directory = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let first = try LecternProcess.run([
      "render", seed, "--output", directory, "--no-cache", "--quiet",
    ])
    try #require(first.status == 0, "\(first.stderr)")
    let before = try snapshot(directory)
    // A file-size limit of 4 MiB: every part fits, the whole file (11 MB) does not.
    let failed = try LecternProcess.run(
      ["render", seed, "--output", directory, "--no-cache", "--quiet", "--format", "wav"],
      shellPrefix: "ulimit -f 4096;")
    #expect(failed.status == 74, "\(failed.stderr)")
    #expect(failed.stderr.split(separator: "\n").count == 1, "\(failed.stderr)")
    #expect(failed.stderr.contains(directory))
    #expect(try snapshot(directory) == before)
    #expect(try visibleEntries(directory) == [name])
  }

  @Test func rendersSeveralDocumentsInOneRun() throws {
    let directory = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let second = directory + "/welcome.txt"
    try "Good morning.\n\n1. Welcome to Lyon.\n\n2. Merci beaucoup.\n".write(
      toFile: second, atomically: true, encoding: .utf8)
    let result = try LecternProcess.run(
      ["render", seed, second, "--output", directory + "/out", "--no-cache", "--quiet"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try visibleEntries(directory + "/out") == [name, "welcome"])
    let manifest = try RenderCommandTests.loadManifest(directory + "/out/welcome")
    #expect(manifest.parts.map(\.id) == ["opening", "1", "2"])
    #expect(manifest.parts.last?.utterances.last?.languages == ["fr"])
  }

  @Test func everyFormatReadsBack() throws {
    let directory = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    for format in ["flac", "ogg", "mp3"] {
      let result = try LecternProcess.run(
        ["render", seed, "--output", directory + "/" + format, "--format", format, "--quiet"])
      try #require(result.status == 0, "\(format): \(result.stderr)")
      let manifest = try RenderCommandTests.loadManifest(directory + "/\(format)/\(name)")
      let reader = try SoundFileReader(path: directory + "/\(format)/\(name)/\(name).\(format)")
      #expect(reader.info.sampleRate == 44_100)  // the web profile's
      #expect(reader.info.channels == 1)
      // Lossy codecs may pad the end by a frame's worth of samples.
      #expect(abs(reader.info.frames - manifest.frames) <= 4_096, "\(format)")
      #expect(manifest.parts.allSatisfy { $0.file.hasSuffix(".\(format)") })
    }
  }

  @Test func unknownFormatIsAUsageErrorListingTheChoices() throws {
    let result = try LecternProcess.run(["render", seed, "--format", "aiff"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("wav"))
    #expect(result.stderr.contains("flac"))
    #expect(result.stderr.contains("mp3"))
    #expect(result.stderr.contains("opus"))
  }

  @Test func unwritableOutputFolderExits73() throws {
    let directory = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let blocker = directory + "/file"
    _ = FileManager.default.createFile(atPath: blocker, contents: Data("x".utf8))
    let result = try LecternProcess.run(["render", seed, "--output", blocker + "/out", "--quiet"])
    #expect(result.status == 73, "\(result.stderr)")
    #expect(result.stderr.hasPrefix("lectern: "))
    #expect(result.stderr.contains(blocker))
    #expect(result.stderr.split(separator: "\n").count == 1)
  }

  /// The overlap is forced: this test holds the folder's lock while a render starts, so the
  /// render must wait (and say so) without writing anything, then finish once it is free.
  @Test func aRenderWaitsForTheOneHoldingTheFolder() throws {
    let directory = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let arguments = ["render", seed, "--output", directory, "--no-cache", "--quiet"]
    let errors = directory + ".stderr"
    defer { try? FileManager.default.removeItem(atPath: errors) }
    var held: DirectoryLock? = try DirectoryLock(directory: directory)
    let waiting = try LecternProcess.start(arguments, standardError: errors)
    func announced() -> Bool {
      (try? String(contentsOfFile: errors, encoding: .utf8))?.contains("waiting for another render")
        ?? false
    }
    while waiting.isRunning && !announced() { usleep(5_000) }
    #expect(announced())
    #expect(waiting.isRunning)
    // It waits before it stages anything.
    #expect(try visibleEntries(directory).isEmpty)
    held = nil
    waiting.waitUntilExit()
    #expect(held == nil && waiting.terminationStatus == 0)
    let manifest = try RenderCommandTests.loadManifest(directory + "/" + name)
    let reader = try SoundFileReader(path: directory + "/\(name)/\(name).wav")
    #expect(reader.info.frames == manifest.frames)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == [
        ".lectern.lock", name,
      ])
  }

  @Test func interruptedRenderLeavesNoTrace() throws {
    let directory = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let copies = directory + "/long.txt"
    let text = try String(contentsOfFile: seed, encoding: .utf8)
    try Array(repeating: text, count: 10).joined(separator: "\n\n").write(
      toFile: copies, atomically: true, encoding: .utf8)
    // Ctrl-C as a terminal sends it: to the whole process group, synthesis processes too.
    let process = try LecternProcess.start(
      ["render", copies, "--output", directory + "/out", "--no-cache", "--quiet"])
    // Interrupted while it writes: once its staging folder exists.
    func staging() -> Bool {
      let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory + "/out"))
      return entries?.contains { $0.contains("lectern-tmp") } ?? false
    }
    while process.isRunning && !staging() { usleep(5_000) }
    #expect(kill(-process.processIdentifier, SIGINT) == 0)
    process.waitUntilExit()
    #expect(process.terminationStatus == 130)
    // Nothing of this render remains: no output, no staging folder, no archive.
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory + "/out")) ?? []
    #expect(entries.filter { $0 != ".lectern.lock" }.isEmpty, "\(entries)")
  }

}
