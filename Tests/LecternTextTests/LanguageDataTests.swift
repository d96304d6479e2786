import Foundation
import Testing

@testable import LecternText

/// The `.language` file format: sections, lists, tables, comments, and errors with lines.
struct LanguageDataTests {
  let sections: [String: LanguageData.SectionKind] = ["greetings": .list, "intro": .table]

  func parse(_ text: String) throws(ConfigurationError) -> LanguageData {
    try LanguageDataParser(file: "voices/xx.language", sections: sections)
      .parse(text, language: "xx")
  }

  @Test func readsListsAndTablesWithLinesAndComments() throws {
    let data = try parse(
      """
      # a comment line
      [greetings]
      good   morning    # spaces collapse
      C# stays a word
      [intro]
      by = An address by {speaker}
      """)
    #expect(data.list("greetings") == ["good morning", "C# stays a word"])
    #expect(data.table("intro") == ["by": "An address by {speaker}"])
    #expect(data.entry("intro", key: "by")?.line == 6)
    #expect(data.list("absent").isEmpty)
  }

  @Test(arguments: [
    ("good morning", "good morning"),
    ("  good \t morning  ", "good morning"),
    ("good\u{A0}\u{A0}morning", "good morning"),
    ("доброе\u{2009}утро\u{3000}", "доброе утро"),
    ("\u{3000}你好", "你好"),
    ("café  crème", "café crème"),
    ("صباح  الخير", "صباح الخير"),
  ])
  func entriesCollapseEveryKindOfWhitespace(entry: String, expected: String) throws {
    #expect(try parse("[greetings]\n\(entry)").list("greetings") == [expected])
  }

  @Test(arguments: [
    ("  key  ", "key"), ("\u{A0}clé\u{A0}", "clé"), ("\r\nx\r\n", "x"), ("\t \t", ""),
    ("ключ\u{2003}", "ключ"), ("x y", "x y"), ("", ""),
    // A combining mark after a space makes one whitespace `Character` with it: both go.
    (" \u{301}x", "x"),
  ])
  func trimmingFollowsCharacters(text: String, expected: String) {
    #expect(text.trimmingWhitespace() == expected)
    #expect(text[...].trimmingWhitespace() == expected)
  }

  @Test(arguments: [
    ("hello", "voices/xx.language:1: text before the first [section]: \"hello\""),
    ("[nope]", "voices/xx.language:1: unknown section [nope] (expected one of greetings, intro)"),
    (
      "[greetings]\n[greetings]",
      "voices/xx.language:2: duplicate section [greetings] (first opened on line 1)"
    ),
    ("[intro]\nby", "voices/xx.language:2: expected \"key = value\", found \"by\""),
    ("[intro]\na = 1\na = 2", "voices/xx.language:3: duplicate key \"a\" (first set on line 2)"),
    ("[greetings", "voices/xx.language:1: a section line must be \"[name]\", found \"[greetings\""),
  ])
  func malformedFilesNameTheLine(text: String, message: String) {
    #expect(throws: ConfigurationError.self) { try parse(text) }
    do {
      _ = try parse(text)
    } catch {
      #expect(error.description == message)
    }
  }

  @Test func knowledgeFallsBackToEmptyDataAndListsEveryLanguage() {
    let english = LanguageData(
      language: "en", entries: ["greetings": [.init(text: "hello", line: 2)]])
    let french = LanguageData(
      language: "fr", entries: ["greetings": [.init(text: "bonjour", line: 2)]])
    let knowledge = LanguageKnowledge([french, english])
    #expect(knowledge["fr-CA"].list("greetings") == ["bonjour"])
    #expect(knowledge["de"].list("greetings").isEmpty)
    #expect(knowledge.lists("greetings").map(\.entry) == ["hello", "bonjour"])
  }

