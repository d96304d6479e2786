import Foundation
import LecternAudio
import Testing

/// Text and configuration files written to make Lectern do what it should not.
@Suite(.serialized)
struct HostileInputTests {
  func samples(_ path: String) throws -> [Int16] {
    var reader = try SoundFileReader(path: path)
    return try reader.readAll()
  }

  /// `[[…]]` in a document is said as written: exactly as the same text in round brackets
  /// (which the engine says identically), not as the phonemes it spells.
  @Test func documentCannotInjectPhonemes() throws {
    let directory = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    var previews: [[Int16]] = []
    for (name, said) in [("square", "[[h@l'oU w'3:ld]]"), ("round", "((h@l'oU w'3:ld))")] {
      let document = directory + "/\(name).txt"
      try "1. Please say \(said) now.\n".write(toFile: document, atomically: true, encoding: .utf8)
      let result = try LecternProcess.run(
        ["preview", "1", document, "--output", directory + "/\(name).wav", "--no-cache"])
      try #require(result.status == 0, "\(result.stderr)")
      previews.append(try samples(directory + "/\(name).wav"))
    }
    let identical = previews[0] == previews[1]
    #expect(identical, "the [[…]] text was not spoken as written")
    let check = try LecternProcess.run(["check", directory + "/square.txt", "--strict"])
    #expect(check.status == 1)
    #expect(check.output.contains("1.1: phonemes: \"[[h@l'oU w'3:ld]]\" is read as written"))
  }
}

extension HostileInputTests {
  /// Runs `lectern ARGUMENTS` without the power to bypass file permissions: as is for
  /// another user; for root, in a user namespace of its own (where it keeps no capability
  /// over the machine's files).
  static func runUnprivileged(_ arguments: [String]) throws -> LecternProcess.Result {
    guard geteuid() == 0 else { return try LecternProcess.run(arguments) }
    return try LecternProcess.run(
      arguments, shellPrefix: "unshare --user /bin/sh -c 'shift; exec \"$@\"' sh")
  }

  @Test func documentInAnUnsearchableFolderIsNotAMissingFile() throws {
    let directory = try LecternProcess.temporaryDirectory()
    defer {
      chmod(directory + "/locked", 0o755)
      try? FileManager.default.removeItem(atPath: directory)
    }
    try FileManager.default.createDirectory(
      atPath: directory + "/locked", withIntermediateDirectories: true)
    try "1. Hello.\n".write(toFile: directory + "/locked/a.txt", atomically: true, encoding: .utf8)
    #expect(chmod(directory + "/locked", 0) == 0)
    let result = try Self.runUnprivileged(["plan", directory + "/locked/a.txt"])
    #expect(result.status == 66, "\(result.stderr)")
    #expect(
      result.stderr
        == "lectern: \(directory)/locked/a.txt: cannot be reached (permission denied on"
        + " \(directory)/locked); fix the path or its folders' permissions\n")
  }
}

extension HostileInputTests {
  /// A document with text but no words (page numbers and rules only) is refused like an
  /// empty file, and the previous render of that name stays as it was.
  @Test func documentWithoutWordsIsADataErrorAndReplacesNothing() throws {
    let directory = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let document = directory + "/address.txt"
    try "1. We meet again.\n".write(toFile: document, atomically: true, encoding: .utf8)
    let arguments = ["render", document, "--output", directory + "/out", "--no-cache", "--quiet"]
    try #require(try LecternProcess.run(arguments).status == 0)
    let before = try FileManager.default.contentsOfDirectory(atPath: directory + "/out/address")
    let wave = try Data(contentsOf: URL(fileURLWithPath: directory + "/out/address/address.wav"))
    try "— 12 —\n\n* * *\n".write(toFile: document, atomically: true, encoding: .utf8)
    for command in [
      arguments, ["preview", "1", document, "--output", directory + "/1.wav", "--no-cache"],
    ] {
      let result = try LecternProcess.run(command)
      #expect(result.status == 65, "\(command[0]): \(result.stderr)")
      #expect(
        result.stderr
          == "lectern: \(document): no words to speak (`lectern plan \(document)` shows why each"
          + " line is dropped); nothing written\n")
    }
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: directory + "/out/address") == before)
    #expect(
      try Data(contentsOf: URL(fileURLWithPath: directory + "/out/address/address.wav")) == wave)
    #expect(!FileManager.default.fileExists(atPath: directory + "/1.wav"))
  }
}
