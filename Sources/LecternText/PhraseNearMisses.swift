/// Phrases that begin like a lexicon's and then leave it, for `lectern check`.
extension PhraseMatcher {
  /// Runs of at least two joined words that follow a phrase's key for ``tolerantLength``
  /// letters or more and then leave it (`asante mingi sana`): each with the phrase it starts
  /// like, for `lectern check`. Linear, like ``matches(in:from:to:accepts:)``.
  func nearMisses(
    in characters: [Character], from start: Int, to end: Int, accepts: (String) -> Bool
  ) -> [(range: Range<Int>, hit: Hit)] {
    nearMisses(words(in: characters, from: start, to: end), in: characters, accepts: accepts)
  }

  /// The near misses among `words` (from ``words(in:from:to:)``).
  func nearMisses(
    _ words: [Word], in characters: [Character], accepts: (String) -> Bool
  ) -> [(range: Range<Int>, hit: Hit)] {
    guard longestKey > 0 else { return [] }
    var found: [(range: Range<Int>, hit: Hit)] = []
    var index = 0
    while index < words.count {
      var node: Int32 = 0
      var depth = 0
      var last: Unicode.Scalar?
      var reached = index
      walking: for wordIndex in index..<words.count {
        if wordIndex > index
          && !characters[words[wordIndex - 1].end..<words[wordIndex].start].allSatisfy(
            Self.isJoiner)
        {
          break
        }
        for (offset, scalar) in words[wordIndex].skeleton.enumerated() {
          if offset == 0, last == scalar { continue }
          guard let next = children[Int(node)][scalar] else { break walking }
          node = next
          last = scalar
          depth += 1
        }
        reached = wordIndex
        if hits[node] != nil || depth >= longestKey { break }
      }
      if reached > index, depth >= Self.tolerantLength, hits[node] == nil,
        let hit = firstHit(below: node), accepts(hit.language)
      {
        let end = words[min(reached + 1, words.count - 1)].end
        found.append((words[index].start..<end, hit))
        index = reached + 1
      } else {
        index += 1
      }
    }
    return found
  }

  /// The first phrase whose key goes on from `node` (depth-first, bounded by the trie).
  private func firstHit(below node: Int32) -> Hit? {
    var stack = [node]
    while let current = stack.popLast() {
      if let hit = hits[current]?.first { return hit }
      stack += children[Int(current)].values.sorted()
    }
    return nil
  }
}
