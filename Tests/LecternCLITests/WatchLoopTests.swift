import Foundation
import LecternRender
import LecternSystem
import Testing

@testable import lectern

/// The watch loop in this process, driven by scripted saves (``ScriptedFileChanges``): each
/// save is made when the loop asks for changes, after the update before it has ended, so the
/// tests look at every state in order without waiting. Synthesis is the test synthesizer's.
@Suite struct WatchLoopTests {
  /// `NAME: WHAT (K of N parts synthesized); updated in S.SSS s`, as a match.
  func update(_ line: String) -> (what: Substring, synthesized: Int, parts: Int)? {
    guard
      let match = line.wholeMatch(
        of: /address: (.+) \((\d+) of (\d+) parts synthesized\); updated in \d+\.\d{3} s/),
      let synthesized = Int(match.2), let parts = Int(match.3)
    else { return nil }
    return (match.1, synthesized, parts)
  }

  @Test func aSaveRendersOnlyTheChangedPartExactlyAsARenderWould() throws {
    let session = try WatchSession()
    var first: Manifest?
    var before: [String: UInt64] = [:]
    var jobsBefore = 0
    try session.run([
      session.save(WatchSession.edited) {
        first = try session.manifest()
        before = inodes(session.rendered)
        jobsBefore = session.engine.runner.jobsRun
      }
    ])
    let lines = session.log.lines
    let voices = session.engine.voicesDirectory
    #expect(lines.first == "watching \(session.document) and \(voices)/ (Ctrl-C stops)")
    #expect(lines.last == "stopped watching \(session.document)")
    try #require(lines.count == 4, "\(lines)")
    let initial = try #require(update(lines[1]), "\(lines[1])")
    let count = try #require(first).parts.count
    #expect(initial.synthesized > 0 && initial.parts == count)

    let id = try session.part(saying: "Indeed, criminal networks")
    let saved = try #require(update(lines[2]), "\(lines[2])")
    #expect(saved.what == "part \(id) changed" && saved.synthesized == 1 && saved.parts == count)
    // One clause piece to synthesize: "Indeed, criminal networks move drugs, " (too short a
    // clause, "Indeed, " joins the next); the paragraph's last clause is the first render's,
    // from memory.
    #expect(session.engine.runner.jobsRun == jobsBefore + 1)
    // Every other part file is the very file of the first render (the same inode).
    let after = try session.manifest()
    let now = inodes(session.rendered)
    for entry in after.parts where entry.id != id {
      #expect(now[entry.file] != nil && now[entry.file] == before[entry.file], "\(entry.file)")
    }
    #expect(try session.freshRender() == contents(session.rendered))
  }

