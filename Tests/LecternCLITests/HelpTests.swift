import Testing

/// The command line's own words, asserted exactly (as swift-argument-parser's tests do).
struct HelpTests {
  @Test func rootHelpListsEverySubcommand() throws {
    let result = try LecternProcess.run(["--help"])
    #expect(result.status == 0)
    #expect(
      result.output == """
        OVERVIEW: Render written addresses to audio with eSpeak NG.

        USAGE: lectern <subcommand>

        OPTIONS:
          -h, --help              Show help information.

        SUBCOMMANDS:
          render                  Render documents to audio files, a manifest and
                                  captions.
          preview                 Render one part of a document for a quick listen.
          plan                    Show how a document will be spoken.
          check                   List what needs a human decision before rendering.
          voices                  List the voice profiles and whether each works.
          report                  Summarize a batch's output folder: documents done,
                                  failed or missing.
          cache                   Maintain the synthesis cache.

          See 'lectern help <subcommand>' for detailed help.

        """)
  }

  @Test func unknownOptionIsAUsageError() throws {
    let result = try LecternProcess.run(["render", "--colour"])
    #expect(result.status == 64)
    #expect(result.stderr.hasPrefix("Error: Unknown option '--colour'"))
  }

  @Test func badJobsCountIsAUsageError() throws {
    let result = try LecternProcess.run(["render", "--jobs", "0"])
    #expect(result.status == 64)
    #expect(result.stderr.hasPrefix("Error: --jobs must be at least 1 (got 0)."))
  }

  @Test func previewRejectsStdoutWithOutput() throws {
    let result = try LecternProcess.run(["preview", "7", "--stdout", "--output", "x.wav"])
    #expect(result.status == 64)
    #expect(result.stderr.hasPrefix("Error: --stdout and --output cannot be used together."))
  }
}
