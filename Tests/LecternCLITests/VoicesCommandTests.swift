import Foundation
import Testing

/// `lectern voices` output, exactly: its help, a working profile's line, a failing one's.
@Suite struct VoicesCommandTests {
  /// A voices folder holding only a Ukrainian profile that greets with `greeting`.
  func ukrainianFolder(greeting: String) throws -> String {
    let directory = try LecternProcess.temporaryDirectory()
    let profile = "language = uk\nvoice = zle/uk\ngreeting = \(greeting)\n"
    try profile.write(toFile: directory + "/uk.profile", atomically: true, encoding: .utf8)
    try "cyrillic = uk\n".write(
      toFile: directory + "/languages.conf", atomically: true, encoding: .utf8)
    return directory
  }

  let header = "PROFILE  LANG  ROLE  ESPEAK VOICE  VARIANT  RATE  STATUS"

  @Test func helpIsExact() throws {
    let result = try LecternProcess.run(["voices", "--help"])
    #expect(result.status == 0)
    #expect(
      result.output == """
        OVERVIEW: List the voice profiles and whether each works.

        Loads every profile, languages.conf and lexicon of the voices folder (any error
        names its file and line), then says each profile's greeting with its voice: a
        profile works when the engine gives audio and reads the greeting by its own
        language's rules.

        USAGE: lectern voices [--voices <DIR>]

        OPTIONS:
          --voices <DIR>          The folder of voice profiles and lexicons. (default:
                                  voices)
          -h, --help              Show help information.


        """)
  }

  @Test func aProfileThatReadsItsGreetingWorks() throws {
    let voices = try ukrainianFolder(greeting: "Дякую вам, шановні друзі")
    defer { try? FileManager.default.removeItem(atPath: voices) }
    let result = try LecternProcess.run(["voices", "--voices", voices])
    #expect(result.status == 0, "\(result.stderr)")
    let others = [
      "latin → en", "greek → el", "armenian → hy", "georgian → ka", "hebrew → he",
      "arabic → ar", "devanagari → hi", "bengali → bn", "tamil → ta", "gurmukhi → pa",
      "gujarati → gu", "oriya → or", "telugu → te", "kannada → kn", "malayalam → ml",
      "sinhala → si", "myanmar → my", "thai → th", "ethiopic → am", "hangul → ko", "kana → ja",
      "han → zh",
    ].map { $0 + " (NO PROFILE)" }
    var scripts = others
    scripts.insert("cyrillic → uk (uk)", at: 1)
    #expect(
      result.output.split(separator: "\n", omittingEmptySubsequences: false) == [
        Substring(header),
        "uk       uk    -     zle/uk        -        175   works",
        "",
        Substring("scripts: " + scripts.joined(separator: ", ")),
        "lexicons: 0 phrase, 0 pronunciation, 0 entries",
        "",
      ])
  }

  @Test func aProfileThatReadsItsGreetingByEnglishRulesFails() throws {
    let voices = try ukrainianFolder(greeting: "Hello there my friend")
    defer { try? FileManager.default.removeItem(atPath: voices) }
    let result = try LecternProcess.run(["voices", "--voices", voices])
    #expect(result.status == 69, "\(result.stderr)")
    let lines = result.output.split(separator: "\n")
    #expect(lines.first.map(String.init) == header)
    #expect(
      lines.dropFirst().first?.hasPrefix(
        "uk       uk    -     zle/uk        -        175   FAILS: reads \"Hello there my friend\""
          + " by another language's rules (en): (en)") == true, "\(result.output)")
  }
}