  @Test func aBrokenSaveIsReportedAndTheLastGoodRenderStays() throws {
    let session = try WatchSession()
    let runner = session.engine.runner
    var good: [String: Data] = [:]
    var jobs = 0
    try session.run([
      session.save(Data([0x32, 0x2E, 0x20, 0xFF, 0xFE, 0x0A])) {
        good = contents(session.rendered)
      },
      session.save(Data()) { #expect(contents(session.rendered) == good) },
      // Back to the text rendered: nothing to synthesize, but the user hears it is fine.
      session.save(WatchSession.text) {
        #expect(contents(session.rendered) == good)
        jobs = runner.jobsRun
      },
      session.save(WatchSession.edited) { #expect(runner.jobsRun == jobs) },
    ])
    let errors = session.log.errors
    try #require(errors.count == 2, "\(session.log.lines)")
    #expect(errors[0].hasPrefix("\(session.document):1: invalid UTF-8 at byte 3 (0xFF)"))
    #expect(errors[1].hasPrefix("\(session.document): the file is empty"))
    #expect(errors.allSatisfy { $0.hasSuffix("; the last good render stays") })
    let lines = session.log.lines
    try #require(lines.count == 7, "\(lines)")
    #expect(lines[4].wholeMatch(of: /address: no part changed \(\d+\.\d{3} s\)/) != nil)
    let id = try session.part(saying: "Indeed, criminal networks")
    #expect(update(lines[5])?.what == "part \(id) changed")
    #expect(try session.freshRender() == contents(session.rendered))
  }

  @Test func aBurstOfSavesIsOneUpdateAndUnchangedSavesCostNothing() throws {
    let session = try WatchSession()
    let twice = WatchSession.edited.replacingOccurrences(
      of: "Only shared", with: "Only information shared in time, only shared")
    let voices = session.engine.voicesDirectory
    let burst = ScriptedFileChanges.Step(
      edit: {
        try WatchSession.edited.write(toFile: session.document, atomically: false, encoding: .utf8)
        try twice.write(toFile: session.document, atomically: true, encoding: .utf8)
      },
      events: ScriptedFileChanges.savedInPlace("address.txt", in: session.documentFolder)
        + ScriptedFileChanges.savedByRename("address.txt", in: session.documentFolder)
        // An editor's swap file in the voices folder and another file beside the document.
        + ScriptedFileChanges.savedInPlace(".speaker.profile.swp", in: voices)
        + ScriptedFileChanges.savedInPlace("notes.txt", in: session.documentFolder))
    var jobs = 0
    try session.run([
      burst,
      session.save(twice) { jobs = session.engine.runner.jobsRun },
      ScriptedFileChanges.Step(
        edit: { #expect(session.engine.runner.jobsRun == jobs) },
        events: ScriptedFileChanges.savedInPlace("notes.txt", in: session.documentFolder)),
    ])
    let lines = session.log.lines
    // watching, the first render, the burst, stopped: the same text saved again says nothing.
    try #require(lines.count == 4, "\(lines)")
    let ids = try [
      session.part(saying: "Indeed, criminal networks"), session.part(saying: "in time"),
    ]
    let burstLine = try #require(update(lines[2]), "\(lines[2])")
    #expect(burstLine.what == "parts \(ids[0]), \(ids[1]) changed" && burstLine.synthesized == 2)
    #expect(try session.freshRender() == contents(session.rendered))
  }

  @Test func editedVoicesAreReloadedAndBrokenOnesReported() throws {
    let voices = try LecternProcess.temporaryDirectory() + "/voices"
    defer {
      try? FileManager.default.removeItem(atPath: (voices as NSString).deletingLastPathComponent)
    }
    try FileManager.default.copyItem(
      atPath: LecternProcess.packageRoot + "/voices", toPath: voices)
    let session = try WatchSession(voices: voices)
    let profile = voices + "/speaker.profile"
    let original = try String(contentsOfFile: profile, encoding: .utf8)
    let slower = original.replacingOccurrences(of: "rate = 165", with: "rate = 150")
    try #require(slower != original)
    var good: [String: Data] = [:]
    try session.run([
      ScriptedFileChanges.Step(
        edit: {
          try slower.write(toFile: profile, atomically: false, encoding: .utf8)
        }, events: ScriptedFileChanges.savedInPlace("speaker.profile", in: voices)),
      ScriptedFileChanges.Step(
        edit: {
          good = contents(session.rendered)
          try (original + "\nrate = fast\n").write(
            toFile: profile, atomically: false, encoding: .utf8)
        }, events: ScriptedFileChanges.savedInPlace("speaker.profile", in: voices)),
    ])
    let lines = session.log.lines
    try #require(lines.count == 5, "\(lines)")
    let reloaded = try #require(update(lines[2]), "\(lines[2])")
    #expect(reloaded.what.hasPrefix("voices reloaded; part") && reloaded.synthesized > 0)
    #expect(lines[3].hasPrefix(profile + ":"), "the error names the profile")
    #expect(lines[3].hasSuffix("; still using the voices loaded before"))
    #expect(contents(session.rendered) == good)
    // What is in place is what a render with the voices that loaded writes.
    try slower.write(toFile: profile, atomically: false, encoding: .utf8)
    #expect(try session.freshRender() == contents(session.rendered))
  }

  @Test func theDocumentFolderGoneEndsTheWatchWith66() throws {
    let session = try WatchSession()
    let gone = ScriptedFileChanges.Step(
      edit: {}, events: [.init(folder: session.documentFolder, name: "", kind: .folderGone)])
    #expect {
      try session.run([gone])
    } throws: { error in
      let error = error as? SystemError
      return error?.exitStatus == .noInput
        && error?.description.contains(session.documentFolder) == true
    }
  }

  @Test func whatEventsMeanForTheWatch() {
    let document = (folder: "/d", name: "a.txt")
    func changes(_ events: [FileWatcher.Event]) -> WatchChanges {
      WatchChanges(events, document: document, voices: "/v")
    }
    // A document removed is not a change: a save by rename removes it for a moment.
    let removed = changes([.init(folder: "/d", name: "a.txt", kind: .removed)])
    #expect(!removed.document && !removed.voices)
    #expect(changes([.init(folder: "/d", name: "a.txt", kind: .movedIn)]).document)
    #expect(!changes([.init(folder: "/d", name: "b.txt", kind: .written)]).document)
    #expect(!changes([.init(folder: "/v", name: "a.txt", kind: .written)]).document)
    for name in ["en.profile", "en.phrases.pls", "fr.language", "languages.conf"] {
      #expect(changes([.init(folder: "/v", name: name, kind: .removed)]).voices, "\(name)")
    }
    for name in [".en.profile.swp", "en.profile~", "README.md"] {
      #expect(!changes([.init(folder: "/v", name: name, kind: .written)]).voices, "\(name)")
    }
    let lost = changes([.init(folder: "", name: "", kind: .overflow)])
    #expect(lost.document && lost.voices && !lost.documentFolderGone)
    #expect(changes([.init(folder: "/d", name: "", kind: .folderGone)]).documentFolderGone)
    #expect(!changes([.init(folder: "/v", name: "", kind: .folderGone)]).documentFolderGone)
  }
}
