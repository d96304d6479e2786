import Foundation
import Testing

@testable import lectern

/// Usage errors keep swift-argument-parser's form, with the problem named on the first line.
@Suite(.serialized)
struct UsageErrorTests {
  @Test(
    arguments: [
      (["render", "-dash.txt"], "'-dash.txt'"),
      (["render", "-quick.txt"], "'-quick.txt'"),
      (["render", "-q.txt"], "'-q.txt'"),
      (["preview", "-7"], "'-7'"),
      (["render", "--bogus"], "'--bogus'"),
      (["render", "--format", "aiff"], "'aiff'"),
      (["render", "--jobs", "x"], "'x'"),
      (["render", "-o"], "'-o <DIR>'"),
      (["plan", "a", "b"], "'b'"),
    ])
  func firstLineNamesTheProblem(arguments: [String], named: String) throws {
    let result = try LecternProcess.run(arguments)
    #expect(result.status == 64, "\(arguments): \(result.stderr)")
    #expect(result.output.isEmpty, "\(arguments): help printed instead of an error")
    let first = result.stderr.split(separator: "\n").first ?? ""
    #expect(first.hasPrefix("Error: "), "\(arguments): \(result.stderr)")
    #expect(first.contains(named), "\(arguments): \(first)")
    #expect(result.stderr.contains("Usage: lectern \(arguments[0])"), "\(result.stderr)")
  }

  @Test func dashFileNameIsUnknownOptionWithTheWayOut() throws {
    let result = try LecternProcess.run(["render", "-dash.txt"])
    #expect(
      result.stderr.hasPrefix(
        "Error: Unknown option '-dash.txt' (a file name that starts with '-' goes after '--':"
          + " lectern render -- -dash.txt)\n"))
  }

  @Test(arguments: [
    ["render", "-h"], ["render", "--help"], ["render", "-help"], ["render", "-qh"],
  ])
  func helpIsStillHelp(arguments: [String]) throws {
    let result = try LecternProcess.run(arguments)
    #expect(result.status == 0)
    #expect(result.output.hasPrefix("OVERVIEW: Render documents"))
  }

  /// The short names the pre-check lets through are exactly those the commands declare.
  @Test func shortNamesAreThoseOfTheHelp() throws {
    var declared: Set<Character> = []
    for command in ["render", "preview", "watch", "plan", "check", "voices"] {
      let help = try LecternProcess.run([command, "--help"]).output
      for line in help.split(separator: "\n") {
        let words = line.split(separator: " ")
        if let word = words.first, word.count == 3, word.hasPrefix("-"), word.hasSuffix(",") {
          declared.insert(word[word.index(after: word.startIndex)])
        }
      }
    }
    #expect(declared == MisreadOption.shortNames)
  }

  /// `--keep-going` is advised where it exists (render), not where it is refused (preview).
  @Test func engineCrashAdvisesKeepGoingOnlyToRender() throws {
    let directory = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let document = try EngineIsolationTests().crashingDocument(in: directory)
    let preview = try LecternProcess.run(
      ["preview", "2", document, "--output", directory + "/2.wav", "--no-cache"])
    #expect(preview.status == 70, "\(preview.stderr)")
    #expect(preview.stderr.contains("part 2, utterance 2."), "\(preview.stderr)")
    #expect(!preview.stderr.contains("--keep-going"), "\(preview.stderr)")
    let render = try LecternProcess.run(
      ["render", document, "--output", directory + "/out", "--no-cache", "--quiet"])
    #expect(render.status == 70, "\(render.stderr)")
    #expect(render.stderr.contains("(use --keep-going to render with silence there)"))
  }
}
