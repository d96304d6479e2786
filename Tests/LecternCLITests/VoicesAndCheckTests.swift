import Foundation
import Testing

/// `lectern voices` and `lectern check` end to end, with the real engine and voices folder.
@Suite(.serialized)
struct VoicesAndCheckTests {
  let seed = RenderCommandTests.seed

  /// A copy of the project's voices folder, for tests that break one file of it.
  func voicesCopy() throws -> String {
    let directory = try LecternProcess.temporaryDirectory()
    let source = LecternProcess.packageRoot + "/voices"
    for name in try FileManager.default.contentsOfDirectory(atPath: source) {
      try FileManager.default.copyItem(atPath: source + "/" + name, toPath: directory + "/" + name)
    }
    return directory
  }

  @Test func everyProfileWorks() throws {
    let result = try LecternProcess.run(["voices"])
    #expect(result.status == 0, "\(result.stderr)")
    let rows = result.output.split(separator: "\n").filter { $0.hasSuffix("works") }
    #expect(rows.count >= 20)
    #expect(result.output.contains("zle/ru"))
    #expect(!result.output.contains("FAILS"))
  }

  @Test func malformedProfileNamesFileAndLine() throws {
    let voices = try voicesCopy()
    defer { try? FileManager.default.removeItem(atPath: voices) }
    let profile = voices + "/ru.profile"
    let text = try String(contentsOfFile: profile, encoding: .utf8)
    try text.replacingOccurrences(of: "rate = 160", with: "sped = 160")
      .write(toFile: profile, atomically: true, encoding: .utf8)
    for command in [["voices"], ["render", seed, "--output", voices + "/out"], ["plan", seed]] {
      let result = try LecternProcess.run(command + ["--voices", voices])
      #expect(result.status == 78, "\(command): \(result.stderr)")
      #expect(result.stderr.hasPrefix("lectern: \(profile):7: unknown key \"sped\""))
      #expect(result.stderr.split(separator: "\n").count == 1)
    }
  }

  @Test func profileNamingAVoiceTheEngineLacksIsRejected() throws {
    let voices = try voicesCopy()
    defer { try? FileManager.default.removeItem(atPath: voices) }
    let profile = voices + "/ru.profile"
    let text = try String(contentsOfFile: profile, encoding: .utf8)
    try text.replacingOccurrences(of: "voice = zle/ru", with: "voice = zle/klingon")
      .write(toFile: profile, atomically: true, encoding: .utf8)
    let result = try LecternProcess.run(["voices", "--voices", voices])
    #expect(result.status == 78, "\(result.stderr)")
    #expect(result.stderr.contains("\(profile):5:"), "\(result.stderr)")
    #expect(result.stderr.contains("zle/klingon"))
  }

  @Test func hostileLexiconIsRejected() throws {
    let voices = try voicesCopy()
    defer { try? FileManager.default.removeItem(atPath: voices) }
    let lexicon = voices + "/xx.phrases.pls"
    var laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lexicon [\n<!ENTITY a \"ha\">\n"
    for level in 1...9 {
      laughs +=
        "<!ENTITY \(Character(UnicodeScalar(97 + level)!)) \""
        + String(repeating: "&\(Character(UnicodeScalar(96 + level)!));", count: 10) + "\">\n"
    }
    laughs +=
      "]>\n<lexicon version=\"1.0\" xml:lang=\"xx\"><lexeme><grapheme>&j;</grapheme>"
      + "<alias>x</alias></lexeme></lexicon>\n"
    try laughs.write(toFile: lexicon, atomically: true, encoding: .utf8)
    // Rejected before any parsing: the DTD is refused outright, so nothing is expanded.
    let result = try LecternProcess.run(["plan", seed, "--voices", voices])
    #expect(result.status == 78, "\(result.stderr)")
    #expect(result.stderr.hasPrefix("lectern: \(lexicon):2:"), "\(result.stderr)")
  }

  @Test func checkListsTheRussianSpanAndStrictFails() throws {
    let relaxed = try LecternProcess.run(["check", seed])
    #expect(relaxed.status == 0)
    #expect(relaxed.output.contains("Bolshoye Spasibo"))
    #expect(relaxed.output.contains("ru"))
    let strict = try LecternProcess.run(["check", seed, "--strict"])
    #expect(strict.status == 1)
  }

  @Test func checkOfAPlainEnglishDocumentIsClean() throws {
    let directory = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let document = directory + "/plain.txt"
    try "Good morning.\n\n1. We thank our hosts for their welcome.\n".write(
      toFile: document, atomically: true, encoding: .utf8)
    let result = try LecternProcess.run(["check", document, "--strict"])
    #expect(result.status == 0, "\(result.output)\(result.stderr)")
  }
}
