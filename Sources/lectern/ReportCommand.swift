import ArgumentParser
import Foundation
import LecternBatch

/// `lectern report`: the state of a batch's output folder, to read or to gate a pipeline on.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Summarize a batch's output folder: documents done, failed or missing.",
    discussion: """
      Reads every document's manifest.json and the batch's records in DIR/.lectern/, prints \
      the documents done, failed (each with its one-line error) and missing (in a recorded \
      batch, never rendered) and the hours of audio, and writes DIR/index.html listing every \
      document with a link to its listening page. Exits 1 when anything failed or is missing.
      """
  )

  @Argument(help: ArgumentHelp("The batch's output folder.", valueName: "DIR"))
  var output: String

  @Flag(help: "Print the report as JSON.")
  var json = false

  @Flag(
    help: "Print only the source of every document failed or missing, one a line (for --from-list)."
  )
  var unfinished = false

  @Flag(help: "Do not write DIR/index.html.")
  var noPage = false

  func validate() throws {
    if json && unfinished {
      throw ValidationError("--json and --unfinished cannot be used together.")
    }
  }

  func run() throws {
    try reportingErrors {
      guard DocumentInputs.isFolder(output) else {
        throw BatchError("no output folder \(output)", exitStatus: .noInput)
      }
      let report = BatchReport(output: output)
      if !noPage {
        try ReportPage(report: report, title: output).write(to: output)
      }
      let text = json ? report.json() : unfinished ? report.unfinishedList : report.text
      FileHandle.standardOutput.write(Data(text.utf8))
      if !report.isComplete { throw ExitCode(1) }
    }
  }
}
