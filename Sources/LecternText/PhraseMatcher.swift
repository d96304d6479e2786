/// Finds the phrases of phrase lexicons in text, on word boundaries, tolerant of the way
/// transliterations vary (see ``PhraseKey``), in time linear in the text's length.
///
/// Keys are the skeletons of the lexicons' graphemes in a trie; a phrase may be written with
/// spaces, hyphens or nothing between its words (`as-salamu alaykum`, `assalamualaikum`), and
/// its words may be separated only by spaces, hyphens and apostrophes, never by other
/// punctuation. Short single words (under ``tolerantLength`` letters) must match exactly up
/// to case and accents: a tolerant `ahlan` would be the name Alan. A phrase may have an
/// article of its language before it, apart or joined (``PhraseArticles``). Each word of the
/// text is folded once; from each word the trie is walked at most ``longestKey`` letters (and
/// once more for each article the word starts with), so the whole scan is linear.
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
  private(set) var children: [[Unicode.Scalar: Int32]] = [[:]]
  /// Node → the phrases whose key ends there, in lexicon order (the first wins).
  private(set) var hits: [Int32: [Hit]] = [:]
  /// The articles phrases may have before them.
  private let articles: PhraseArticles
  /// The longest key, in skeleton letters.
  private(set) var longestKey = 0
  /// Every key's folded form, for equality of matchers.
  private var keyCount = 0

  static func == (lhs: PhraseMatcher, rhs: PhraseMatcher) -> Bool {
    lhs.children == rhs.children && lhs.hits == rhs.hits && lhs.articles == rhs.articles
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(children.count)
    hasher.combine(keyCount)
  }

  /// A matcher over the phrase lexicons among `lexicons`, with the articles of `articles`.
  init(lexicons: [Lexicon], articles: PhraseArticles = PhraseArticles()) {
    self.articles = articles
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
          let mine = { (owners: Set<String>?) in owners?.contains(lexicon.language) == true }
          if words.count > 1, mine(articles.languages(ofArticle: words[0].folded)) {
            insert(Self.key(words.dropFirst()), hit)
          }
          for (rest, owners) in articles.stripped(words[0].folded) where mine(owners) {
            var first = words[0]
            first.skeleton = PhraseKey.skeleton(rest)
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
    matches(words(in: characters, from: start, to: end), in: characters, accepts: accepts)
  }

  /// The words of `characters[start..<end]` as phrase matching reads them (none when there
  /// are no phrases): computed once for both ``matches(_:in:accepts:)`` and
  /// ``nearMisses(_:in:accepts:)``.
  func words(in characters: [Character], from start: Int, to end: Int) -> [Word] {
    guard longestKey > 0 else { return [] }
    var cache: [Character: [Unicode.Scalar]] = [:]
    return Self.words(in: characters, from: start, to: end, limit: longestKey + 1, cache: &cache)
  }

  /// The phrases among `words` (from ``words(in:from:to:)``) of any language `accepts`.
  func matches(_ words: [Word], in characters: [Character], accepts: (String) -> Bool) -> [Match] {
    guard longestKey > 0 else { return [] }
    // joined[i]: whether word i follows word i - 1 with only joiners between them.
    let joined = words.indices.map { index in
      index > 0 && characters[words[index - 1].end..<words[index].start].allSatisfy(Self.isJoiner)
    }
    var found: [Match] = []
    var index = 0
    while index < words.count {
      var best = walk(words, joined, from: index, first: words[index].skeleton, accepts)
      // An article apart ("al salam alaikum"), then one joined ("alsalam alaikum"): only
      // phrases of the languages that have it.
      if best == nil, index + 1 < words.count, joined[index + 1],
        let owners = articles.languages(ofArticle: words[index].folded)
      {
        best = walk(
          words, joined, from: index + 1, first: words[index + 1].skeleton, accepts,
          languages: owners)
      }
      for (rest, owners) in best == nil ? articles.stripped(words[index].folded) : [] {
        best = walk(
          words, joined, from: index, first: PhraseKey.skeleton(rest), accepts, languages: owners)
        if best != nil { break }
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

  /// The longest phrase whose key starts with `first` (word `from`'s skeleton, or a form of
  /// it) and goes on over joined words: the last word's index and the phrase.
  private func walk(
    _ words: [Word], _ joined: [Bool], from: Int, first: [Unicode.Scalar],
    _ accepts: (String) -> Bool, languages: Set<String>? = nil
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
        let candidates = candidates.filter { languages?.contains($0.language) ?? true }
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
}
