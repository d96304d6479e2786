import Foundation
import LecternRender
import Testing

/// `render` as a batch (folders, lists, shards), `report`, `cache prune`, and `--jobs`'s
/// default, end to end through the built binary.
@Suite(.serialized)
struct BatchCommandTests {
  /// A folder of three documents, one of them not UTF-8.
  func archive(_ directory: String) throws -> String {
    let folder = directory + "/archive"
    try FileManager.default.createDirectory(
      atPath: folder + "/2019", withIntermediateDirectories: true)
    try "Good morning.\n\n1. Welcome to Lyon, dear colleagues.\n".write(
      toFile: folder + "/2019/welcome.txt", atomically: true, encoding: .utf8)
    try "Good evening.\n\n1. Thank you all.\n\n2. Merci beaucoup.\n".write(
      toFile: folder + "/thanks.txt", atomically: true, encoding: .utf8)
    try Data([0x47, 0x6F, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: folder + "/broken.txt"))
    return folder
  }

  @Test func shardsOfAFolderRenderEachDocumentOnceAndReportNamesTheFailure() throws {
    let directory = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let folder = try archive(directory)
    let cache = ["LECTERN_CACHE_DIR": directory + "/cache"]
    let output = directory + "/out"
    let statuses = try (1...2).map { shard in
      try LecternProcess.run(
        ["render", folder, "--shard", "\(shard)/2", "--output", output, "--quiet"],
        environment: cache
      ).status
    }
    #expect(statuses.sorted() == [0, 65])
    let folders = try FileManager.default.contentsOfDirectory(atPath: output).filter {
      !$0.hasPrefix(".")
    }
    #expect(folders.sorted() == ["thanks", "welcome"])
    let report = try LecternProcess.run(["report", output])
    #expect(report.status == 1)
    #expect(report.output.hasPrefix("3 documents: 2 done, 1 failed, 0 missing\n"))
    #expect(report.output.contains("  broken: \(folder)/broken.txt:1: invalid UTF-8"))
    let page = try String(contentsOfFile: output + "/index.html", encoding: .utf8)
    #expect(page.contains("href=\"thanks/index.html\""))
    #expect(page.contains("href=\"welcome/index.html\""))
    let unfinished = try LecternProcess.run(["report", output, "--unfinished"])
    #expect(unfinished.output == folder + "/broken.txt\n")

    // Re-run from the list of what is unfinished, fixed: only that document renders.
    try "Good morning.\n\n1. Fixed.\n".write(
      toFile: folder + "/broken.txt", atomically: true, encoding: .utf8)
    let list = directory + "/redo.txt"
    try unfinished.stdout.write(to: URL(fileURLWithPath: list))
    let redo = try LecternProcess.run(
      ["render", "--from-list", list, "--output", output, "--quiet"], environment: cache)
    #expect(redo.status == 0, "\(redo.stderr)")
    let again = try LecternProcess.run(
      ["render", folder, "--output", output], environment: cache)
    #expect(again.status == 0)
    #expect(again.stderr.contains("lectern: thanks: current (render key unchanged), skipped"))
    #expect(again.stderr.contains("lectern: broken: current (render key unchanged), skipped"))
    #expect(try LecternProcess.run(["report", output]).status == 0)
  }

  @Test func shardOptionsAreCheckedWithOneLine() throws {
    let cases: [([String], [String: String], String)] = [
      (["--shard", "5/4"], [:], "Error: --shard 5/4: I must be between 1 and N, and N at least 1"),
      (["--shards", "2"], [:], "Error: --shards goes with --shard auto (an explicit I/N says N)."),
      (
        ["--shard", "auto"], ["JOB_COMPLETION_INDEX": "1"],
        "lectern: --shard auto with JOB_COMPLETION_INDEX needs --shards N (the Job's completions)"
      ),
    ]
    for (arguments, environment, message) in cases {
      let result = try LecternProcess.run(
        ["render", "seeds"] + arguments + ["--quiet"], environment: environment)
      #expect(result.status == 64, "\(arguments)")
      #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
    }
  }

  @Test func reportOfAMissingFolderIs66() throws {
    let result = try LecternProcess.run(["report", "/tmp/lectern-\(UUID().uuidString)"])
    #expect(result.status == 66)
    #expect(result.stderr.hasPrefix("lectern: no output folder /tmp/lectern-"))
    #expect(result.stderr.split(separator: "\n").count == 1)
  }

  @Test func jobsDefaultsToTheCPUsThisProcessMayUse() throws {
    // Pinned to one CPU (taskset, as Slurm's task/affinity pins a task), or given one CPU by
    // Slurm: one worker, whatever the machine's core count.
    let pinned = try LecternProcess.run(
      ["render", "--help"], shellPrefix: "taskset -p -c 0 $$ >/dev/null;")
    #expect(pinned.output.contains("(default: 1)"), "\(pinned.output)")
    let slurm = try LecternProcess.run(
      ["render", "--help"], environment: ["SLURM_CPUS_PER_TASK": "1"])
    #expect(slurm.output.contains("(default: 1)"))
  }

  @Test func cachePruneShrinksTheCacheToTheSizeGiven() throws {
    let directory = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let cache = try CacheSizeTests.cacheOfTwoEntries(in: directory)
    let result = try LecternProcess.run(["cache", "prune", "--cache", cache, "--max-size", "1K"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.output == "\(directory)/cache: removed 1 entries\n")
    #expect(!FileManager.default.fileExists(atPath: directory + "/cache/aa/aa1.lspeech"))
    #expect(FileManager.default.fileExists(atPath: directory + "/cache/bb/bb1.lspeech"))
  }

  @Test func reportHelpSaysWhatItReadsAndHowItExits() throws {
    let result = try LecternProcess.run(["report", "--help"])
    #expect(result.status == 0)
    #expect(
      result.output == """
        OVERVIEW: Summarize a batch's output folder: documents done, failed or missing.

        Reads every document's manifest.json and the batch's records in DIR/.lectern/,
        prints the documents done, failed (each with its one-line error) and missing
        (in a recorded batch, never rendered) and the hours of audio, and writes
        DIR/index.html listing every document with a link to its listening page. Exits
        1 when anything failed or is missing.

        USAGE: lectern report <DIR> [--json] [--unfinished] [--no-page]

        ARGUMENTS:
          <DIR>                   The batch's output folder.

        OPTIONS:
          --json                  Print the report as JSON.
          --unfinished            Print only the source of every document failed or
                                  missing, one a line (for --from-list).
          --no-page               Do not write DIR/index.html.
          -h, --help              Show help information.


        """)
  }
}
