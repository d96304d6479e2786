/// Finds the phrases of phrase lexicons in text, on word boundaries, tolerant of the way
/// transliterations vary (see ``PhraseKey``), in time linear in the text's length.
///
/// Keys are the skeletons of the lexicons' graphemes in a trie; a phrase may be written with
/// spaces, hyphens or nothing between its words (`as-salamu alaykum`, `assalamualaikum`), and
/// its words may be separated only by spaces, hyphens and apostrophes, never by other
/// punctuation. Short single words (under ``tolerantLength`` letters) must match exactly up
/// to case and accents: a tolerant `ahlan` would be the name Alan. Each word of the text is
/// folded once; from each word the trie is walked at most ``longestKey`` letters, so the
/// whole scan is linear.
struct PhraseMatcher: Sendable, Hashable {
  /// A phrase found in text: characters `start..<end` of the searched array.
  struct Match: Hashable {
    var start: Int
    var end: Int
    var language: String
    var entry: Lexicon.Entry
  }

  /// A word of the searched text: characters `start..<end`, its folded letters and skeleton.
  struct Word: Hashable {
    var start: Int
    var end: Int
    var folded: [Unicode.Scalar]
    var skeleton: [Unicode.Scalar]
  }

  /// A key's phrase: its language and lexeme, its exact folded letters, and whether only
  /// those match (a short single word).
  struct Hit: Sendable, Hashable {
    var language: String
    var entry: Lexicon.Entry
    var exact: [Unicode.Scalar]
    var strict: Bool
  }

  /// Keys shorter than this, of one word, must match exactly (case and accents aside).
  static let tolerantLength = 8

  /// The trie: node → scalar → child node; node 0 is the root.
  private var children: [[Unicode.Scalar: Int32]] = [[:]]
  /// Node → the phrases whose key ends there, in lexicon order (the first wins).
  private var hits: [Int32: [Hit]] = [:]
  /// The longest key, in skeleton letters.
  private(set) var longestKey = 0
  /// Every key's folded form, for equality of matchers.
  private var keyCount = 0

  static func == (lhs: PhraseMatcher, rhs: PhraseMatcher) -> Bool {
    lhs.children == rhs.children && lhs.hits == rhs.hits
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(children.count)
    hasher.combine(keyCount)
  }

  /// A matcher over the phrase lexicons among `lexicons`.
  init(lexicons: [Lexicon]) {
    var cache: [Character: [Unicode.Scalar]] = [:]
    for lexicon in lexicons where lexicon.kind == .phrases {
      for entry in lexicon.entries {
        for grapheme in entry.graphemes {
          let words = Self.words(in: Array(grapheme), from: 0, to: grapheme.count, cache: &cache)
          guard !words.isEmpty else { continue }
          let exact = words.flatMap(\.folded)
          let strict = words.count == 1 && words[0].skeleton.count < Self.tolerantLength
          let hit = Hit(language: lexicon.language, entry: entry, exact: exact, strict: strict)
          insert(Self.key(words[...]), hit)
          // The same phrase without its article: "as-salamu alaykum" is also "salamu alaykum".
          if words.count > 1, PhraseKey.isArticle(words[0].folded) {
            insert(Self.key(words.dropFirst()), hit)
          } else if let bare = PhraseKey.withoutArticle(words[0].folded) {
            var first = words[0]
            first.skeleton = PhraseKey.skeleton(bare)
            insert(Self.key([first] + words.dropFirst()), hit)
          }
        }
      }
    }
  }

  /// The skeleton of a run of words, doubled letters at the junctions made single.
  private static func key(_ words: ArraySlice<Word>) -> [Unicode.Scalar] {
    var key: [Unicode.Scalar] = []
    for word in words {
      for (offset, scalar) in word.skeleton.enumerated() {
        if offset == 0, key.last == scalar { continue }
        key.append(scalar)
      }
    }
    return key
  }

  private mutating func insert(_ key: [Unicode.Scalar], _ hit: Hit) {
    guard !key.isEmpty else { return }
    var node: Int32 = 0
    for scalar in key {
      if let next = children[Int(node)][scalar] {
        node = next
      } else {
        children.append([:])
        let next = Int32(children.count - 1)
        children[Int(node)][scalar] = next
        node = next
      }
    }
    if hits[node, default: []].contains(where: { $0.entry == hit.entry && $0.exact == hit.exact }) {
      return
    }
    hits[node, default: []].append(hit)
    longestKey = max(longestKey, key.count)
    keyCount += 1
  }

  /// The phrases in `characters[start..<end]` of any language `accepts`, longest first from
  /// left to right, never overlapping.
  func matches(
    in characters: [Character], from start: Int, to end: Int, accepts: (String) -> Bool
  ) -> [Match] {
    guard longestKey > 0 else { return [] }
    var cache: [Character: [Unicode.Scalar]] = [:]
    let words = Self.words(
      in: characters, from: start, to: end, limit: longestKey + 1, cache: &cache)
    // joined[i]: whether word i follows word i - 1 with only joiners between them.
    let joined = words.indices.map { index in
      index > 0 && characters[words[index - 1].end..<words[index].start].allSatisfy(Self.isJoiner)
    }
    var found: [Match] = []
    var index = 0
    while index < words.count {
      var best = walk(words, joined, from: index, first: words[index].skeleton, accepts)
      if best == nil, index + 1 < words.count, joined[index + 1],
        PhraseKey.isArticle(words[index].folded)
      {
        best = walk(words, joined, from: index + 1, first: words[index + 1].skeleton, accepts)
      }
      if best == nil, let bare = PhraseKey.withoutArticle(words[index].folded) {
        best = walk(words, joined, from: index, first: PhraseKey.skeleton(bare), accepts)
      }
      if let (last, hit) = best, !accepts(hit.language) {
        index = last + 1  // a phrase of a language not wanted here: its words are not another's
      } else if let (last, hit) = best {
        found.append(
          Match(
            start: words[index].start, end: words[last].end, language: hit.language,
            entry: hit.entry))
        index = last + 1
      } else {
        index += 1
      }
    }
    return found
  }

