import Foundation
import LecternSupport
import Testing

@testable import LecternText

/// `Document.load` on every class of bad input, and on good input with its quirks.
@Suite final class DocumentLoadTests {
  /// A fresh temporary folder for one test, removed with the suite's instance.
  let folder: String

  init() throws {
    folder = NSTemporaryDirectory() + "lectern-doc-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: folder) }

  private func write(_ bytes: [UInt8], _ name: String = "doc.txt") throws -> String {
    let path = folder + "/" + name
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  private func loadError(_ path: String) -> DocumentError? {
    do {
      _ = try Document.load(path: path)
      return nil
    } catch {
      return error
    }
  }

  @Test func missingFileIsNoInput() {
    let path = folder + "/absent.txt"
    let error = loadError(path)
    #expect(error == .missing(path: path))
    #expect(error?.exitStatus == .noInput)
    #expect(error?.description == "\(path): no such file; give the path of a text document")
  }

  @Test func directoryIsNoInput() {
    let error = loadError(folder)
    #expect(error == .directory(path: folder))
    #expect(error?.exitStatus == .noInput)
  }

  @Test func deviceIsNoInputNotAnEndlessRead() {
    let error = loadError("/dev/zero")
    #expect(error == .notRegularFile(path: "/dev/zero"))
    #expect(error?.exitStatus == .noInput)
  }

  @Test func symbolicLinkToAFileIsFollowed() throws {
    let target = try write(Array("Hello there.".utf8))
    let link = folder + "/link.txt"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    #expect(try Document.load(path: link).lines == ["Hello there."])
  }

  @Test(.enabled(if: getuid() != 0, "root reads every file"))
  func unreadableFileIsNoInput() throws {
    let path = try write(Array("Hello.".utf8))
    try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
    #expect(loadError(path)?.exitStatus == .noInput)
  }

  @Test func emptyFileIsDataError() throws {
    let path = try write([])
    #expect(loadError(path) == .empty(path: path))
    #expect(loadError(path)?.exitStatus == .dataError)
  }

  @Test func whitespaceOnlyIsDataError() throws {
    // Spaces, tabs, CRLF and no-break spaces: nothing to speak.
    let path = try write(Array(" \t\r\n\n\u{00A0}\u{2009}\n".utf8))
    #expect(loadError(path) == .blank(path: path))
    #expect(loadError(path)?.exitStatus == .dataError)
  }

  @Test func invalidUTF8NamesLineAndByte() throws {
    let path = try write(Array("Good.\nMorning \u{00E9}".utf8) + [0xFF] + Array(" day.\n".utf8))
    let error = loadError(path)
    #expect(error == .invalidUTF8(path: path, line: 2, byteOffset: 16, byte: 0xFF))
    #expect(
      error?.description == "\(path):2: invalid UTF-8 at byte 16 (0xFF); save the file as UTF-8")
    #expect(error?.exitStatus == .dataError)
  }

  @Test(arguments: [
    [0xC0, 0xAF] as [UInt8],  // overlong "/"
    [0xED, 0xA0, 0x80],  // UTF-16 surrogate
    [0xF4, 0x90, 0x80, 0x80],  // past U+10FFFF
    [0xE2, 0x82],  // truncated at the end of the file
  ])
  func malformedSequencesAreRejected(sequence: [UInt8]) throws {
    let path = try write(Array("Text ".utf8) + sequence)
    #expect(loadError(path) == .invalidUTF8(path: path, line: 1, byteOffset: 5, byte: sequence[0]))
  }

  @Test func nulByteIsBinary() throws {
    let path = try write(Array("One.\nTwo.\nThree".utf8) + [0] + Array("four.".utf8))
    let error = loadError(path)
    #expect(error == .binary(path: path, line: 3, byteOffset: 15, byte: 0))
    #expect(
      error?.description
        == "\(path):3: NUL byte at byte 15; this is a binary file, not a text document")
  }

  @Test func controlCharacterIsBinary() throws {
    let path = try write([0x89, 0x50, 0x4E, 0x47].dropFirst() + [0x0D, 0x0A, 0x1A, 0x0A])
    #expect(loadError(path) == .binary(path: path, line: 2, byteOffset: 5, byte: 0x1A))
  }

  @Test func oversizedFileIsRefusedBeforeReading() throws {
    let path = try write(Array("Hello.".utf8))
    // A sparse file: 64 MiB + 1 byte long, without writing them.
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.truncate(atOffset: UInt64(Document.maximumSize + 1))
    try handle.close()
    #expect(loadError(path) == .tooLarge(path: path, bytes: Document.maximumSize + 1))
    #expect(loadError(path)?.exitStatus == .dataError)
  }

  @Test func goodFileLoadsWithStemBOMAndCRLF() throws {
    let path = try write(
      [0xEF, 0xBB, 0xBF] + Array("Title\r\n\r\nHello world.\r\nLast line".utf8), "my-talk.txt")
    let document = try Document.load(path: path)
    #expect(document.name == "my-talk")
    #expect(document.path == path)
    #expect(document.lines == ["Title", "", "Hello world.", "Last line"])
  }

  @Test func textInitSplitsLines() {
    let document = Document(name: "d", text: "a\nb\r\n\nc\n")
    #expect(document.lines == ["a", "b", "", "c"])
  }
}
