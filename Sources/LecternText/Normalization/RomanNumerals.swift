/// Roman numerals where a reader says a number: after a word of `say-roman` ("Article XIV",
/// "Part IV", "World War II"), before a word of `say-number-before` ("XXI century"), with an
/// ordinal suffix ("XXIe siècle"), and after a name (regnal: "Elizabeth II", "John Paul II").
/// eSpeak NG says "Roman fourteen" in English and spells them in Russian. "I" alone is a
/// numeral only after a `say-roman` word, never the pronoun.
extension FormReader {
  /// The Roman numeral at `index`, read as its context requires.
  func romanNumeral(at index: Int) -> Reading? {
    // The first byte is tested before the first character, which breaks graphemes.
    guard let token = view[index], token.kind == .word,
      let byte = token.text.utf8.first, (0x43...0x58).contains(byte),
      let first = token.text.first, Self.romanDigit(first) != nil,
      !Self.hasOtherCapital(token.text), !keeping(token.text)
    else { return nil }
    if let reading = suffixedRoman(token, at: index) { return reading }
    guard let value = Self.romanValue(token.text) else { return nil }
    let digits = String(value)
    if let ruleSet = triggerRuleSet(before: index),
      let words = speller.spell(digits, language: language, ruleSet: ruleSet)
    {
      return Reading(end: index + 1, spoken: words)
    }
    if value > 1, let reading = spelledBeforeWord(digits, after: index + 1) { return reading }
    return agreeing(digits, at: index) ?? regnal(value, at: index) ?? anyRoman(digits, at: index)
  }

  /// Above this, capitals with a suffix spell a word, not an ordinal: pages write centuries,
  /// millennia, kings and sessions so ("XXIe", "IIIe", "CCe"), never a two-thousandth, and
  /// "MMes" or "MMe" are abbreviations of address (Mesdames, Madame), not "deux millièmes".
  static let highestSuffixedRoman = 1000

  /// A Roman numeral with an ordinal suffix of `say-ordinals`: "XXIe siècle", "Ier".
  private func suffixedRoman(_ token: NormalizationToken, at index: Int) -> Reading? {
    let numeral = token.text.prefix { $0.isUppercase }
    let suffix = token.text.dropFirst(numeral.count)
    // The cheap tests first: most such words are one capital and a word ("Dear", "Member").
    guard !numeral.isEmpty, !suffix.isEmpty,
      numeral.count > 1 || Self.mayStandAlone(numeral, spelling: token.text, rules.stopWords),
      suffix.allSatisfy(\.isLowercase),
      let value = Self.romanValue(String(numeral)), value < Self.highestSuffixedRoman,
      let ruleSet = ordinalRuleSet(digits: String(value), suffix: String(suffix)),
      let words = speller.spell(String(value), language: language, ruleSet: ruleSet)
    else { return nil }
    return Reading(end: index + 1, spoken: words)
  }

  /// Whether one capital with a suffix may be an ordinal: "Ier", "Ve République", "Xe
  /// siècle". With L, C, D or M it is a word ("Le", "La", "Ce", "Des", "Mer", "Lo", "Ma"):
  /// the fiftieth to thousandth are never written so. With I, V or X it is a word when the
  /// language lists it as a stop word ("Io", "Va").
  static func mayStandAlone(
    _ numeral: Substring, spelling word: String, _ stopWords: Set<String>
  ) -> Bool {
    guard let letter = numeral.first, "IVX".contains(letter) else { return false }
    return !stopWords.contains(word.lowercased())
  }

  /// The rule set of the `say-roman` phrase that ends right before `index` (one space
  /// between): "Article", "World War".
  private func triggerRuleSet(before index: Int) -> String? {
    guard view.isSpace(index - 1) else { return nil }
    // Phrases of up to three words: try each start, longest first.
    var start = index - 2
    var candidates: [Int] = []
    for _ in 0..<3 {
      guard view[start]?.kind == .word else { break }
      candidates.append(start)
      guard view.isSpace(start - 1) else { break }
      start -= 2
    }
    for candidate in candidates.reversed() {
      if let (phrase, end) = rules.roman.match(view, at: candidate), end == index - 1 {
        return phrase.value
      }
    }
    return nil
  }

  /// "Elizabeth II" → "Elizabeth the Second": a numeral from II to XXX after a capitalized
  /// name, by the language's `regnal` pattern (`the {%spellout-ordinal}`).
  private func regnal(_ value: Int, at index: Int) -> Reading? {
    let lowest = rules.numbers["regnal-from"].flatMap { Int($0) } ?? 2
    guard (lowest...30).contains(value), let pattern = rules.numbers["regnal"],
      let name = view.wordBefore(index), let first = name.text.first, first.isUppercase,
      name.text.dropFirst().allSatisfy({ !$0.isUppercase }), name.text.count > 1,
      // "Esta III Reunión": a capitalized determiner opening a sentence is no name.
      !rules.stopWords.contains(name.text.lowercased()),
      rules.abbreviations.match(view, at: index - 2) == nil,
      rules.roman.match(view, at: index - 2) == nil
    else { return nil }
    // A pattern holds one `{%rule-set}` placeholder.
    guard let open = pattern.firstIndex(of: "{"), let close = pattern.firstIndex(of: "}"),
      open < close
    else { return nil }
    let ruleSet = String(pattern[pattern.index(after: open)..<close])
    guard let words = speller.spell(String(value), language: language, ruleSet: ruleSet) else {
      return nil
    }
    let spoken = pattern[..<open] + words + pattern[pattern.index(after: close)...]
    return Reading(end: index + 1, spoken: String(spoken))
  }

