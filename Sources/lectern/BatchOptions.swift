import ArgumentParser
import Foundation
import LecternBatch

/// `render`'s options for batches: lists of documents, shards, re-runs.
struct BatchOptions: ParsableArguments {
  @Option(
    name: .customLong("from-list"),
    help: ArgumentHelp(
      "Also render the documents listed in FILE, one path a line (- reads standard input).",
      valueName: "FILE"))
  var lists: [String] = []

  @Option(
    help: ArgumentHelp(
      "Render only shard I of N of the documents (1 ≤ I ≤ N); auto takes it from a Slurm "
        + "job array or a Kubernetes Indexed Job.",
      valueName: "I/N|auto"))
  var shard: String?

  @Option(
    help: ArgumentHelp(
      "How many shards the batch has, with --shard auto in a Kubernetes Indexed Job (its "
        + "completions).",
      valueName: "N"))
  var shards: Int?

  @Flag(help: "In a batch, render documents even when their outputs are complete and current.")
  var force = false

  func validate() throws {
    if let shards, shards < 1 {
      throw ValidationError("--shards must be at least 1 (got \(shards)).")
    }
    if shards != nil && shard != "auto" {
      throw ValidationError("--shards goes with --shard auto (an explicit I/N says N).")
    }
    if let shard, shard != "auto" {
      do { _ = try Shard.parse(shard) } catch { throw ValidationError(error.description) }
    }
  }

  /// Whether `files` and these options make a batch: a shard, a list, or a folder among the
  /// arguments. A batch goes on past a failing document and keeps records for `report`.
  func isBatch(_ files: [String]) -> Bool {
    shard != nil || !lists.isEmpty || files.contains(where: DocumentInputs.isFolder)
  }

  /// The shard this process renders: `--shard I/N`, the scheduler's with `auto`, or the
  /// whole batch.
  func resolvedShard() throws -> Shard {
    switch shard {
    case nil: return .whole
    case "auto":
      return try ShardEnvironment.shard(ProcessInfo.processInfo.environment, shards: shards)
    case let text?: return try Shard.parse(text)
    }
  }
}
