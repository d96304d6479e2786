import ArgumentParser
import LecternAudio
import LecternRender

/// The options of a render's outputs, shared by `render` and `watch`, so that an option
/// added here applies to both: where, in which format and mastering, how many synthesis
/// processes, what to do when the engine crashes, the listening page, progress, and the
/// voices, language and cache (``PipelineOptions``).
struct RenderOptions: ParsableArguments {
  @Option(name: .shortAndLong, help: ArgumentHelp("Output folder.", valueName: "DIR"))
  var output = "output"

  @Option(help: "Audio format.")
  var format: AudioFormat = .wav

  @OptionGroup var mastering: MasteringOption

  @OptionGroup var pipeline: PipelineOptions

  @Option(
    name: [.customShort("j"), .long],
    help: ArgumentHelp(
      "Parts synthesized at once, each in its own process; by default one per CPU this "
        + "process may use (its affinity, SLURM_CPUS_PER_TASK, its CPU quota).", valueName: "N"))
  var jobs: Int = PipelineOptions.defaultJobs

  @Flag(help: "Replace text the speech engine crashes on with silence instead of failing.")
  var keepGoing = false

  @Flag(help: "Do not write the listening page (index.html).")
  var noPage = false

  @Flag(name: .shortAndLong, help: "Print no progress and no summary.")
  var quiet = false

  func validate() throws {
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1 (got \(jobs)).") }
  }

  /// How the renderer writes, with `cache` (``PipelineOptions/usableCache()``, or `nil`);
  /// `shared` when other shards of a batch write beside it; `returningParts` for a watch,
  /// which lays the next save against the parts' entries (`render` prints a summary only).
  ///
  /// - Throws: when the mastering profile cannot be loaded.
  func settings(
    cache: SynthesisCache?, shared: Bool = false, returningParts: Bool = false
  ) throws -> Renderer.Settings {
    var settings = Renderer.Settings(
      format: format, cache: cache, keepGoing: keepGoing,
      master: try mastering.profile(voices: pipeline.voices), page: !noPage, shared: shared)
    settings.returnsPartEntries = returningParts
    return settings
  }
}

extension AudioFormat: ExpressibleByArgument {}
