import ArgumentParser
import Foundation
import LecternBatch
import LecternRender
import LecternSystem

/// Options shared by the commands that synthesize: where voices live and the cache.
struct PipelineOptions: ParsableArguments {
  @OptionGroup var voices: VoicesOption

  @OptionGroup var language: LanguageOption

  @Flag(
    help: "Neither read nor write the synthesis cache ($LECTERN_CACHE_DIR or ~/.cache/lectern).")
  var noCache = false

  /// The cache to use, or `nil` with `--no-cache`; capped at `$LECTERN_CACHE_SIZE`, else
  /// 1 GiB.
  var cache: SynthesisCache? {
    guard !noCache else { return nil }
    return SynthesisCache(
      directory: SynthesisCache.defaultDirectory(),
      sizeLimit: SynthesisCache.sizeLimit() ?? SynthesisCache.defaultSizeLimit)
  }

  /// The cache when it can be used; otherwise one warning on stderr and `nil`: an unusable
  /// cache (a file, read-only, `/dev/null`) makes the render slower, never fail. A
  /// `$LECTERN_CACHE_SIZE` that is not a size is a warning too, and the default cap holds.
  func usableCache() -> SynthesisCache? {
    guard let cache else { return nil }
    if SynthesisCache.sizeLimit() == nil {
      printError("warning: \(SizeVariable.problem); the cache holds at most 1G")
    }
    do throws(SystemError) {
      try cache.checkUsable()
      return cache
    } catch {
      printError("warning: rendering without the cache: \(error)")
      return nil
    }
  }

  /// One synthesis worker per CPU this process may use (its affinity, `SLURM_CPUS_PER_TASK`,
  /// its cgroup's CPU quota: see ``CPUBudget``), not per core of the machine: a task Slurm
  /// pins to one CPU runs one worker. (A spare worker beyond the CPUs was the default before;
  /// interleaved renders of five copies of the seed on this shared 2-core machine showed no
  /// gain from it, pinned to one CPU or not.)
  static var defaultJobs: Int {
    CPUBudget.current(environment: ProcessInfo.processInfo.environment)
  }
}

/// The message about a `$LECTERN_CACHE_SIZE` that is not a size.
enum SizeVariable {
  /// What is wrong, naming the variable and its value.
  static var problem: String {
    let value = ProcessInfo.processInfo.environment[SynthesisCache.sizeVariable] ?? ""
    return "$\(SynthesisCache.sizeVariable) must be a number of bytes, or a number with K, M, G "
      + "or T (got \"\(value)\")"
  }
}
