import Foundation
import LecternRender

/// `OUTPUT/index.html`: every document of the batch, each linking to its own listening page
/// (`NAME/index.html`, which the render writes), with its state, length and, for a failure,
/// its error. One self-contained file, no script; the same report writes the same bytes.
public struct ReportPage {
  /// The report to show.
  public let report: BatchReport
  /// The output folder's name as given, for the title.
  public let title: String

  /// A page for `report` of the folder called `title`.
  public init(report: BatchReport, title: String) {
    self.report = report
    self.title = title
  }

  /// Writes the page to `OUTPUT/index.html` by write-then-rename.
  public func write(to output: String) throws(BatchError) {
    try BatchFiles.writeAtomically(Array(html.utf8), to: output + "/index.html")
  }

  /// The page.
  public var html: String {
    let summary =
      "\(report.entries.count) documents: \(report.count(.done)) done, "
      + "\(report.count(.failed)) failed, \(report.count(.missing)) missing; "
      + "\(BatchReport.hours(report.doneSeconds)) hours of audio"
    return """
      <!doctype html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(Self.escape(title)): batch report</title>
      <style>
      body { font: 16px/1.5 system-ui, sans-serif; margin: 1rem auto; max-width: 60rem;
        padding: 0 1rem; color: #1a1a1a; }
      table { border-collapse: collapse; width: 100%; }
      th, td { text-align: left; padding: .3rem .6rem; border-bottom: 1px solid #ccc;
        vertical-align: top; }
      td.length { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      .failed { color: #a30000; font-weight: bold; }
      .missing { color: #6b4e00; font-weight: bold; }
      </style>
      </head>
      <body>
      <h1>\(Self.escape(title))</h1>
      <p>\(Self.escape(summary))</p>
      <table>
      <thead><tr><th scope="col">Document</th><th scope="col">State</th>\
      <th scope="col">Length</th><th scope="col">Error</th></tr></thead>
      <tbody>
      \(report.entries.map(row).joined(separator: "\n"))
      </tbody>
      </table>
      </body>
      </html>

      """
  }

  private func row(_ entry: BatchReport.Entry) -> String {
    let name = Self.escape(entry.document)
    let link =
      entry.hasPage
      ? "<a href=\"\(Self.escape(Self.pathComponent(entry.document)))/index.html\">\(name)</a>"
      : name
    let length = entry.duration.map(Self.clock) ?? ""
    let error = entry.failure.map { Self.escape($0.error) } ?? ""
    return "<tr><td>\(link)</td><td class=\"\(entry.status.rawValue)\">\(entry.status.rawValue)"
      + "</td><td class=\"length\">\(length)</td><td>\(error)</td></tr>"
  }

  /// `seconds` as `H:MM:SS` or `M:SS`.
  static func clock(_ seconds: Double) -> String {
    let total = Int(seconds.rounded())
    let (hours, minutes, rest) = (total / 3600, total / 60 % 60, total % 60)
    let two = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
    return hours > 0 ? "\(hours):\(two(minutes)):\(two(rest))" : "\(minutes):\(two(rest))"
  }

  /// `name` percent-encoded as one path component of a relative URL.
  static func pathComponent(_ name: String) -> String {
    var allowed = CharacterSet.urlPathAllowed
    allowed.remove(charactersIn: "/?#;")
    return name.addingPercentEncoding(withAllowedCharacters: allowed) ?? name
  }

  /// Text escaped for HTML text and quoted attribute values.
  static func escape(_ text: String) -> String { HTMLText.escaped(text) }
}
