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
