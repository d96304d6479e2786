import Foundation
import LecternRender
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `lectern watch` end to end: what it writes after a save is what `render` writes, it
/// rewrites only what changed, survives a broken document, and leaves nothing when stopped.
@Suite(.serialized)
struct WatchCommandTests {
  /// Renders `document` into a fresh folder, as a user would after the edit.
  func freshRender(_ document: String, _ extra: [String] = []) throws -> [String: Data] {
    let directory = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let result = try LecternProcess.run(
      ["render", document, "--output", directory, "--quiet"] + extra)
    try #require(result.status == 0, "\(result.stderr)")
    return contents(directory + "/" + RenderCommandTests.name)
  }

  /// The file and key of part `id` in `manifest`.
  func part(_ id: String, of manifest: Manifest) throws -> Manifest.PartEntry {
    try #require(manifest.parts.first { $0.id == id }, "no part \(id)")
  }

  @Test func anEditedParagraphIsRenderedAloneAndAsRenderWouldWriteIt() throws {
    let watch = try WatchRun()
    let first = try watch.waitForFirstRender()
    let before = inodes(watch.rendered)
    let old = try part("9", of: first)

    try watch.saveByRename(Data(try WatchRun.editedSeed().utf8))
    try watch.wait(for: "part 9 to change") {
      guard let manifest = watch.manifest else { return false }
      return try part("9", of: manifest).key != old.key
    }
    let after = try #require(watch.manifest)
    let new = try part("9", of: after)
    #expect(new.file != old.file || inodes(watch.rendered)[new.file] != before[old.file])
    // Every other part file is the very file of the first render: nothing else re-synthesized
    // or rewritten.
    let now = inodes(watch.rendered)
    for entry in after.parts where entry.id != "9" {
      #expect(now[entry.file] != nil && now[entry.file] == before[entry.file], "\(entry.file)")
    }
    #expect(watch.stderr.contains("part 9 changed (1 of \(after.parts.count) parts synthesized)"))
    #expect(try freshRender(watch.document) == contents(watch.rendered))
    #expect(watch.stop() == 0)
  }

  @Test func aBrokenDocumentIsReportedAndTheLastRenderStays() throws {
    let watch = try WatchRun()
    let first = try watch.waitForFirstRender()
    let good = contents(watch.rendered)

    try watch.saveByRename(Data([0x39, 0x2E, 0x20, 0xFF, 0xFE, 0x0A]))
    try watch.wait(for: "the UTF-8 error") { watch.stderr.contains("invalid UTF-8") }
    try watch.saveByRename(Data())
    try watch.wait(for: "the empty-file error") { watch.stderr.contains("the file is empty") }
    #expect(contents(watch.rendered) == good)
    #expect(watch.stderr.contains("the last good render stays"))

    try watch.saveByRename(Data(try WatchRun.editedSeed("So,").utf8))
    try watch.wait(for: "the render of the repaired text") {
      watch.manifest.map { $0.parts != first.parts } ?? false
    }
    #expect(try freshRender(watch.document) == contents(watch.rendered))
    #expect(watch.process.isRunning)
    #expect(watch.stop() == 0)
  }

  @Test func ctrlCLeavesNoProcessAndNoTemporary() throws {
    let watch = try WatchRun()
    _ = try watch.waitForFirstRender()
    try watch.saveByRename(Data(try WatchRun.editedSeed().utf8))
    // Interrupted whatever it is doing: reading the save, synthesizing, or idle.
    #expect(watch.stop(SIGINT) == 0)
    #expect(!watch.groupAlive)
    #expect(try FileManager.default.contentsOfDirectory(atPath: watch.folder + "/tmp") == [])
    #expect(try visibleEntries(watch.folder + "/out") == [watch.name])
    let left = try FileManager.default.subpathsOfDirectory(atPath: watch.rendered)
    #expect(left.filter { $0.contains("lectern-tmp") }.isEmpty, "\(left)")
    // What is in place is one whole render: the first, or the edited one.
    let manifest = try #require(watch.manifest)
    for entry in manifest.parts {
      #expect(FileManager.default.fileExists(atPath: watch.rendered + "/" + entry.file))
    }
  }

  @Test func playPlaysTheChangedPartAndCtrlCStopsThePlayer() throws {
    // A stand-in for aplay that keeps a copy of what it is given, then lasts until stopped.
    let bin = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: bin) }
    let script = """
      #!/bin/sh
      cp "$2" "$LECTERN_TEST_PLAYED.wav" && echo "$2" > "$LECTERN_TEST_PLAYED"
      exec sleep 600

      """
    try script.write(toFile: bin + "/aplay", atomically: true, encoding: .utf8)
    #expect(chmod(bin + "/aplay", 0o755) == 0)
    let played = bin + "/played"
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    let watch = try WatchRun(
      ["--play"], environment: ["PATH": bin + ":" + path, "LECTERN_TEST_PLAYED": played])
    let first = try watch.waitForFirstRender()
    #expect(!FileManager.default.fileExists(atPath: played), "the first render plays nothing")

    try watch.saveByRename(Data(try WatchRun.editedSeed().utf8))
    try watch.wait(for: "the player") { FileManager.default.fileExists(atPath: played) }
    try watch.wait(for: "part 9 to change") {
      try watch.manifest.map { try part("9", of: $0).key != part("9", of: first).key } ?? false
    }
    let manifest = try #require(watch.manifest)
    let file = try part("9", of: manifest).file
    #expect(
      FileManager.default.contents(atPath: played + ".wav")
        == FileManager.default.contents(atPath: watch.rendered + "/" + file))
    #expect(watch.stop(SIGINT) == 0)
    #expect(!watch.groupAlive, "the player was left running")
    #expect(try FileManager.default.contentsOfDirectory(atPath: watch.folder + "/tmp") == [])
  }
}
