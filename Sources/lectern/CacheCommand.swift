import ArgumentParser
import Foundation
import LecternRender

/// `lectern cache`: maintenance of the synthesis cache.
struct CacheCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cache",
    abstract: "Maintain the synthesis cache.",
    subcommands: [CachePruneCommand.self]
  )
}

/// `lectern cache prune`: the one way a shared cache shrinks.
struct CachePruneCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "prune",
    abstract: "Remove the least recently used cache entries down to a size.",
    discussion: """
      A render of one machine prunes its own cache after each document; a sharded render \
      (--shard) never does, because other machines may be reading the same cache. Prune a \
      shared cache with this command, between batches, while no render uses it.
      """
  )

  @Option(
    name: .customLong("max-size"),
    help: ArgumentHelp(
      "The most the cache may hold afterwards: bytes, or a number with K, M, G or T (powers "
        + "of 1,024; default: $LECTERN_CACHE_SIZE, else 1G).", valueName: "SIZE"))
  var maxSize: String?

  @Option(
    help: ArgumentHelp(
      "The cache folder (default: $LECTERN_CACHE_DIR, else $XDG_CACHE_HOME/lectern, else "
        + "~/.cache/lectern).", valueName: "DIR"))
  var cache: String?

  func validate() throws {
    if let maxSize, SynthesisCache.bytes(maxSize) == nil {
      throw ValidationError(
        "--max-size must be a number of bytes, or a number with K, M, G or T (got \"\(maxSize)\").")
    }
    if maxSize == nil, SynthesisCache.sizeLimit() == nil {
      throw ValidationError(SizeVariable.problem)
    }
  }

  func run() throws {
    try reportingErrors {
      let directory = cache ?? SynthesisCache.defaultDirectory()
      let limit =
        maxSize.flatMap(SynthesisCache.bytes) ?? SynthesisCache.sizeLimit()
        ?? SynthesisCache.defaultSizeLimit
      let removed = SynthesisCache(directory: directory, sizeLimit: limit).prune()
      print("\(directory): removed \(removed) entries")
    }
  }
}
