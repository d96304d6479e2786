/// Numbers written as the first part of a compound word: "300-летием", "25-летний", "10-летию"
/// (Russian anniversaries and ages), said as the one word a reader says ("трехсотлетием",
/// "двадцатипятилетний", "десятилетию"). eSpeak NG reads the digits as a cardinal and the
/// ending as a word of its own ("триста летием").
///
/// The stem is made from ICU's words for the number in the case the language's
/// `say-compound-numbers` `stem` names (the genitive: "трехсот", "двадцати пяти"), glued
/// together, with the words a compound says otherwise replaced from the same section ("ста" →
/// "сто": "столетие"; "девяноста" → "девяносто"). No library gives the stem itself: ICU's rule
/// sets spell numbers as separate words in a grammatical case, never as the combining form of
/// a compound, and eSpeak NG has none either; the few words whose combining form differs from
/// their genitive are language knowledge, kept as data.
extension FormReader {
  /// A number of one to four digits joined by a hyphen to a lower-case word that starts with
  /// one of the language's `say-compound-heads`: the stem glued to the word.
  func compoundNumber(at index: Int) -> Reading? {
    guard !rules.compoundHeads.isEmpty, view.isNumber(index, digits: 1...4),
      let number = view[index], view.isSymbol(index + 1, "-\u{2011}"),
      let word = view[index + 2], word.kind == .word, word.text.first?.isLowercase == true,
      rules.compoundHeads.contains(where: { word.text.hasPrefix($0) }),
      view[index + 3]?.kind != .number, !gluedBefore(index)
    else { return nil }
    guard let stem = compoundStem(number.digits) else { return nil }
    return Reading(end: index + 3, spoken: stem + word.text)
  }

  /// Whether the number at `index` continues something written before it: a word or number
  /// glued to it, or a number and a mark ("1.300-летие", "2019-2020-летний").
  private func gluedBefore(_ index: Int) -> Bool {
    guard let before = view[index - 1] else { return false }
    if before.kind == .word || before.kind == .number { return true }
    return before.kind == .symbol && view.isNumber(index - 2)
  }

  /// The combining form of the number `digits` ("трехсот", "двадцатипяти", "сто"), or nil
  /// when the language names no stem rule set or the number is zero.
  func compoundStem(_ digits: String) -> String? {
    guard let ruleSet = rules.compoundNumbers["stem"], (Int(digits) ?? 0) > 0,
      let words = speller.spell(digits, language: language, ruleSet: ruleSet)
    else { return nil }
    let parts = words.split(separator: " ").map(String.init)
    var stem = ""
    var position = 0
    while position < parts.count {
      // Two words may have one combining form ("одной тысячи" → "тысяче": "тысячелетие").
      if position + 1 < parts.count,
        let pair = rules.compoundNumbers[parts[position] + " " + parts[position + 1]]
      {
        stem += pair
        position += 2
      } else {
        stem += rules.compoundNumbers[parts[position]] ?? parts[position]
        position += 1
      }
    }
    return stem
  }
}
