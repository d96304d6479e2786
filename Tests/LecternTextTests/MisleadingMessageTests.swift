import Foundation
import LecternSupport
import Testing

@testable import LecternText

/// Messages that must say what is really wrong, visibly.
@Suite struct MisleadingMessageTests {
  @Test func symbolicLinkLoopIsNotAMissingFile() throws {
    let folder = NSTemporaryDirectory() + "lectern-msg-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/a.txt", withDestinationPath: folder + "/b.txt")
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/b.txt", withDestinationPath: folder + "/a.txt")
    let error = #expect(throws: DocumentError.self) { try Document.load(path: folder + "/a.txt") }
    #expect(error == .unreachable(path: folder + "/a.txt", reason: "a symbolic link loop"))
    #expect(error?.exitStatus == .noInput)
  }

  @Test func fileUsedAsAFolderIsNotAMissingFile() throws {
    let folder = NSTemporaryDirectory() + "lectern-msg-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try "text".write(toFile: folder + "/file", atomically: true, encoding: .utf8)
    let path = folder + "/file/doc.txt"
    let error = #expect(throws: DocumentError.self) { try Document.load(path: path) }
    #expect(
      error?.description
        == "\(path): cannot be reached (a part of the path is a file, not a folder);"
        + " fix the path or its folders' permissions")
  }

  @Test func nulInAProfileValueIsNamedVisibly() {
    let error = #expect(throws: ConfigurationError.self) {
      try VoiceProfile(parsing: "language = ru\nvoice = zle/ru\u{0}x\n", file: "voices/ru.profile")
    }
    #expect(
      error?.description
        == "voices/ru.profile:2: control character \\u{0} in the line; a profile is plain text")
  }

  @Test(arguments: ["\u{1B}", "\u{7F}", "\u{85}", "\u{9F}"])
  func everyControlInAProfileIsRefusedC0AndC1Alike(control: String) {
    let error = #expect(throws: ConfigurationError.self) {
      try VoiceProfile(
        parsing: "language = ru\nvoice = zle/ru\(control)x\n", file: "voices/ru.profile")
    }
    #expect(error?.description.hasPrefix("voices/ru.profile:2: control character ") == true)
  }

  @Test(arguments: ["\u{A0}", "\u{100}", "é", "\u{C2}\u{A9}", "\t"])
  func printableTextBesideC1BytesIsNoControl(text: String) throws {
    // U+00A0 and U+00A9 share the lead byte 0xC2 with the C1 controls, U+0100 (0xC4 0x80) their
    // second byte; tab is allowed.
    let profile = try VoiceProfile(
      parsing: "language = ru\nvoice = zle/ru\ngreeting = a\(text)b\n", file: "voices/ru.profile")
    #expect(profile.greeting == "a\(text)b")
  }

  @Test func invisibleCharactersInEchoedValuesAreShown() {
    let library = VoiceLibrary(profiles: [
      VoiceProfile(name: "ru", language: "ru", voice: "zle/ru\u{200B}")
    ])
    let error = #expect(throws: ConfigurationError.self) {
      try library.validate(against: ["zle/ru"])
    }
    let description = error?.description ?? ""
    #expect(description.contains("\"zle/ru\\u{200B}\""), "\(description)")
    #expect(!description.unicodeScalars.contains("\u{200B}"))
  }
}
