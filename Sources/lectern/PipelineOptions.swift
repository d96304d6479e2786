import ArgumentParser
import Foundation
import LecternBatch
import LecternRender

/// Options shared by the commands that synthesize: where voices live and the cache.
struct PipelineOptions: ParsableArguments {
  @OptionGroup var voices: VoicesOption

  @OptionGroup var language: LanguageOption

  @Flag(
    help: "Neither read nor write the synthesis cache ($LECTERN_CACHE_DIR or ~/.cache/lectern).")
  var noCache = false

  /// The cache to use, or `nil` with `--no-cache`.
  var cache: SynthesisCache? {
    noCache ? nil : SynthesisCache(directory: SynthesisCache.defaultDirectory())
  }

  /// One synthesis worker per CPU this process may use (its affinity, `SLURM_CPUS_PER_TASK`,
  /// its cgroup's CPU quota: see ``CPUBudget``), not per core of the machine, and one more:
  /// while a worker is being forked or writes its archive, the spare keeps every CPU
  /// synthesizing (seed on 2 cores: synthesis phase 0.12 s with 2 workers, 0.10 s with 3; 4
  /// gains nothing more).
  static var defaultJobs: Int {
    CPUBudget.current(environment: ProcessInfo.processInfo.environment) + 1
  }
}
