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
          measure                 Measure audio files' loudness against a mastering
                                  profile.
          report                  Summarize a batch's output folder: documents done,
                                  failed or missing.
          cache                   Maintain the synthesis cache.

          See 'lectern help <subcommand>' for detailed help.

        """)
  }

  @Test func measureHelpSaysWhatItReportsAndWhenItFails() throws {
    let result = try LecternProcess.run(["measure", "--help"])
    #expect(result.status == 0)
    #expect(
      result.output == """
        OVERVIEW: Measure audio files' loudness against a mastering profile.

        For each FILE (any format libsndfile reads: WAV, FLAC, Ogg Vorbis, Opus, MP3 …)
        prints the integrated loudness, loudness range, true peak and sample peak (EBU
        R 128, by libebur128), RMS, noise floor, the quiet at the head and tail, the
        sample rate and bitrate, and whether each limit of the profile holds. A file
        too short or too quiet to gate cannot be judged and fails. Exits with status 1
        when any file fails.

        USAGE: lectern measure <FILE> ... [--master <PROFILE>] [--voices <DIR>]

        ARGUMENTS:
          <FILE>                  The audio files to measure.

        OPTIONS:
          --master <PROFILE>      Mastering profile: web, broadcast, audiobook, raw, or
                                  any VOICES/mastering/NAME.master or path to a .master
                                  file. (default: web)
          --voices <DIR>          The folder of voice profiles and lexicons. (default:
                                  voices)
          -h, --help              Show help information.


        """)
  }

  @Test func measureNeedsAFile() throws {
    let result = try LecternProcess.run(["measure"])
    #expect(result.status == 64)
    #expect(result.stderr.hasPrefix("Error: Missing expected argument '<FILE> ...'"))
  }

  @Test func unknownProfileIsAUsageErrorListingTheProfiles() throws {
    let result = try LecternProcess.run(["render", "--master", "loud"])
    #expect(result.status == 64)
    #expect(
      result.stderr == "lectern: no mastering profile \"loud\" (voices/mastering/loud.master); "
        + "profiles: audiobook, broadcast, raw, web\n")
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
