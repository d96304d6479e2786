/// When a header's joining words hold: a "by" before the speaker and an "at" before the
/// occasion are words of many other senses ("at home", "by then", "en el exterior", "أمام"
/// a person), so ``HeaderParser`` cuts a statement at one only where the words around it
/// show it joins those facts.
extension HeaderParser {
  /// A "by" joins a title to its speaker: it opens the piece, or follows a title ("Opening
  /// Session by …"), or is a phrase of its own ("delivered by"); a person or office follows.
  func byHolds(_ keys: [String], _ index: Int, _ count: Int) -> Bool {
    guard index + count < keys.count else { return false }
    return index == 0 || count > 1 || startsTitle(keys, upTo: index)
  }

  /// An "at" before an occasion: a phrase of several words ("à l'occasion de"), or one word
  /// followed by an event word ("at the Annual Meeting").
  func atHolds(
    _ words: [(word: String, range: Range<Int>)], _ keys: [String], _ after: Int,
    phrase count: Int
  ) -> Bool {
    // A word that also names an audience ("أمام", "before") joins an occasion only when the
    // occasion's word follows it: "أمام السيسى فى عيد الشرطة" is said before a person.
    if vocabulary.to.match(keys, at: after - count) == count {
      var next = after
      while next < keys.count && next - after < 2 && vocabulary.isStopWord(keys[next]) { next += 1 }
      return next < keys.count && vocabulary.events.match(keys, at: next) > 0
    }
    if vocabulary.events.firstMatch(in: Array(keys[after...])) != nil { return true }
    // A preposition and an article ("en el", "en la") join an occasion only before a name:
    // "en el exterior" (abroad) states none, "en la entrega de los Premios …" does.
    guard count > 1, after < words.count else { return count > 1 }
    let small = keys[(after - count)..<after].allSatisfy {
      $0.count <= 3 && vocabulary.isStopWord($0)
    }
    return !small
      || words[after..<min(words.count, after + 6)].contains { $0.word.first?.isUppercase == true }
  }

  /// Whether the words before `upTo` start with a title phrase ("Opening Session"), after
  /// up to two words of its occasion ("New Year Message").
  func startsTitle(_ keys: [String], upTo: Int) -> Bool {
    upTo > 0 && (0...min(2, upTo - 1)).contains { vocabulary.titles.match(keys, at: $0) > 0 }
  }

  /// The length of the joining word before a speaker at `index`: a `[header-by]` word, or
  /// one of `[header-by-after-title]` after a title ("Message from …").
  func byMatch(_ keys: [String], at index: Int) -> Int {
    let count = vocabulary.by.match(keys, at: index)
    guard count == 0, index > 0, startsTitle(keys, upTo: index) else { return count }
    return vocabulary.byAfterTitle.match(keys, at: index)
  }

}
