/// Articles that may stand before a phrase's first word, written apart or joined to it, from
/// the `[phrase-articles]` sections of the language files: Arabic `al`, `el`, and the
/// assimilated `as`, `ad`, `ar` … So `as-salamu alaykum` is also `salamu alaykum`, and
/// `Alsalam Alaikom` and `Assalamu Alaikum` meet `salam alaikum`. An article only opens
/// phrases of the languages that list it.
struct PhraseArticles: Sendable, Hashable {
  /// Folded article → the languages that list it.
  private(set) var languages: [[Unicode.Scalar]: Set<String>] = [:]
  /// The longest article, in letters.
  private var longest = 0
  /// The letters articles begin with: other words are not looked at twice.
  private var firstLetters: Set<Unicode.Scalar> = []

  /// The fewest letters a word must keep once its article is taken off (`al` + `lah` is not
  /// an article and a word).
  static let shortestRest = 3

  /// Articles from `(language, article)` pairs (`LanguageKnowledge.lists("phrase-articles")`).
  init(_ entries: [(language: String, entry: String)] = []) {
    for (language, entry) in entries {
      let folded = entry.flatMap { PhraseKey.fold($0) }.filter { $0.properties.isAlphabetic }
      guard !folded.isEmpty else { continue }
      languages[folded, default: []].insert(language)
      longest = max(longest, folded.count)
      firstLetters.insert(folded[0])
    }
  }

  /// The languages for which a folded word is an article written apart (`al`), if any.
  func languages(ofArticle folded: [Unicode.Scalar]) -> Set<String>? {
    guard folded.count <= longest, let first = folded.first, firstLetters.contains(first)
    else { return nil }
    return languages[folded]
  }

  /// The word without each article it starts with (`assalamu` → `salamu`, `alsalam` →
  /// `salam`), with the languages of that article; longest article first.
  func stripped(_ folded: [Unicode.Scalar]) -> [(rest: [Unicode.Scalar], languages: Set<String>)] {
    guard let first = folded.first, firstLetters.contains(first) else { return [] }
    var found: [(rest: [Unicode.Scalar], languages: Set<String>)] = []
    for length in stride(from: min(longest, folded.count - Self.shortestRest), through: 1, by: -1) {
      if let owners = languages[Array(folded[..<length])] {
        found.append((Array(folded[length...]), owners))
      }
    }
    return found
  }
}