  /// A Roman numeral before a word whose ending shows its case and gender, read as the
  /// ordinal agreeing with it: Russian "IV Среднерусском форуме" → "четвёртом" (eSpeak NG
  /// spells the Latin letters). The longest `say-roman-before-ending` ending wins, and the
  /// word must be longer than it by two letters ("ом" alone is no adjective).
  /// When that word shows no case ("IV Съезда"), the word before, an adjective or pronoun
  /// agreeing with the noun, is read by `say-roman-after-ending` ("сегодняшнего IV Съезда" →
  /// "четвёртого").
  private func agreeing(_ digits: String, at index: Int) -> Reading? {
    var ruleSet: String?
    if view.isSpace(index + 1), let word = view[index + 2], word.kind == .word {
      ruleSet = Self.ruleSet(ending: word.text, in: rules.romanBeforeEnding)
    }
    if ruleSet == nil, view.isSpace(index - 1), let word = view[index - 2], word.kind == .word {
      ruleSet = Self.ruleSet(ending: word.text, in: rules.romanAfterEnding)
    }
    guard let ruleSet, let words = speller.spell(digits, language: language, ruleSet: ruleSet)
    else { return nil }
    return Reading(end: index + 1, spoken: words)
  }

  /// The rule set of the longest ending of `table` that `word` ends with, the word longer than
  /// it by two letters ("ом" alone is no adjective); `*` is no ending.
  private static func ruleSet(ending word: String, in table: [String: String]) -> String? {
    let lower = word.lowercased()
    let ending = table.keys.filter { $0 != "*" && lower.hasSuffix($0) }
      .filter { lower.count >= $0.count + 2 }.max { $0.count < $1.count }
    return ending.flatMap { table[$0] }
  }

  /// Any other numeral of two letters or more, by the `*` entry of `say-roman-before-ending`
  /// (Russian writes them only as ordinals; eSpeak would spell the letters in English).
  private func anyRoman(_ digits: String, at index: Int) -> Reading? {
    guard let ruleSet = rules.romanBeforeEnding["*"], (view[index]?.text.count ?? 0) >= 2,
      let words = speller.spell(digits, language: language, ruleSet: ruleSet)
    else { return nil }
    return Reading(end: index + 1, spoken: words)
  }

  /// The value of a Roman numeral in capitals written the standard way (1…3999), else nil.
  static func romanValue(_ text: String) -> Int? {
    guard !text.isEmpty, text.count <= 15 else { return nil }
    var total = 0
    var previous = 0
    for character in text.reversed() {
      guard let value = romanDigit(character) else { return nil }
      if value < previous { total -= value } else { total += value }
      previous = max(previous, value)
    }
    // Only the canonical spelling counts ("IIII", "VX" and "IM" are not numerals).
    guard total > 0, total < 4000, canonical(total) == text else { return nil }
    return total
  }

  /// Whether an ASCII capital that is no Roman digit comes before any lower-case letter
  /// ("INTERPOL", "CSTO"): then the word is no numeral, suffixed or not. By bytes, as it is
  /// asked of every capitalized word; other letters are left to the full reading.
  static func hasOtherCapital(_ word: String) -> Bool {
    for byte in word.utf8 {
      switch byte {
      case UInt8(ascii: "I"), UInt8(ascii: "V"), UInt8(ascii: "X"), UInt8(ascii: "L"),
        UInt8(ascii: "C"), UInt8(ascii: "D"), UInt8(ascii: "M"):
        continue
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): return true
      default: return false
      }
    }
    return false
  }

  /// The value of one Roman digit (`X` → 10), or nil.
  static func romanDigit(_ character: Character) -> Int? {
    // By its byte: a switch over characters compares strings, and it runs on every word.
    switch character.asciiByte {
    case UInt8(ascii: "I"): 1
    case UInt8(ascii: "V"): 5
    case UInt8(ascii: "X"): 10
    case UInt8(ascii: "L"): 50
    case UInt8(ascii: "C"): 100
    case UInt8(ascii: "D"): 500
    case UInt8(ascii: "M"): 1000
    default: nil
    }
  }

  /// The canonical Roman spelling of `value`.
  static func canonical(_ value: Int) -> String {
    let table: [(Int, String)] = [
      (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
      (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]
    var rest = value
    var result = ""
    for (amount, letters) in table {
      while rest >= amount {
        result += letters
        rest -= amount
      }
    }
    return result
  }
}
