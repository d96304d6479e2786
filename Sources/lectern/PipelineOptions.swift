import ArgumentParser
import Foundation
import LecternRender
import LecternSystem

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

  /// The cache when it can be used; otherwise one warning on stderr and `nil`: an unusable
  /// cache (a file, read-only, `/dev/null`) makes the render slower, never fail.
  func usableCache() -> SynthesisCache? {
    guard let cache else { return nil }
    do throws(SystemError) {
      try cache.checkUsable()
      return cache
    } catch {
      printError("warning: rendering without the cache: \(error)")
      return nil
    }
  }

  /// One synthesis worker per core, and one more: while a worker is being forked or writes
  /// its archive, the spare keeps every core synthesizing (seed on 2 cores: synthesis phase
  /// 0.12 s with 2 workers, 0.10 s with 3; 4 gains nothing more).
  static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) + 1 }
}
