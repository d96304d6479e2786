/// How words of one language's text are said: its pronunciation lexicons, then the
/// documented default for ALL-CAPS words no lexicon names.
///
/// ALL-CAPS default (applied in the document's language only): a word of two or more capital
/// letters is spelled (`CIS` → `C-I-S`) when it has at most three letters or no vowel, and
/// otherwise read as a word, title-cased (`SEMERIKOV` → `Semerikov`). Hyphenated parts are
/// treated one by one (`ATC-CIS` → `A-T-C C-I-S`). Letters are joined with hyphens because
/// eSpeak NG reads `A T C` as the article "a", `A-T-C` as three letters; an A after the first
/// letter is written `Eh`, because eSpeak NG makes a hyphenated inner A a schwa. Words made only of
/// I, V and X are left as written (Roman numerals). In an utterance written mostly in
/// capitals (a heading), and in a heading run into a sentence, every capitalized word is read
/// as a word, and so is one after initials, a surname ("В.И. КРАВЕЦОВ").
struct PronunciationRules: Sendable, Hashable {
  /// A word said by rule or by lexicon.
  struct Decision: Hashable {
    /// The word as written.
    var word: String
    /// What the engine gets.
    var spoken: String
    /// Why: `lexicon`, `spelled`, `read as a word`.
    var reason: String
  }

  /// The result of applying the rules to one span's text.
  struct Result: Hashable {
    var spoken: String
    var phonemes: Bool
    var decisions: [Decision]
  }

  /// Language → exact grapheme → lexeme.
  private var entries: [String: [String: Lexicon.Entry]] = [:]
  /// Language → the shapes of its graphemes: every word of a text is looked up, and most are
  /// in no lexicon.
  private var shapes: [String: KeyShapes] = [:]

  /// Language → `capitals-words`, in capitals: short words a sentence writes in capitals for
  /// emphasis ("a NEW leap"), read as words where the ALL-CAPS default spells a short word.
  private var emphasisWords: [String: Set<String>] = [:]

  /// Rules from the pronunciation lexicons among `lexicons`, and the `capitals-words` of
  /// each language (pairs of a language and a word).
  init(lexicons: [Lexicon], emphasis: [(language: String, entry: String)] = []) {
    for (language, word) in emphasis {
      emphasisWords[language, default: []].insert(word.uppercased())
    }
    for lexicon in lexicons where lexicon.kind == .pronunciation {
      for entry in lexicon.entries {
        for grapheme in entry.graphemes where entries[lexicon.language]?[grapheme] == nil {
          entries[lexicon.language, default: [:]][grapheme] = entry
          shapes[lexicon.language, default: KeyShapes()].insert(grapheme)
        }
      }
    }
  }

  /// Whether `word` is in a pronunciation lexicon of `language`.
  func contains(_ word: String, language: String) -> Bool {
    entries[language]?[word] != nil
  }

  /// ``contains(_:language:)`` for many words of one language: its lexicon is looked up once,
  /// not again for every word normalization asks about.
  func containment(language: String) -> @Sendable (String) -> Bool {
    let lexicon = entries[language] ?? [:]
    let shapes = shapes[language] ?? KeyShapes()
    return { shapes.mayHold($0) && lexicon[$0] != nil }
  }

  /// `text` with lexicon words replaced and, when `capitals` is set, the ALL-CAPS default.
  /// Whether it is a heading is judged on `source` (the text before normalization, whose
  /// expansions are in lower case) when given.
  func apply(to text: String, language: String, capitals: Bool, source: String? = nil) -> Result {
    let characters = TextScan.characters(text)
    let lexicon = entries[language] ?? [:]
    let shapes = shapes[language] ?? KeyShapes()
    let words = Self.words(characters)
    let capitalWords = words.filter { Self.isCapitals(characters[$0.start..<$0.end]) }
    let heading =
      (capitalWords.count >= 3 && capitalWords.count * 2 >= words.count)
      || Self.isCapitalsOnly(source ?? text)
    // A heading a copy ran into a sentence ("TRANSIENCE AND RITUAL Mr. President …") is read
    // as one, though the utterance is not mostly in capitals.
    let headingWords =
      heading || capitalWords.count < Self.shortestHeadingRun
      ? [] : Self.headingRun(words.map { characters[$0.start..<$0.end] })
    // Most words stay as written: the text is copied only from the first word said otherwise
    // (`cursor`: the characters before it are in `spoken`).
    var spoken = ""
    var phonemes = false
    var decisions: [Decision] = []
    var cursor = 0
    for (position, range) in words.enumerated() {
      let heading = heading || headingWords.contains(position)
      let word = TextScan.string(characters[range.start..<range.end])
      let (base, suffix) = Self.splitPossessive(word)
      let said: String
      if shapes.mayHold(word), let entry = lexicon[word] {
        said = entry.spoken
        phonemes = phonemes || entry.isPhonemes
        decisions.append(Decision(word: word, spoken: said, reason: "lexicon"))
      } else if base != word, shapes.mayHold(base), let entry = lexicon[base] {
        said = entry.spoken + suffix
        phonemes = phonemes || entry.isPhonemes
        decisions.append(Decision(word: word, spoken: said, reason: "lexicon"))
      } else if let compound = compound(base, lexicon, capitals: capitals, heading: heading) {
        said = compound.spoken + suffix
        phonemes = phonemes || compound.phonemes
        decisions += compound.decisions
      } else if capitals, Self.isCapitals(base) {
        let decision = sayCapitalWord(
          base, language: language, heading: heading,
          afterInitial: Self.followsInitial(characters, range.start))
        said = decision.spoken + suffix
        if decision.spoken != base { decisions.append(decision) }
      } else {
        continue
      }
      spoken += TextScan.string(characters[cursor..<range.start]) + said
      cursor = range.end
    }
    guard cursor > 0 else { return Result(spoken: text, phonemes: phonemes, decisions: decisions) }
    spoken += TextScan.string(characters[cursor...])
    return Result(spoken: spoken, phonemes: phonemes, decisions: decisions)
  }

