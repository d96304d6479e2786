import Foundation

/// A ``BatchReport`` as people and pipelines read it.
extension BatchReport {
  /// The summary for a terminal: counts, hours of audio, then each failure with its error
  /// and each missing document.
  public var text: String {
    var lines = [
      "\(entries.count) documents: \(count(.done)) done, \(count(.failed)) failed, "
        + "\(count(.missing)) missing",
      "audio: \(Self.hours(doneSeconds)) hours (\(Self.decimal(doneSeconds, 1)) s) in the "
        + "documents done",
    ]
    let failed = entries.filter { $0.status == .failed }
    if !failed.isEmpty { lines.append("failed:") }
    for entry in failed {
      guard let failure = entry.failure else { continue }
      let kept = entry.duration != nil ? "; its previous render is kept" : ""
      lines.append(
        "  \(entry.document): \(failure.error) (exit \(failure.status), shard \(failure.shard) "
          + "on \(failure.host)\(kept))")
    }
    let missing = entries.filter { $0.status == .missing }
    if !missing.isEmpty { lines.append("missing:") }
    for entry in missing {
      lines.append("  \(entry.document)" + (entry.source.map { " (\($0))" } ?? ""))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The source of every document not done, one a line: a list for `--from-list`.
  public var unfinishedList: String {
    entries.filter { $0.status != .done }.compactMap(\.source).map { $0 + "\n" }.joined()
  }

  /// The report as JSON (keys sorted): the counts, the audio, and every document.
  public func json() -> String {
    struct Summary: Encodable {
      var documents: Int
      var done: Int
      var failed: Int
      var missing: Int
      var audioSeconds: Double
      var entries: [Entry]
    }
    let summary = Summary(
      documents: entries.count, done: count(.done), failed: count(.failed),
      missing: count(.missing), audioSeconds: (doneSeconds * 1000).rounded() / 1000,
      entries: entries)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    // Plain strings, numbers and booleans: encoding cannot fail.
    let data = (try? encoder.encode(summary)) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// Seconds as hours with two decimals.
  static func hours(_ seconds: Double) -> String { decimal(seconds / 3600, 2) }

  /// `value` with `places` decimals, independent of the locale.
  static func decimal(_ value: Double, _ places: Int) -> String {
    let scale = (0..<places).reduce(1.0) { value, _ in value * 10 }
    let scaled = Int((value * scale).rounded())
    let whole = scaled / Int(scale)
    let fraction = String(abs(scaled) % Int(scale))
    return places == 0
      ? "\(whole)"
      : "\(whole).\(String(repeating: "0", count: places - fraction.count))\(fraction)"
  }
}
