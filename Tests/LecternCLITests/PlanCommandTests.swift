import Foundation
import Testing

/// `lectern plan` end to end: runs the built binary and checks its output, stderr and exit
/// status for the seed and for every class of bad input.
@Suite struct PlanCommandTests {
  static let packageFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let binary = packageFolder.appendingPathComponent(".build/debug/lectern")

  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// Runs `lectern` with the arguments in `folder` (the package by default), through
  /// ``LecternProcess``: stderr goes to a file while stdout is read, so neither pipe can fill
  /// up and block the child.
  static func run(_ arguments: [String], in folder: URL = packageFolder) throws -> Result {
    let result = try LecternProcess.run(arguments, in: folder.path)
    return Result(status: result.status, stdout: result.output, stderr: result.stderr)
  }

  /// A fresh temporary folder.
  static func temporaryFolder() throws -> URL {
    URL(fileURLWithPath: try LecternProcess.temporaryDirectory())
  }

  static func file(_ bytes: [UInt8], in folder: URL) throws -> String {
    let url = folder.appendingPathComponent("input.txt")
    try Data(bytes).write(to: url)
    return url.path
  }

  @Test func plansTheFirstSeedByDefault() throws {
    let result = try Self.run(["plan"])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    #expect(result.stdout.hasPrefix("interpol-csto-moscow-2019 (en): 17 parts, "))
    #expect(result.stdout.contains("[15] paragraph"))
    #expect(result.stdout.contains("  line 63: page navigation, not part of the address\n"))
  }

  @Test func jsonFollowsTheSchema() throws {
    let result = try Self.run(["plan", "seeds/interpol-csto-moscow-2019.txt", "--json"])
    #expect(result.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    let plan = try #require(object as? [String: Any])
    #expect(plan["schema"] as? Int == 1)
    #expect(plan["document"] as? String == "interpol-csto-moscow-2019")
    #expect(plan["language"] as? String == "en")
    let parts = try #require(plan["parts"] as? [[String: Any]])
    #expect(
      parts.compactMap { $0["id"] as? String } == ["intro", "opening"] + (1...15).map(String.init))
    let last = try #require((parts.last?["utterances"] as? [[String: Any]])?.last)
    #expect(last["id"] as? String == "15.2")
    let span = try #require((last["spans"] as? [[String: Any]])?.first)
    #expect(Set(span.keys) == ["text", "spoken", "lang", "voice", "phonemes"])
    let dropped = try #require(plan["dropped"] as? [[String: Any]])
    #expect(dropped.last?["line"] as? Int == 63)
    #expect(dropped.last?["text"] as? String == "Back to the all news")
    // The same plan twice gives the same bytes.
    #expect(
      try Self.run(["plan", "seeds/interpol-csto-moscow-2019.txt", "--json"]).stdout
        == result.stdout)
  }

  @Test func missingFileExitsNoInput() throws {
    let result = try Self.run(["plan", "/nonexistent/address.txt"])
    #expect(result.status == 66)
    #expect(result.stdout == "")
    #expect(
      result.stderr
        == "lectern: /nonexistent/address.txt: no such file; give the path of a text document\n")
  }

  @Test func directoryExitsNoInput() throws {
    let folder = try Self.temporaryFolder()
    let result = try Self.run(["plan", folder.path])
    #expect(result.status == 66)
    #expect(
      result.stderr
        == "lectern: \(folder.path): is a directory; give the path of a text document inside it\n")
  }

  @Test func deviceExitsNoInput() throws {
    let result = try Self.run(["plan", "/dev/zero"])
    #expect(result.status == 66)
    #expect(
      result.stderr == "lectern: /dev/zero: is not a regular file (a device, pipe or socket); "
        + "give the path of a text document\n")
  }

  @Test func emptyAndBlankFilesExitDataError() throws {
    let folder = try Self.temporaryFolder()
    let empty = try Self.file([], in: folder)
    let emptyResult = try Self.run(["plan", empty])
    #expect(emptyResult.status == 65)
    #expect(
      emptyResult.stderr == "lectern: \(empty): the file is empty; there is nothing to speak\n")
    let blank = try Self.file(Array(" \n\t\n\u{00A0}\n".utf8), in: folder)
    let blankResult = try Self.run(["plan", blank])
    #expect(blankResult.status == 65)
    #expect(
      blankResult.stderr
        == "lectern: \(blank): the file holds only whitespace; there is nothing to speak\n")
  }

  @Test func invalidUTF8ExitsDataErrorNamingLineAndByte() throws {
    let folder = try Self.temporaryFolder()
    let path = try Self.file(Array("Title\n\nGood morning.\nCaf".utf8) + [0xE9, 0x21], in: folder)
    let result = try Self.run(["plan", path])
    #expect(result.status == 65)
    #expect(
      result.stderr
        == "lectern: \(path):4: invalid UTF-8 at byte 24 (0xE9); save the file as UTF-8\n")
  }

  @Test func binaryFileExitsDataError() throws {
    let folder = try Self.temporaryFolder()
    let path = try Self.file([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00], in: folder)
    let result = try Self.run(["plan", path])
    #expect(result.status == 65)
    #expect(
      result.stderr
        == "lectern: \(path):1: control character 0x7F at byte 0; this is binary content, not a text document\n"
    )
    let nul = try Self.file(Array("Hello.\n".utf8) + [0, 0, 0], in: folder)
    let nulResult = try Self.run(["plan", nul])
    #expect(nulResult.status == 65)
    #expect(
      nulResult.stderr
        == "lectern: \(nul):2: NUL byte at byte 7; this is a binary file, not a text document\n")
  }

  @Test func hugeLineIsPlanned() throws {
    let folder = try Self.temporaryFolder()
    let path = try Self.file(Array(String(repeating: "word ", count: 1_000_000).utf8), in: folder)
    let result = try Self.run(["plan", path, "--json"])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    #expect(result.stdout.contains("\"id\" : \"1.2500\""))
  }

  @Test func usageErrorsExit64() throws {
    let empty = try Self.temporaryFolder()
    let noSeeds = try Self.run(["plan"], in: empty)
    #expect(noSeeds.status == 64)
    #expect(noSeeds.stderr == "lectern: no FILE given and no document in seeds/\n")
    let unknown = try Self.run(["plan", "--jsn"])
    #expect(unknown.status == 64)
  }
}
