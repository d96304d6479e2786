import Testing

@testable import lectern

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
          watch                   Render a document again each time it is saved.
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

  @Test func watchHelpSaysWhatASaveDoes() throws {
    let result = try LecternProcess.run(["watch", "--help"])
    #expect(result.status == 0)
    // The default of --jobs follows the CPUs this process may use, as the binary computes it.
    let jobs = PipelineOptions.defaultJobs
    #expect(
      result.output == """
        OVERVIEW: Render a document again each time it is saved.

        Renders FILE into DIR/NAME/ as render does, then keeps the engine, the voices
        and the last plan in memory: each time the document is saved (in place, or by
        an editor's save-by-rename), it synthesizes only the parts whose content
        changed and replaces DIR/NAME/ in one step with exactly what render would
        write. Edits to the voices folder (profiles, lexicons, language files) are
        loaded too. One line per save tells which parts changed and how long the update
        took. An error in the document or the voices is reported and the last good
        render stays. Ctrl-C stops it.

        USAGE: lectern watch [<file>] [--play] [--output <DIR>] [--format <format>] [--master <PROFILE>] [--voices <DIR>] [--language <TAG>] [--no-cache] [--jobs <N>] [--keep-going] [--no-page] [--quiet]

        ARGUMENTS:
          <file>                  The document to watch (default: the first document in
                                  seeds/).

        OPTIONS:
          --play                  Play the first changed part of each save as soon as
                                  it is synthesized (aplay, paplay or ffplay), stopping
                                  the one playing.
          -o, --output <DIR>      Output folder. (default: output)
          --format <format>       Audio format. (values: wav, flac, ogg, mp3, opus;
                                  default: wav)
          --master <PROFILE>      Mastering profile: web, broadcast, audiobook, raw, or
                                  any VOICES/mastering/NAME.master or path to a .master
                                  file. (default: web)
          --voices <DIR>          The folder of voice profiles and lexicons. (default:
                                  voices)
          --language <TAG>        The document's language (a BCP 47 tag such as fr or
                                  zh); detected when omitted.
          --no-cache              Neither read nor write the synthesis cache
                                  ($LECTERN_CACHE_DIR or ~/.cache/lectern).
          -j, --jobs <N>          Parts synthesized at once, each in its own process;
                                  by default one per CPU this process may use (its
                                  affinity, SLURM_CPUS_PER_TASK, its CPU quota).
                                  (default: \(jobs))
          --keep-going            Replace text the speech engine crashes on with
                                  silence instead of failing.
          --no-page               Do not write the listening page (index.html).
          -q, --quiet             Print no progress and no summary.
          -h, --help              Show help information.


        """)
  }

  @Test func watchRefusesAMissingDocumentAndABadJobsCount() throws {
    let missing = try LecternProcess.run(["watch", "/nonexistent-lectern/a.txt"])
    #expect(missing.status == 66)
    #expect(missing.stderr.hasPrefix("lectern: /nonexistent-lectern: "))
    let jobs = try LecternProcess.run(["watch", "--jobs", "0"])
    #expect(jobs.status == 64)
    #expect(jobs.stderr.hasPrefix("Error: --jobs must be at least 1 (got 0)."))
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
