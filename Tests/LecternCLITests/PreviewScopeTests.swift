import Foundation
import Testing

/// The one-shot preview does only the work of its part: it annotates that part alone and
/// checks only the rule sets of the languages it speaks, and it still renders exactly that
/// part as `render` does (``EngineIsolationTests``, ``MasteringProfileTests``).
@Suite struct PreviewScopeTests {
  /// An address whose second paragraph has a sentence in German.
  static let text = """
    Remarks at the Regional Conference

    1. We meet today to talk about cooperation between our police forces.

    2. As our hosts would say, [de: Wir danken Ihnen für den 3. Oktober.]

    Thank you.

    """

  /// ``text`` written to `address.txt` in `folder`; its path.
  static func address(in folder: String) throws -> String {
    let document = folder + "/address.txt"
    try text.write(toFile: document, atomically: true, encoding: .utf8)
    return document
  }

  /// The id of the part of `document`'s plan (from `plan --json`) that speaks `lang`, or not.
  func part(of document: String, speaking lang: String, _ speaks: Bool) throws -> String {
    let result = try LecternProcess.run(["plan", document, "--json"])
    try #require(result.status == 0, "\(result.stderr)")
    struct Plan: Decodable {
      struct Part: Decodable {
        struct Utterance: Decodable {
          struct Span: Decodable { var lang: String }
          var spans: [Span]
        }
        var id: String
        var kind: String
        var utterances: [Utterance]
      }
      var parts: [Part]
    }
    let plan = try JSONDecoder().decode(Plan.self, from: result.stdout)
    let part = plan.parts.first { part in
      part.kind == "paragraph"
        && part.utterances.contains { $0.spans.contains { $0.lang == lang } } == speaks
    }
    return try #require(part).id
  }

  @Test func aBrokenRuleSetStopsOnlyThePreviewsAndRendersOfItsLanguage() throws {
    let folder = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let document = try Self.address(in: folder)
    let german = try part(of: document, speaking: "de", true)
    let english = try part(of: document, speaking: "de", false)

    let voices = folder + "/voices"
    try FileManager.default.copyItem(
      atPath: LecternProcess.packageRoot + "/voices", toPath: voices)
    let file = voices + "/de.language"
    let data = try String(contentsOfFile: file, encoding: .utf8)
    let broken = data.replacingOccurrences(
      of: "ordinal = %spellout-ordinal\n", with: "ordinal = %spellout-nonesuch\n")
    try #require(broken != data)
    try broken.write(toFile: file, atomically: true, encoding: .utf8)
    let line =
      try #require(
        broken.components(separatedBy: "\n").firstIndex { $0.contains("nonesuch") }) + 1
    let error = "lectern: \(file):\(line): ICU has no rule set %spellout-nonesuch for de"

    func preview(_ id: String) throws -> LecternProcess.Result {
      try LecternProcess.run([
        "preview", id, document, "--voices", voices, "--output", folder + "/\(id).wav",
      ])
    }
    let fine = try preview(english)
    #expect(fine.status == 0, "\(fine.stderr)")
    #expect(FileManager.default.fileExists(atPath: folder + "/\(english).wav"))
    let stopped = try preview(german)
    #expect(stopped.status == 78)
    #expect(stopped.stderr.hasPrefix(error), "\(stopped.stderr)")
    #expect(!FileManager.default.fileExists(atPath: folder + "/\(german).wav"))
    // A render checks the languages its document speaks: this one stops on the same line,
    // before synthesis; a document without German renders.
    let render = try LecternProcess.run(
      ["render", document, "--voices", voices, "--output", folder + "/out", "--quiet"])
    #expect(render.status == 78)
    #expect(render.stderr.hasPrefix(error), "\(render.stderr)")
    let withoutGerman = folder + "/english.txt"
    try "Thank you all for coming today. We begin at nine.\n".write(
      toFile: withoutGerman, atomically: true, encoding: .utf8)
    let other = try LecternProcess.run(
      ["render", withoutGerman, "--voices", voices, "--output", folder + "/out", "--quiet"])
    #expect(other.status == 0, "\(other.stderr)")
  }

  @Test func anUnknownPartIsRefusedWithTheIdsOfTheWholePlan() throws {
    let folder = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let document = try Self.address(in: folder)
    let result = try LecternProcess.run(["preview", "nonesuch", document])
    #expect(result.status == 64)
    let ids = try #require(result.stderr.components(separatedBy: "valid ids: ").last)
    let listed = ids.trimmingCharacters(in: .whitespacesAndNewlines).components(
      separatedBy: ", ")
    let wanted = try [true, false].map { try part(of: document, speaking: "de", $0) }
    #expect(wanted.allSatisfy(listed.contains), "\(result.stderr)")
  }

  /// `--timings` names each phase of the process with its milliseconds, and changes nothing
  /// in what the preview writes.
  @Test func timingsNameEveryPhaseAndChangeNothing() throws {
    let folder = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let document = try Self.address(in: folder)
    let id = try part(of: document, speaking: "de", false)
    let environment = ["LECTERN_CACHE_DIR": folder + "/cache"]
    let timed = try LecternProcess.run(
      ["preview", id, document, "--no-cache", "--timings", "-o", folder + "/timed.wav"],
      environment: environment)
    try #require(timed.status == 0, "\(timed.stderr)")
    let line = try #require(timed.stderr.split(separator: "\n").first { $0.contains("timings: ") })
    let phases = line.components(separatedBy: "timings: ")[1].components(separatedBy: ", ")
    let words = phases.map { $0.split(separator: " ") }
    #expect(
      words.map { $0.prefix { Double($0) == nil }.joined(separator: " ") }
        == ["engine", "voices", "synthesis process", "plan", "part", "total"], "\(line)")
    let figures = words.compactMap { $0.lazy.compactMap { Double($0) }.first }
    #expect(figures.count == phases.count && figures.allSatisfy { $0 >= 0 }, "\(line)")
    let plain = try LecternProcess.run(
      ["preview", id, document, "--no-cache", "-o", folder + "/plain.wav"],
      environment: environment)
    try #require(plain.status == 0, "\(plain.stderr)")
    #expect(!plain.stderr.contains("timings"))
    #expect(
      FileManager.default.contents(atPath: folder + "/timed.wav")
        == FileManager.default.contents(atPath: folder + "/plain.wav"))
  }
}
