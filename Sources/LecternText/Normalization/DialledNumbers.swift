/// Short telephone numbers — emergency and service lines such as 110, 112, 911, 999 — which a
/// reader says digit by digit ("one one zero") where eSpeak NG says a quantity ("one hundred
/// and ten"). A number is taken for one only where the text shows it: in quotation marks
/// with a noun of the language's `say-digits-before` a few words on ("our “110” Duty Command
/// Center", "the ‘1922’ hotline"), or right after a word of `say-digits-after` ("dial 911").
/// A bare number before such a noun is left alone: "300 service centres" counts them.
extension FormReader {
  /// The quotation marks that may stand around a quoted number.
  private static let quotes = "\"“”„‘’'«»"

  /// The most words between a quoted number and its noun ("“110” Duty Command Center").
  private static let wordsToNoun = 3

  /// A number of two to five digits dialled, said digit by digit in the cardinal words.
  func dialledNumber(at index: Int) -> Reading? {
    guard !rules.digitsBefore.isEmpty || !rules.digitsAfter.isEmpty,
      view.isNumber(index, digits: 2...5), let number = view[index],
      view.standsAlone(from: index, to: index + 1),
      quotedBeforeNoun(index) || dialledAfterWord(index)
    else { return nil }
    var words: [String] = []
    for digit in number.digits {
      guard let word = speller.spell(String(digit), language: language) else { return nil }
      words.append(word)
    }
    return Reading(end: index + 1, spoken: words.joined(separator: " "))
  }

  /// Whether the number at `index` stands alone between quotation marks, and a noun of
  /// `say-digits-before` follows within ``wordsToNoun`` words, one space apart.
  private func quotedBeforeNoun(_ index: Int) -> Bool {
    guard view.isSymbol(index - 1, Self.quotes), view.isSymbol(index + 1, Self.quotes),
      view[index - 2].map({ $0.kind == .space }) ?? true
    else { return false }
    var cursor = index + 2
    for _ in 0...Self.wordsToNoun {
      guard view.isSpace(cursor), let word = view[cursor + 1], word.kind == .word else {
        return false
      }
      if rules.digitsBefore.contains(word.text.lowercased()) { return true }
      cursor += 2
    }
    return false
  }

  /// Whether the word before the number at `index`, past one space, is one of
  /// `say-digits-after` ("dial 911").
  private func dialledAfterWord(_ index: Int) -> Bool {
    guard let before = view.wordBefore(index) else { return false }
    return rules.digitsAfter.contains(before.text.lowercased())
  }
}
