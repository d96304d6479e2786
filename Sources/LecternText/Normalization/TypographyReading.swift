/// Typography a reader does not see: marks typed for others, and joiners between words.
/// Language-independent: these are habits of keyboards and layouts, not of languages.
extension FormReader {
  /// A backtick or acute accent typed for an apostrophe (`Europe`s`, `l´Europe`), between
  /// letters: eSpeak NG reads the backtick as a pause and a word ("Europe … Es").
  func apostrophe(at index: Int) -> Reading? {
    guard view.isSymbol(index, "`´"), view[index - 1]?.kind == .word,
      view[index + 1]?.kind == .word
    else { return nil }
    return Reading(end: index + 1, spoken: "’")
  }

  /// Arabic tatweel (kashida, U+0640) stretching a word for layout ("الســيــدات"): the word
  /// without it. eSpeak NG reads the stretched word wrong.
  func tatweel(at index: Int) -> Reading? {
    guard let token = view[index], token.text.unicodeScalars.contains("\u{0640}") else {
      return nil
    }
    let plain = String(token.text.unicodeScalars.filter { $0 != "\u{0640}" })
    return Reading(end: index + 1, spoken: plain)
  }

  /// A slash between two words ("Señoras/Señores") or a hyphen between a word in capitals and
  /// a number ("COVID-19"): a space, so that each side is read as a word (eSpeak NG says
  /// "barra", "slash", or spells the capitals).
  func joiner(at index: Int) -> Reading? {
    guard let mark = view[index], let before = view[index - 1], let after = view[index + 1],
      before.kind == .word, before.text.count >= 2
    else { return nil }
    if mark.text == "/", after.kind == .word, after.text.count >= 2 {
      return Reading(end: index + 1, spoken: " ")
    }
    if mark.text == "-" || mark.text == "\u{2010}" || mark.text == "\u{2011}",
      after.kind == .number, before.text.allSatisfy({ $0.isUppercase }),
      view[index + 2].map({ $0.kind != .word && $0.kind != .number }) ?? true
    {
      return Reading(end: index + 1, spoken: " ")
    }
    return nil
  }
}