  /// How the ALL-CAPS default says the word in capitals `base` of `language`.
  private func sayCapitalWord(
    _ base: String, language: String, heading: Bool, afterInitial: Bool
  ) -> Decision {
    // A short word of the language in capitals inside a sentence is emphasis, not an acronym
    // ("a NEW leap"): the default would spell it.
    if !heading, emphasisWords[language]?.contains(base) == true {
      return Decision(word: base, spoken: base.lowercased(), reason: "read as a word (emphasis)")
    }
    // After initials ("В.И.КРАВЕЦОВ", "O.P. TARSIAN") the word is a surname, read as one.
    let surname = afterInitial && Self.mayBeName(base)
    var (said, reason) = Self.sayCapitals(base, heading: heading || surname)
    if surname && !heading { reason = "read as a word (a surname after initials)" }
    return Decision(word: base, spoken: said, reason: reason)
  }

  /// The words of `characters`: runs of letters and digits, with hyphens and apostrophes
  /// inside them, as character ranges.
  private static func words(_ characters: [Character]) -> [(start: Int, end: Int)] {
    var words: [(start: Int, end: Int)] = []
    var index = 0
    while index < characters.count {
      guard isWordCharacter(characters[index]) else {
        index += 1
        continue
      }
      let start = index
      while index < characters.count,
        isWordCharacter(characters[index])
          || (isInner(characters[index]) && index + 1 < characters.count
            && isWordCharacter(characters[index + 1]))
      {
        index += 1
      }
      words.append((start, index))
    }
    return words
  }

  /// A hyphenated compound some of whose parts a lexicon names ("EU-CSTO"): each part said
  /// on its own (lexicon, else the ALL-CAPS default), joined by spaces; nil when no part is
  /// in the lexicon.
  private func compound(
    _ word: String, _ lexicon: [String: Lexicon.Entry], capitals: Bool, heading: Bool
  ) -> Result? {
    // Most words have no hyphen: they are not split (a split per word was costly).
    guard word.unicodeScalars.contains(where: { $0 == "-" || $0 == "\u{2010}" || $0 == "\u{2011}" })
    else { return nil }
    let parts = word.split(whereSeparator: Self.isHyphen).map(String.init)
    guard parts.count > 1, parts.contains(where: { lexicon[$0] != nil }) else { return nil }
    var said: [String] = []
    var phonemes = false
    var decisions: [Decision] = []
    for part in parts {
      if let entry = lexicon[part] {
        said.append(entry.spoken)
        phonemes = phonemes || entry.isPhonemes
        decisions.append(Decision(word: part, spoken: entry.spoken, reason: "lexicon"))
      } else if capitals, Self.isCapitals(part) {
        let (spoken, reason) = Self.sayCapitals(part, heading: heading)
        said.append(spoken)
        if spoken != part { decisions.append(Decision(word: part, spoken: spoken, reason: reason)) }
      } else {
        said.append(part)
      }
    }
    return Result(spoken: said.joined(separator: " "), phonemes: phonemes, decisions: decisions)
  }

  /// Whether the character is a letter or a digit; ASCII first.
  static func isWordCharacter(_ character: Character) -> Bool {
    if let ascii = character.asciiByte {
      return ((ascii | 0x20) >= 0x61 && (ascii | 0x20) <= 0x7A) || (ascii >= 0x30 && ascii <= 0x39)
    }
    return character.isLetter || character.isNumber
  }

  /// `INTERPOL’s` → (`INTERPOL`, `’s`).
  static func splitPossessive(_ word: String) -> (String, String) {
    // Most words do not end in an apostrophe and `s`: told by their last bytes, not the
    // character view (it runs on every word).
    let bytes = word.utf8.suffix(4)
    let before = bytes.dropLast()
    guard let last = bytes.last, last == UInt8(ascii: "s") || last == UInt8(ascii: "S"),
      before.last == UInt8(ascii: "'") || before.suffix(3).elementsEqual("’".utf8)
    else { return (word, "") }
    for suffix in ["’s", "'s", "’S", "'S"] where word.hasSuffix(suffix) && word.count > 2 {
      return (String(word.dropLast(2)), suffix)
    }
    return (word, "")
  }

  /// Characters that may sit inside a word: hyphens and apostrophes.
  private static func isInner(_ character: Character) -> Bool {
    guard let scalar = character.singleScalar else { return false }
    // The apostrophes of `PhraseMatcher.isApostrophe` and the hyphens, by a switch on the
    // scalar: a `String.contains` per character dominated planning time of long texts.
    switch scalar {
    case "'", "\u{2019}", "\u{2018}", "`", "\u{02BB}", "\u{02BC}", "\u{02BF}", "\u{02BE}",
      "-", "\u{2010}", "\u{2011}":
      return true
    default: return false
    }
  }

  /// A hyphen of any of the three kinds documents use. A switch on the scalar: a
  /// `String.contains` per character dominated planning of long texts.
  static func isHyphen(_ character: Character) -> Bool {
    guard let scalar = character.singleScalar else { return false }
    switch scalar {
    case "-", "\u{2010}", "\u{2011}": return true
    default: return false
    }
  }
}
