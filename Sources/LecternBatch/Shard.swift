/// One shard of a batch: the `number`-th of `count` (1-based, as in `--shard 2/4`).
///
/// Every shard of a batch computes the same ``Partition`` of the batch's documents and
/// renders only its own part of it, so shards need no coordination beyond agreeing on
/// `count` and the document list.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
  /// The shard's number, 1…`count`.
  public let number: Int
  /// How many shards the batch has.
  public let count: Int

  /// The whole batch as one shard.
  public static let whole = Shard(uncheckedNumber: 1, count: 1)

  /// The shard `number` of `count`; `nil` unless 1 ≤ `number` ≤ `count`.
  public init?(number: Int, count: Int) {
    guard count >= 1, (1...count).contains(number) else { return nil }
    self.init(uncheckedNumber: number, count: count)
  }

  private init(uncheckedNumber number: Int, count: Int) {
    self.number = number
    self.count = count
  }

  /// The shard's position in a 0-based list of `count` shards.
  public var index: Int { number - 1 }

  /// `2/4`.
  public var description: String { "\(number)/\(count)" }

  /// Parses `I/N` (1 ≤ I ≤ N), as written after `--shard`.
  ///
  /// - Throws: ``BatchError`` (64) saying what a shard looks like.
  public static func parse(_ text: String) throws(BatchError) -> Shard {
    let fields = text.split(separator: "/", omittingEmptySubsequences: false)
    guard fields.count == 2, let number = Int(fields[0]), let count = Int(fields[1]) else {
      throw BatchError(
        "--shard must be I/N with 1 ≤ I ≤ N (such as 2/4), or auto (got \"\(text)\")")
    }
    guard let shard = Shard(number: number, count: count) else {
      throw BatchError("--shard \(text): I must be between 1 and N, and N at least 1")
    }
    return shard
  }
}
