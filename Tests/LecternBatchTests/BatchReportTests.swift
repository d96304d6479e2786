import Foundation
import LecternBatch
import Testing

/// `lectern report`'s view of an output folder: done, failed, missing, hours, the page.
struct BatchReportTests {
  func manifest(source: String, duration: Double) -> String {
    "{\"source\": \"\(source)\", \"duration\": \(duration), \"document\": \"x\", \"parts\": []}"
  }

  @Test func doneFailedAndMissingFromManifestsAndTheLedger() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let ledger = BatchLedger(output: folder.path)
    let batch = ["a", "b <&>", "c", "d"].map { BatchDocument(source: "in/\($0).txt", words: 5) }
    try ledger.recordBatch(batch)
    try folder.write("a/manifest.json", manifest(source: "in/a.txt", duration: 5400))
    try folder.write("a/index.html", "<!doctype html>")
    try folder.write("b <&>/manifest.json", manifest(source: "in/b <&>.txt", duration: 1800))
    try ledger.recordFailure(
      FailureRecord(
        document: "b <&>", source: "in/b <&>.txt", error: "in/b <&>.txt:2: invalid UTF-8",
        status: 65, shard: "1/2"))
    try folder.write("extra/manifest.json", manifest(source: "old/extra.txt", duration: 1800))
    let report = BatchReport(output: folder.path)
    #expect(report.entries.map(\.document) == ["a", "b <&>", "c", "d", "extra"])
    #expect(report.entries.map(\.status) == [.done, .failed, .missing, .missing, .done])
    #expect(report.doneSeconds == 7200)
    #expect(!report.isComplete)
    #expect(report.text.hasPrefix("5 documents: 2 done, 1 failed, 2 missing\naudio: 2.00 hours"))
    #expect(report.text.contains("  b <&>: in/b <&>.txt:2: invalid UTF-8 (exit 65, shard 1/2"))
    #expect(report.text.contains("its previous render is kept"))
    #expect(report.unfinishedList == "in/b <&>.txt\nin/c.txt\nin/d.txt\n")

    let page = ReportPage(report: report, title: "out").html
    #expect(page.contains("<a href=\"a/index.html\">a</a>"))
    #expect(page.contains("b &lt;&amp;&gt;"))
    #expect(!page.contains("b <&>"))
    #expect(!page.contains("href=\"c/"))
    #expect(page.contains("<td class=\"length\">1:30:00</td>"))
  }

  @Test func anEmptyFolderIsCompleteAndTheJSONCounts() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let report = BatchReport(output: folder.path)
    #expect(report.isComplete && report.entries.isEmpty)
    let json = try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any]
    #expect(json?["documents"] as? Int == 0)
  }
}