  @Test func loadingRefusesBadFileNamesAndOversizedFiles() throws {
    let folder = FileManager.default.temporaryDirectory.path + "/lectern-language-\(UUID())"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect(try LanguageKnowledge.load(directory: folder).languages.isEmpty)

    try "".write(toFile: folder + "/French.language", atomically: true, encoding: .utf8)
    #expect(throws: ConfigurationError.self) { try LanguageKnowledge.load(directory: folder) }
    try FileManager.default.removeItem(atPath: folder + "/French.language")

    let big = folder + "/fr.language"
    #expect(FileManager.default.createFile(atPath: big, contents: nil))
    let handle = try #require(FileHandle(forWritingAtPath: big))
    try handle.truncate(atOffset: UInt64(LanguageKnowledge.largestFile + 1))
    try handle.close()
    do {
      _ = try LanguageKnowledge.load(directory: folder)
      Issue.record("an oversized file was read")
    } catch {
      #expect(error.description.hasPrefix("\(big): larger than 1 MiB"))
    }
  }
}

/// `[script-forms]`: a language file holds every list entry in each of its scripts.
struct ScriptFormsTests {
  /// Every list entry of a file that names `[script-forms]` is also in the file as each
  /// transform writes it, in the same section (`scripts/script-forms` adds what is missing).
  @Test func everyListEntryIsWrittenInEachScript() throws {
    let knowledge = LanguageTestSupport.knowledge
    let declaring = knowledge.languages.filter { !knowledge[$0].list("script-forms").isEmpty }
    #expect(declaring.contains("zh"))
    for language in declaring {
      let data = knowledge[language]
      for (section, entries) in data.entries
      where section != "script-forms" && section != "date-locales"
        && entries.allSatisfy({ $0.value == nil })
      {
        let written = Set(entries.map(\.text))
        for transform in data.list("script-forms") {
          for entry in entries {
            let form = try #require(
              entry.text.applyingTransform(StringTransform(transform), reverse: false))
            #expect(
              written.contains(form),
              "\(data.file):\(entry.line): [\(section)] lacks \(form); run scripts/script-forms")
          }
        }
      }
    }
  }

  /// The Chinese file's words, written in simplified characters, match in traditional ones.
  @Test(arguments: ["謝謝大家！", "歡迎各位！"])
  func aTraditionalGreetingIsAGreeting(text: String) {
    let greeting = Salutation([LanguageTestSupport.knowledge["zh"]]).isGreeting(text)
    #expect(greeting)
  }

  @Test func traditionalLinksAndSalutationsAreKnown() {
    // Asked first, so that a failure prints the answer, not the whole vocabulary.
    let link = StructureVocabulary(LanguageTestSupport.knowledge).links.containsAny(
      WordKey.keys("複製本頁鏈接"))
    let salutation = Salutation([LanguageTestSupport.knowledge["zh"]]).isSalutation(
      "女士們、先生們：")
    #expect(link)
    #expect(salutation)
  }

  /// A page in traditional characters reads as the same page in simplified ones: the same
  /// lines dropped, parts and facts (names invented: 瓦尔霍).
  @Test func aTraditionalPageReadsAsItsSimplifiedForm() throws {
    let simplified = [
      "复制本页链接", "订阅新闻", "",
      "瓦尔霍部长在多尔韦尔港口论坛开幕式上的讲话", "", "2023年3月13日", "",
      "女士们、先生们：", "",
      "今天，我们在这里隆重举行港口论坛开幕式。我谨代表主办方，向各位来宾表示热烈欢迎！", "",
      "谢谢大家！",
    ].joined(separator: "\n")
    let traditional = try #require(
      simplified.applyingTransform(StringTransform("Hans-Hant"), reverse: false))
    #expect(traditional != simplified)
    let plans = [simplified, traditional].map {
      LanguageTestSupport.planPage($0.components(separatedBy: "\n"))
    }
    #expect(plans[0].dropped.map(\.line) == plans[1].dropped.map(\.line))
    #expect(plans[0].parts.map(\.kind) == plans[1].parts.map(\.kind))
    let speaker = try #require(plans[0].metadata.speaker)
    #expect(speaker.contains("瓦尔霍"))
    #expect(
      plans[1].metadata.speaker
        == speaker.applyingTransform(StringTransform("Hans-Hant"), reverse: false))
    #expect(plans[0].metadata.date != nil && plans[1].metadata.date != nil)
  }
}
