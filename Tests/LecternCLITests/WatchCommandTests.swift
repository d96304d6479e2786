import Foundation
import LecternRender
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `lectern watch` end to end, through the kernel's file events and the real engine: what it
/// writes after a save is what `render` writes, it rewrites only what changed, plays the
/// changed part, and leaves nothing when stopped. Each test waits for the lines the watch
/// prints, never for a time. The loop itself (broken saves, bursts, voices reloaded) is
/// tested in process, with scripted saves, in ``WatchLoopTests``.
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
    let line = try watch.waitForUpdate("the update after the save")
    let after = try #require(watch.manifest)
    #expect(line.hasPrefix("\(watch.name): part 9 changed (1 of \(after.parts.count) parts"))
    let new = try part("9", of: after)
    #expect(new.key != old.key)
    // Every other part file is the very file of the first render: nothing else re-synthesized
    // or rewritten.
    let now = inodes(watch.rendered)
    for entry in after.parts where entry.id != "9" {
      #expect(now[entry.file] != nil && now[entry.file] == before[entry.file], "\(entry.file)")
    }
    #expect(try freshRender(watch.document) == contents(watch.rendered))
    // And its part is what a preview of the edited part writes, byte for byte.
    let preview = watch.folder + "/preview-9.wav"
    let result = try LecternProcess.run(["preview", "9", watch.document, "--output", preview])
    try #require(result.status == 0, "\(result.stderr)")
    #expect(
      FileManager.default.contents(atPath: preview)
        == FileManager.default.contents(atPath: watch.rendered + "/" + new.file))
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
    // A stand-in for aplay that keeps a copy of what it is given, says so on the stderr it
    // shares with the watch, then lasts until stopped.
    let bin = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: bin) }
    let script = """
      #!/bin/sh
      cp "$2" "$LECTERN_TEST_PLAYED" && echo "test player: played $2" >&2
      exec sleep 600

      """
    try script.write(toFile: bin + "/aplay", atomically: true, encoding: .utf8)
    #expect(chmod(bin + "/aplay", 0o755) == 0)
    let played = bin + "/played.wav"
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    let watch = try WatchRun(
      ["--play"], environment: ["PATH": bin + ":" + path, "LECTERN_TEST_PLAYED": played])
    let first = try watch.waitForFirstRender()
    #expect(!watch.lines.contains { $0.contains("test player") }, "the first render plays")

    try watch.saveByRename(Data(try WatchRun.editedSeed().utf8))
    // The player may start before or after the update's line: both are waited for.
    let all = try watch.waitForLine("the player or the update") {
      $0.hasPrefix("test player: played") || $0.contains("parts synthesized); updated in ")
    }
    if all.hasPrefix("test player") {
      try watch.waitForUpdate("the update after the save")
    } else {
      try watch.waitForLine("the player") { $0.hasPrefix("test player: played") }
    }
    let manifest = try #require(watch.manifest)
    let file = try part("9", of: manifest).file
    #expect(try part("9", of: manifest).key != part("9", of: first).key)
    #expect(
      FileManager.default.contents(atPath: played)
        == FileManager.default.contents(atPath: watch.rendered + "/" + file))
    #expect(watch.stop(SIGINT) == 0)
    #expect(!watch.groupAlive, "the player was left running")
    #expect(try FileManager.default.contentsOfDirectory(atPath: watch.folder + "/tmp") == [])
  }
}
