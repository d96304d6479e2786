import Foundation
import LecternAudio
import LecternSpeech
import LecternSupport
import LecternSystem
import LecternText
import Testing

@testable import LecternRender

/// What a render must never lose or touch, over the test synthesizer: real forks and files.
@Suite(.serialized)
struct OutputSafetyTests {
  let base = RendererTests()

  /// Every regular file under `folder`, with its bytes.
  static func snapshot(_ folder: String) throws -> [String: Data] {
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

  @Test(arguments: [[], ["— — —", "***"], ["…", "• • •"]])
  func planWithoutWordsNeverReplacesARender(texts: [String]) throws {
    let directory = try base.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let renderer = base.renderer()
    try renderer.render(base.plan(), source: "t", into: directory, settings: .init())
    let before = try Self.snapshot(directory)
    let wordless = RenderPlan.paragraphs(texts, document: "test")
    let error = #expect(throws: DocumentError.self) {
      try renderer.render(wordless, source: "wordless.txt", into: directory, settings: .init())
    }
    #expect(error == .nothingToSpeak(path: "wordless.txt"))
    #expect(error?.exitStatus == .dataError)
    #expect(try Self.snapshot(directory) == before)
  }
}

extension OutputSafetyTests {
  func inode(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.systemFileNumber] as? NSNumber)?.intValue ?? -1
  }

  /// Item 3: a damaged part file of the previous render is written again, not linked.
  @Test func damagedPreviousPartsAreWrittenAgain() throws {
    let directory = try base.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let renderer = base.renderer()
    let first = try renderer.render(base.plan(), source: "t", into: directory, settings: .init())
    let folder = directory + "/test/"
    let files = first.parts.map { folder + $0.file }
    let original = try files.map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
    #expect(first.parts.allSatisfy { $0.bytes != nil && $0.crc32?.count == 8 })
    #expect(first.parts.map(\.bytes) == original.map(\.count))
    // Same size, one byte flipped; truncated; intact.
    var flipped = original[0]
    flipped[flipped.count - 1] ^= 0x01
    try flipped.write(to: URL(fileURLWithPath: files[0]))
    try original[1].prefix(original[1].count - 2).write(to: URL(fileURLWithPath: files[1]))
    let intact = try inode(files[2])
    let second = try renderer.render(base.plan(), source: "t", into: directory, settings: .init())
    #expect(second.parts.map(\.crc32) == first.parts.map(\.crc32))
    for (file, bytes) in zip(files, original) {
      #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == bytes, "\(file)")
    }
    #expect(try inode(files[2]) == intact)  // the intact one was linked
  }

  /// Item 6: what a user keeps at OUTPUT/NAME is never replaced, and nothing is synthesized.
  @Test(arguments: ["folder", "file"])
  func userContentAtTheRenderFolderIsLeftAlone(kind: String) throws {
    let directory = try base.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let target = directory + "/test"
    if kind == "folder" {
      try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
      try "my notes".write(toFile: target + "/notes.txt", atomically: true, encoding: .utf8)
    } else {
      try "my notes".write(toFile: target, atomically: true, encoding: .utf8)
    }
    let before = try Self.snapshot(directory)
    let renderer = base.renderer()
    let error = #expect(throws: RenderError.self) {
      try renderer.render(base.plan(), source: "t", into: directory, settings: .init())
    }
    #expect(error?.exitStatus == .cannotCreate)
    #expect(error?.description.hasPrefix("\(target) is not replaced: it ") == true)
    #expect(renderer.synthesizedParts == 0)
    #expect(try Self.snapshot(directory).filter { $0.key != ".lectern.lock" } == before)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == [
        ".lectern.lock", "test",
      ])
  }

  /// A render folder of an older version (a manifest, no marker) is still Lectern's.
  @Test func renderFolderWithoutTheMarkerIsRecognizedByItsManifest() throws {
    let directory = try base.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let renderer = base.renderer()
    try renderer.render(base.plan(), source: "t", into: directory, settings: .init())
    try FileManager.default.removeItem(atPath: directory + "/test/" + RenderFolder.markerName)
    try renderer.render(
      base.plan(paragraph: "Edited."), source: "t", into: directory, settings: .init())
    #expect(FileManager.default.fileExists(atPath: directory + "/test/" + RenderFolder.markerName))
  }

  /// Item 7: a symbolic link at OUTPUT/NAME is not replaced, and its target is not touched.
  @Test func symbolicLinkAtTheRenderFolderIsLeftAlone() throws {
    let directory = try base.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let renderer = base.renderer()
    try renderer.render(base.plan(), source: "t", into: directory + "/a", settings: .init())
    try FileManager.default.createDirectory(
      atPath: directory + "/a/test/preview", withIntermediateDirectories: true)
    try "p".write(toFile: directory + "/a/test/preview/1.wav", atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(
      atPath: directory + "/b", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: directory + "/b/test", withDestinationPath: directory + "/a/test")
    let before = try Self.snapshot(directory + "/a")
    #expect(throws: RenderError.self) {
      try renderer.render(base.plan(), source: "t", into: directory + "/b", settings: .init())
    }
    #expect(try Self.snapshot(directory + "/a") == before)
    let link = try FileManager.default.destinationOfSymbolicLink(atPath: directory + "/b/test")
    #expect(link == directory + "/a/test")
  }

  /// Item 7: the previews of the previous render are in the new one.
  @Test func previewsAreCarriedIntoTheNewRender() throws {
    let directory = try base.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let renderer = base.renderer()
    try renderer.render(base.plan(), source: "t", into: directory, settings: .init())
    let preview = try RenderFolder.previewFolder(output: directory, document: "test")
    try "p".write(toFile: preview + "/1.wav", atomically: true, encoding: .utf8)
    try renderer.render(
      base.plan(paragraph: "Edited."), source: "t", into: directory, settings: .init())
    #expect(try String(contentsOfFile: directory + "/test/preview/1.wav", encoding: .utf8) == "p")
  }

  /// Item 8: a document named like Lectern's own files is refused before anything is done.
  @Test(arguments: [".lectern.lock", ".x.lectern-tmp-999999-abc", ".hidden"])
  func reservedNamesAreRefused(name: String) throws {
    let directory = try base.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    var plan = base.plan()
    plan.document = name
    let error = #expect(throws: RenderError.self) {
      try base.renderer().render(plan, source: name + ".txt", into: directory, settings: .init())
    }
    #expect(error?.exitStatus == .usage)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
  }

  /// Items 8 and 9: the clean-up removes a killed render's staging folder, never a user's
  /// file named like a temporary, and never a staging folder whose lock is held, whatever
  /// process id its name carries.
  @Test func staleStagingIsDecidedByItsLockNotByAProcessId() throws {
    let directory = try base.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let userFile = directory + "/.x.lectern-tmp-999999-abc.txt"
    try "a user's document".write(toFile: userFile, atomically: true, encoding: .utf8)
    // Both named for a process that does not exist; one still locked by its render.
    let live = directory + "/.test.lectern-tmp-999998-abc"
    let dead = directory + "/.test.lectern-tmp-999997-def"
    for folder in [live, dead] {
      try FileManager.default.createDirectory(
        atPath: folder + "/parts", withIntermediateDirectories: true)
      _ = FileManager.default.createFile(
        atPath: folder + "/" + RenderFolder.markerName, contents: nil)
    }
    let lock = try DirectoryLock(directory: live, fileName: RenderFolder.markerName)
    try base.renderer().render(base.plan(), source: "t", into: directory, settings: .init())
    #expect(FileManager.default.fileExists(atPath: userFile))
    #expect(FileManager.default.fileExists(atPath: live + "/parts"))
    #expect(!FileManager.default.fileExists(atPath: dead))
    _ = consume lock
    try base.renderer().render(base.plan(), source: "t", into: directory, settings: .init())
    #expect(!FileManager.default.fileExists(atPath: live))
    #expect(FileManager.default.fileExists(atPath: userFile))
  }
}
