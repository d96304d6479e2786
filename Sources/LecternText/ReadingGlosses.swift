/// Reading glosses a copy keeps: pages that teach or annotate Chinese print a character's
/// pinyin in brackets right after it ("新春佳節(jié)來臨", "協(xié)會"), ruby text flattened by
/// the copy. A reader says the character, not its gloss; eSpeak NG would read the gloss as
/// English in the middle of the sentence. So the gloss stays in the text (captions show
/// what the page shows) and in the character's run (``LanguageScriptRuns``), and the
/// normalizer says nothing for it. Language-independent: the shape (a Han character, then
/// lower-case Latin letters with a tone mark in brackets) is the gloss's.
enum ReadingGloss {
  /// The most characters inside a gloss's brackets: a few syllables ("zhōng guó").
  static let longest = 24

  /// The end (past the closing bracket) of a gloss opening at `index` right after a Han
  /// character: lower-case Latin letters and spaces, one of them a vowel with a tone mark,
  /// in "(…)" or "（…）". Nil for anything else.
  static func end(_ characters: [Character], at index: Int) -> Int? {
    guard index > 0, index < characters.count,
      characters[index] == "(" || characters[index] == "\u{FF08}",
      Script(of: characters[index - 1]) == .han
    else { return nil }
    var marked = false
    var next = index + 1
    while next < characters.count, next - index <= longest {
      let character = characters[next]
      if character == ")" || character == "\u{FF09}" {
        return marked && next > index + 1 ? next + 1 : nil
      }
      guard character == " " || (character.isLowercase && Script(of: character) == .latin)
      else { return nil }
      if isToneMarked(character) { marked = true }
      next += 1
    }
    return nil
  }

  /// Whether a letter is a pinyin vowel with a tone mark (ā á ǎ à … ǖ ǘ ǚ ǜ): it tells a
  /// gloss from a word in brackets.
  private static func isToneMarked(_ character: Character) -> Bool {
    "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ".contains(character)
  }
}

extension FormReader {
  /// A reading gloss after a Han character ("佳節(jié)"): nothing is said for it.
  func readingGloss(at index: Int) -> Reading? {
    guard let token = view[index], let end = ReadingGloss.end(characters, at: token.start)
    else { return nil }
    var last = index
    while let next = view[last + 1], next.end <= end { last += 1 }
    return Reading(end: last + 1, spoken: "")
  }
}
