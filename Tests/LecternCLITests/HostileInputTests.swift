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
