/// Which shard renders which document: every document in exactly one shard, shards about
/// equal in expected audio.
///
/// Documents are dealt out heaviest first, each to the shard with the least work so far (ties
/// to the lowest shard): the longest-processing-time rule, whose largest shard is at most 4/3
/// of the best possible. Order is by (words, descending; name, ascending) and names are
/// unique in a batch (compared in Swift's string order, which no locale changes), so the
/// result depends only on the set of (name, words) pairs: not on
/// the order of arguments, of lists or of folder listings, nor on how a path is spelled.
/// Every shard computes the same partition and keeps its own part.
public struct Partition: Sendable {
  /// `assignments[i]`: the documents of shard `i` (0-based), sorted by name.
  public let assignments: [[BatchDocument]]

  /// Splits `documents` (weighed: see ``DocumentInputs/weigh(_:)``) into `shards` shards.
  public init(_ documents: [BatchDocument], shards: Int) {
    let order = documents.sorted { first, second in
      if first.words != second.words { return first.words > second.words }
      return first.name < second.name
    }
    var heap = LoadHeap(shards: max(1, shards))
    var assignments = [[BatchDocument]](repeating: [], count: max(1, shards))
    for document in order {
      // A document with no words still costs a process, a plan and a page: count it as one.
      let shard = heap.takeLightest(adding: max(1, document.words))
      assignments[shard].append(document)
    }
    self.assignments = assignments.map { documents in
      documents.sorted { $0.name < $1.name }
    }
  }

  /// The documents `shard` renders.
  public func documents(of shard: Shard) -> [BatchDocument] {
    shard.index < assignments.count ? assignments[shard.index] : []
  }

  /// Each shard's expected work, in words.
  public var loads: [Int] { assignments.map { $0.reduce(0) { $0 + max(1, $1.words) } } }
}

/// A binary min-heap of (load, shard), ordered by load and then shard number, so that ties
/// go to the lowest shard and the partition is the same wherever it is computed.
struct LoadHeap {
  private var items: [(load: Int, shard: Int)]

  /// `shards` shards with no load.
  init(shards: Int) { items = (0..<shards).map { (0, $0) } }

  /// The lightest shard, after adding `load` to it.
  mutating func takeLightest(adding load: Int) -> Int {
    let shard = items[0].shard
    items[0].load += load
    siftDown(0)
    return shard
  }

  private func precedes(_ first: Int, _ second: Int) -> Bool {
    let (a, b) = (items[first], items[second])
    return a.load != b.load ? a.load < b.load : a.shard < b.shard
  }

  private mutating func siftDown(_ start: Int) {
    var parent = start
    while true {
      var smallest = parent
      for child in [2 * parent + 1, 2 * parent + 2]
      where child < items.count && precedes(child, smallest) {
        smallest = child
      }
      if smallest == parent { return }
      items.swapAt(parent, smallest)
      parent = smallest
    }
  }
}
