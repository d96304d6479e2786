import Foundation
import Testing

@testable import LecternText

/// The plans of the seed and of the fixtures, compared with reviewed golden summaries.
///
/// A summary holds the facts, each part's id, kind and size with its first and last
/// utterance, and every dropped line with its reason. To see a changed plan, run with
/// `LECTERN_WRITE_GOLDEN=1`: the summaries are written next to the goldens as `.actual`.
@Suite struct PlanGoldenTests {
  static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  static let packageFolder = testsFolder.deletingLastPathComponent().deletingLastPathComponent()

  static func summary(_ plan: RenderPlan) -> String {
    var out = ["document: \(plan.document) (\(plan.language))"]
    let facts = plan.metadata
    for (name, value) in [
      ("title", facts.title), ("speaker", facts.speaker), ("event", facts.event),
      ("place", facts.place), ("date", facts.date),
    ] {
      out.append("\(name): \(value ?? "-")")
    }
    for part in plan.parts {
      out.append("[\(part.id)] \(part.kind.rawValue), \(part.utterances.count) utterances")
      if let first = part.utterances.first { out.append("  \(first.id): \(first.text)") }
      if part.utterances.count > 1, let last = part.utterances.last {
        out.append("  \(last.id): \(last.text)")
      }
    }
    out.append("dropped:")
    for line in plan.dropped { out.append("  \(line.line): \(line.text) | \(line.reason)") }
    return out.joined(separator: "\n") + "\n"
  }

  static func check(_ documentPath: URL, golden name: String) throws {
    let document = try Document.load(path: documentPath.path)
    let actual = summary(LanguageTestSupport.planner.plan(document))
    let goldenURL = testsFolder.appendingPathComponent("Resources/\(name).plan.txt")
    if ProcessInfo.processInfo.environment["LECTERN_WRITE_GOLDEN"] == "1" {
      try actual.write(
        to: goldenURL.appendingPathExtension("actual"), atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOf: goldenURL, encoding: .utf8)
    #expect(actual == expected, "plan of \(documentPath.lastPathComponent) differs from golden")
  }

  @Test func seedPlanMatchesGolden() throws {
    try Self.check(
      Self.packageFolder.appendingPathComponent("seeds/interpol-csto-moscow-2019.txt"),
      golden: "interpol-csto-moscow-2019")
  }

  @Test(arguments: [
    "multiline-header", "salutations-per-line", "unnumbered-wrapped", "single-line-header",
    "web-page-header",
  ])
  func fixturePlanMatchesGolden(name: String) throws {
    try Self.check(
      Self.testsFolder.appendingPathComponent("Fixtures/\(name).txt"), golden: name)
  }

  @Test func seedPlanHasTheAddressInOrder() throws {
    let path = Self.packageFolder.appendingPathComponent("seeds/interpol-csto-moscow-2019.txt")
    let plan = LanguageTestSupport.planner.plan(try Document.load(path: path.path))
    #expect(plan.parts.map(\.id) == ["intro", "opening"] + (1...15).map(String.init))
    #expect(plan.parts.first?.kind == .intro)
    #expect(
      plan.part(id: "intro")?.utterances.allSatisfy { $0.spans.first?.voice == "narrator" } == true)
    let spoken = plan.parts.flatMap(\.utterances).map(\.text).joined(separator: " ")
    // The printed numbers, page labels and repeated titles are not read.
    for absent in [
      "1. In", "15. Thank", "Back to the all news", "Version", "Remarks:", "30.10.2019",
    ] {
      #expect(!spoken.contains(absent), "\(absent) is spoken")
    }
    // Each fact of the intro once.
    let intro = plan.part(id: "intro")?.utterances.map(\.text).joined(separator: " ") ?? ""
    for fact in ["Jürgen Stock", "30 October 2019", "Moscow", "Collective Security Treaty"] {
      #expect(intro.components(separatedBy: fact).count == 2, "\(fact) not said exactly once")
    }
    // Utterances concatenate back to the paragraph's source text, whitespace aside.
    let lines = try String(contentsOf: path, encoding: .utf8).components(separatedBy: "\n")
    let paragraph15 = plan.part(id: "15")?.utterances.map(\.text).joined() ?? ""
    let source15 = lines.first { $0.hasPrefix("15. ") }.map { String($0.dropFirst(4)) }
    #expect(source15 != nil)
    #expect(squeezed(paragraph15) == squeezed(source15 ?? ""))
    #expect(plan.part(id: "15")?.utterances.last?.spans.first?.spoken == "Bolshoye Spasibo.")
  }

  private func squeezed(_ text: String) -> String {
    String(text.unicodeScalars.filter { !$0.properties.isWhitespace })
  }
}