  /// Runs of at least two joined words that follow a phrase's key for ``tolerantLength``
  /// letters or more and then leave it (`asante mingi sana`): each with the phrase it starts
  /// like, for `lectern check`. Linear, like ``matches(in:from:to:accepts:)``.
  func nearMisses(
    in characters: [Character], from start: Int, to end: Int, accepts: (String) -> Bool
  ) -> [(range: Range<Int>, hit: Hit)] {
    guard longestKey > 0 else { return [] }
    var cache: [Character: [Unicode.Scalar]] = [:]
    let words = Self.words(
      in: characters, from: start, to: end, limit: longestKey + 1, cache: &cache)
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

  /// The longest phrase whose key starts with `first` (word `from`'s skeleton, or a form of
  /// it) and goes on over joined words: the last word's index and the phrase.
  private func walk(
    _ words: [Word], _ joined: [Bool], from: Int, first: [Unicode.Scalar],
    _ accepts: (String) -> Bool
  ) -> (Int, Hit)? {
    var node: Int32 = 0
    var depth = 0
    var last: Unicode.Scalar?
    var best: (Int, Hit)?
    var wordIndex = from
    var skeleton = first
    while true {
      for (offset, scalar) in skeleton.enumerated() {
        if offset == 0, last == scalar { continue }
        guard let next = children[Int(node)][scalar] else { return best }
        node = next
        last = scalar
        depth += 1
      }
      if let candidates = hits[node] {
        // A phrase spelled exactly as written wins over one that only shares its skeleton
        // ("senhoras e senhores" is Portuguese, not "señoras y señores").
        // Phrases of every language compete, so that a phrase of the text's own language
        // ("señoras y señores" in Spanish) is not taken for its neighbour's.
        let exact = words[from...wordIndex].flatMap(\.folded)
        if let hit = candidates.first(where: { $0.exact == exact })
          ?? candidates.first(where: { !$0.strict })
        {
          best = (wordIndex, hit)
        }
      }
      wordIndex += 1
      guard depth < longestKey, wordIndex < words.count, joined[wordIndex] else { return best }
      skeleton = words[wordIndex].skeleton
    }
  }

  /// What to speak for a match of `entry` on `source`: the source itself when the alias only
  /// differs from it in case (`Merci` stays `Merci`), else the alias (accents restored).
  static func spoken(_ entry: Lexicon.Entry, source: String) -> String {
    if entry.isPhonemes { return entry.spoken }
    return entry.spoken.lowercased() == source.lowercased() ? source : entry.spoken
  }

  /// Characters allowed between the words of one phrase: spaces, hyphens, apostrophes.
  static func isJoiner(_ character: Character) -> Bool {
    if character.isWhitespace { return true }
    guard let scalar = character.unicodeScalars.first else { return false }
    switch scalar {
    case "-", "\u{2010}", "\u{2011}": return true
    default: return isApostrophe(scalar)
    }
  }

  /// Apostrophes and the modifier letters transliterations use for them (ʻ ʼ ʿ ʾ).
  static func isApostrophe(_ character: Character) -> Bool {
    guard let scalar = character.unicodeScalars.first else { return false }
    return isApostrophe(scalar)
  }

  private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "'", "\u{2019}", "\u{2018}", "`", "\u{02BB}", "\u{02BC}", "\u{02BF}", "\u{02BE}": true
    default: false
    }
  }

  /// The words of `characters[start..<end]`: runs of letters and digits, with the apostrophes
  /// inside and after them. Folding stops after `limit` letters: a longer word cannot be part
  /// of any key. `cache` keeps each character's folding, computed once per call.
  static func words(
    in characters: [Character], from start: Int, to end: Int, limit: Int = .max,
    cache: inout [Character: [Unicode.Scalar]]
  ) -> [Word] {
    var words: [Word] = []
    var index = start
    while index < end {
      guard characters[index].isLetter || characters[index].isNumber else {
        index += 1
        continue
      }
      let wordStart = index
      var folded: [Unicode.Scalar] = []
      while index < end {
        let character = characters[index]
        if isApostrophe(character) {
          // An apostrophe inside or after a word is part of it: `s'il`, `den'` (a soft sign).
        } else if character.isLetter || character.isNumber {
          if folded.count < limit {
            if let known = cache[character] {
              folded += known
            } else {
              let letters = PhraseKey.fold(character)
              cache[character] = letters
              folded += letters
            }
          }
        } else {
          break
        }
        index += 1
      }
      words.append(
        Word(start: wordStart, end: index, folded: folded, skeleton: PhraseKey.skeleton(folded)))
    }
    return words
  }

  /// Lowercase, without accents; letters that do not decompose are spelled out.
  static func fold(_ character: Character) -> String {
    String(String.UnicodeScalarView(PhraseKey.fold(character)))
  }
}
