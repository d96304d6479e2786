import Foundation
import LecternSupport
import LecternText
import Testing

@Suite("PLS lexicons")
struct LexiconTests {
  private let header =
    "<lexicon version=\"1.0\" xmlns=\"http://www.w3.org/2005/01/pronunciation-lexicon\""
    + " alphabet=\"x-espeak\" xml:lang=\"ru\">"

  private func parse(
    _ text: String, file: String = "voices/ru.phrases.pls"
  ) throws(ConfigurationError)
    -> Lexicon
  {
    try Lexicon(parsing: Array(text.utf8), file: file)
  }

  private func error(_ text: String, file: String = "voices/ru.phrases.pls") -> ConfigurationError?
  {
    do {
      _ = try parse(text, file: file)
      return nil
    } catch {
      return error
    }
  }

  @Test func parsesGraphemesAliasesAndPhonemes() throws {
    let lexicon = try parse(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      \(header)
        <lexeme>
          <grapheme>Bolshoye Spasibo</grapheme>
          <grapheme>Bolshoe Spasibo</grapheme>
          <alias>Большое спасибо</alias>
        </lexeme>
        <lexeme><grapheme>Semerikov</grapheme><phoneme>s,Em@r'i:k0f</phoneme></lexeme>
      </lexicon>
      """)
    #expect(lexicon.language == "ru")
    #expect(lexicon.kind == .phrases)
    #expect(lexicon.entries.count == 2)
    #expect(lexicon.entries[0].graphemes == ["Bolshoye Spasibo", "Bolshoe Spasibo"])
    #expect(lexicon.entries[0].spoken == "Большое спасибо")
    #expect(lexicon.entries[0].line == 3)
    #expect(lexicon.entries[1].spoken == "[[s,Em@r'i:k0f]]")
    #expect(lexicon.entries[1].isPhonemes)
  }

  @Test func billionLaughsIsRejectedQuicklyWithFileAndLine() {
    var lines = ["<?xml version=\"1.0\"?>", "<!DOCTYPE lolz [", " <!ENTITY lol \"lol\">"]
    for level in 1...9 {
      let previous = level == 1 ? "lol" : "lol\(level - 1)"
      lines.append(
        " <!ENTITY lol\(level) \""
          + String(repeating: "&\(previous);", count: 10) + "\">")
    }
    lines += [
      "]>", header, "<lexeme><grapheme>&lol9;</grapheme><alias>x</alias></lexeme>",
      "</lexicon>",
    ]
    // Refused at the declaration, before any expansion (no time is asserted).
    let failure = error(lines.joined(separator: "\n"), file: "voices/evil.pls")
    #expect(
      failure?.description
        == "voices/evil.pls:2: DTD declarations (<!DOCTYPE, <!ENTITY) are not allowed in a lexicon")
    #expect(failure?.exitStatus == .configuration)
  }

  @Test func externalEntityIsRejected() {
    let failure = error(
      """
      <?xml version="1.0"?>
      <!DOCTYPE lexicon [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
      \(header)
        <lexeme><grapheme>&xxe;</grapheme><alias>x</alias></lexeme>
      </lexicon>
      """, file: "voices/xxe.pls")
    #expect(failure?.file == "voices/xxe.pls")
    #expect(failure?.line == 2)
  }

  @Test func entityDeclarationWithoutDoctypeIsRejected() {
    let failure = error("\(header)\n<!entity x \"y\">\n</lexicon>")
    #expect(failure?.line == 2)
  }

  @Test func oversizedFileIsRejectedUnparsed() {
    let big = header + String(repeating: " ", count: 5 << 20) + "</lexicon>"
    let failure = error(big)
    #expect(failure?.description.hasPrefix("voices/ru.phrases.pls: larger than 4 MiB") == true)
  }

  @Test(
    arguments: [
      (
        "\(LexiconTests.plsHeader)\n<lexeme>\n<grapheme>x & y</grapheme>\n</lexicon>", 3,
        "malformed XML"
      ),
      (
        "\(LexiconTests.plsHeader)\n<lexeme>\n<grapheme>x</grapheme>\n</lexeme>\n</lexicon>", 4,
        "<lexeme> without <alias> or <phoneme>"
      ),
      (
        "\(LexiconTests.plsHeader)\n<lexeme><alias>x</alias>\n</lexeme>\n</lexicon>", 3,
        "<lexeme> without <grapheme>"
      ),
      ("<lexicon version=\"1.0\" xml:lang=\"ru\">\n</lexicon>", 1, "must declare xmlns"),
      (
        "<lexicon version=\"1.0\"\n xmlns=\"http://www.w3.org/2005/01/pronunciation-lexicon\">"
          + "\n</lexicon>", 2, "needs xml:lang"
      ),
      (
        "\(LexiconTests.plsHeader)\n<lexeme><grapheme>x</grapheme>\n<phoneme alphabet=\"ipa\">"
          + "x</phoneme></lexeme></lexicon>", 3, "phoneme alphabet \"ipa\""
      ),
      ("<speak>\n<lexeme/></speak>", 1, "the root element must be <lexicon>"),
    ])
  func malformedLexiconsNameFileAndLine(text: String, line: Int, message: String) {
    let failure = error(text)
    #expect(failure?.file == "voices/ru.phrases.pls")
    #expect(failure?.line == line, "\(failure?.description ?? "no error")")
    #expect(failure?.description.contains(message) == true, "\(failure?.description ?? "")")
    #expect(failure?.description.contains("\n") == false)
  }

  static let plsHeader =
    "<lexicon version=\"1.0\" xmlns=\"http://www.w3.org/2005/01/pronunciation-lexicon\""
    + " xml:lang=\"ru\">"

  @Test func repositoryLexiconsLoad() {
    let lexicons = LanguageTestSupport.lexicons
    #expect(lexicons.filter { $0.kind == .pronunciation }.map(\.language) == ["en"])
    #expect(lexicons.filter { $0.kind == .phrases }.count >= 15)
    #expect(lexicons.allSatisfy { !$0.entries.isEmpty })
  }
}
