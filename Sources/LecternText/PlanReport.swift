import Foundation

/// How `lectern plan` shows a plan: a listing for people, or JSON for programs.
///
/// The JSON schema (version ``schemaVersion``) is documented in `docs/plan-json.md`; keys are
/// sorted, so the same plan always gives the same bytes.
public enum PlanReport {
  /// The version of the JSON schema; raised on any incompatible change.
  public static let schemaVersion = 1

  /// The plan as a listing: facts, then each part with its utterances (id, voice, text),
  /// then the dropped lines with their reasons.
  public static func text(_ plan: RenderPlan) -> String {
    var out: [String] = []
    let count = plan.parts.reduce(0) { $0 + $1.utterances.count }
    out.append(
      "\(plan.document) (\(plan.language)): \(plan.parts.count) parts, \(count) utterances, "
        + "\(plan.dropped.count) dropped lines")
    let facts: [(String, String?)] = [
      ("title", plan.metadata.title), ("speaker", plan.metadata.speaker),
      ("event", plan.metadata.event), ("place", plan.metadata.place),
      ("date", plan.metadata.date),
    ]
    if let line = languageLine(plan) { out.append(line) }
    for case (let name, let value?) in facts { out.append("  \(name): \(value)") }
    for part in plan.parts {
      out.append("")
      out.append("[\(part.id)] \(part.kind.rawValue)")
      for utterance in part.utterances {
        out += lines(for: utterance, language: plan.language)
      }
    }
    out.append("")
    out.append(plan.dropped.isEmpty ? "dropped: none" : "dropped:")
    for line in plan.dropped {
      out.append("  line \(line.line)\(line.fragment ? " (part)" : ""): \(line.reason)")
      out.append("    \(line.text)")
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// "  language: fr (French, detected, confidence 0.98)", or the stated language and what
  /// detection said.
  static func languageLine(_ plan: RenderPlan) -> String? {
    let name = LanguageNames.english(plan.language)
    guard let detection = plan.detection else {
      return plan.languageStated ? "  language: \(plan.language) (\(name), stated)" : nil
    }
    let confidence = String(format: "%.2f", detection.confidence)
    if plan.languageStated {
      return "  language: \(plan.language) (\(name), stated; detected \(detection.language), "
        + "confidence \(confidence))"
    }
    return "  language: \(plan.language) (\(name), detected, confidence \(confidence))"
  }

  /// One part as a listing: its id and kind, then its utterances (id, voice, text).
  public static func text(of part: Part, language: String) -> String {
    (["[\(part.id)] \(part.kind.rawValue)"]
      + part.utterances.flatMap { lines(for: $0, language: language) })
      .joined(separator: "\n") + "\n"
  }

  private static func lines(for utterance: Utterance, language: String) -> [String] {
    let id = utterance.id.padding(toLength: max(8, utterance.id.count), withPad: " ", startingAt: 0)
    guard utterance.spans.count == 1, let span = utterance.spans.first else {
      var out = ["  \(id)  \(utterance.text)"]
      for span in utterance.spans {
        out.append("      - \(describe(span, language)): \(span.text)")
      }
      return out
    }
    let spoken = span.spoken == span.text ? "" : "  → \(span.spoken)"
    return ["  \(id)  \(describe(span, language)): \(utterance.text)\(spoken)"]
  }

  private static func describe(_ span: Span, _ language: String) -> String {
    var voice = span.voice
    if span.lang != language { voice += " [\(span.lang)]" }
    if span.phonemes { voice += " [phonemes]" }
    return voice
  }

  /// The plan as JSON (UTF-8, pretty-printed, keys sorted): see ``PlanJSONWriter``.
  public static func json(_ plan: RenderPlan) -> String {
    PlanJSONWriter.json(plan) + "\n"
  }

  /// The UTF-8 bytes of ``json(_:)``, final newline included.
  public static func jsonBytes(_ plan: RenderPlan) -> [UInt8] {
    var bytes = PlanJSONWriter.bytes(plan)
    bytes.append(UInt8(ascii: "\n"))
    return bytes
  }
}
