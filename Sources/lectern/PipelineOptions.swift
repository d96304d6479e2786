import ArgumentParser
import Foundation
import LecternRender

/// Options shared by the commands that synthesize: where voices live and the cache.
struct PipelineOptions: ParsableArguments {
  @OptionGroup var voices: VoicesOption

  @Flag(
    help: "Neither read nor write the synthesis cache ($LECTERN_CACHE_DIR or ~/.cache/lectern).")
  var noCache = false

  /// The cache to use, or `nil` with `--no-cache`.
  var cache: SynthesisCache? {
    noCache ? nil : SynthesisCache(directory: SynthesisCache.defaultDirectory())
  }

  /// One synthesis process per core.
  static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
