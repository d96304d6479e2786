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
        + "of 1,024).", valueName: "SIZE"))
  var maxSize = "1G"

  @Option(
    help: ArgumentHelp(
      "The cache folder (default: $LECTERN_CACHE_DIR, else $XDG_CACHE_HOME/lectern, else "
        + "~/.cache/lectern).", valueName: "DIR"))
  var cache: String?

  func validate() throws {
    if Self.bytes(maxSize) == nil {
      throw ValidationError(
        "--max-size must be a number of bytes, or a number with K, M, G or T (got \"\(maxSize)\").")
    }
  }

  func run() throws {
    try reportingErrors {
      let directory = cache ?? SynthesisCache.defaultDirectory()
      let limit = Self.bytes(maxSize) ?? SynthesisCache.defaultSizeLimit
      let removed = SynthesisCache(directory: directory, sizeLimit: limit).prune()
      print("\(directory): removed \(removed) entries")
    }
  }

  /// `512`, `300K`, `1.5G` … in bytes (powers of 1,024), or `nil`.
  static func bytes(_ text: String) -> Int? {
    let units: [Character: Double] = [
      "K": 0x400, "M": 0x10_0000, "G": 0x4000_0000, "T": 0x100_0000_0000,
    ]
    var number = Substring(text)
    var scale = 1.0
    if let last = number.last?.uppercased().first, let unit = units[last] {
      scale = unit
      number = number.dropLast()
    }
    guard let value = Double(number), value >= 0, value.isFinite else { return nil }
    return Int(value * scale)
  }
}
