import LecternBatch
import Testing

/// The partition: every document in exactly one shard, the same whatever the order, balanced
/// by words.
struct PartitionTests {
  func documents(_ weights: [Int]) -> [BatchDocument] {
    weights.enumerated().map { index, words in
      BatchDocument(source: "archive/doc-\(index).txt", words: words)
    }
  }

  @Test func everyDocumentInExactlyOneShard() {
    var generator = SystemRandomNumberGenerator()
    let batch = documents((0..<500).map { _ in Int.random(in: 0...5_000, using: &generator) })
    for shards in [1, 2, 3, 7, 64, 600] {
      let partition = Partition(batch, shards: shards)
      #expect(partition.assignments.count == shards)
      let names = partition.assignments.flatMap { $0.map(\.name) }
      #expect(names.count == batch.count)
      #expect(Set(names) == Set(batch.map(\.name)))
    }
  }

  @Test func independentOfOrderAndOfHowPathsAreSpelled() {
    var generator = SystemRandomNumberGenerator()
    let batch = documents((0..<200).map { _ in Int.random(in: 1...900, using: &generator) })
    let reference = Partition(batch, shards: 5).assignments.map { $0.map(\.name) }
    for _ in 0..<10 {
      let shuffled = batch.shuffled(using: &generator).map { document in
        BatchDocument(source: "./elsewhere//" + document.name + ".txt", words: document.words)
      }
      #expect(Partition(shuffled, shards: 5).assignments.map { $0.map(\.name) } == reference)
    }
  }

  @Test func balancedByWordsNotByCount() {
    // One long address and many short ones: it is a shard of its own.
    let skewed = Partition(documents([9_000] + Array(repeating: 500, count: 18)), shards: 2)
    #expect(skewed.loads == [9_000, 9_000])
    #expect(skewed.assignments.map(\.count) == [1, 18])
    // Within the longest-processing-time bound: no shard above 4/3 of the best possible.
    var generator = SystemRandomNumberGenerator()
    let weights = (0..<300).map { _ in Int.random(in: 1...20_000, using: &generator) }
    let loads = Partition(documents(weights), shards: 8).loads
    let best = max(weights.max() ?? 0, weights.reduce(0, +) / 8)
    #expect(loads.max() ?? 0 <= best * 4 / 3 + 1)
  }

  @Test func shardsHoldTheirDocumentsByName() {
    let partition = Partition(documents([5, 50, 500, 5_000, 1, 2]), shards: 2)
    for shard in partition.assignments {
      #expect(shard.map(\.name) == shard.map(\.name).sorted())
    }
    #expect(partition.documents(of: Shard(number: 2, count: 2)!) == partition.assignments[1])
  }

  @Test func moreShardsThanDocumentsLeaveSomeEmpty() {
    let partition = Partition(documents([10, 20]), shards: 4)
    #expect(partition.assignments.map(\.count) == [1, 1, 0, 0])
  }
}
