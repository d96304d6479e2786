/// Apostrophes a copy lost: a page's curly apostrophe dropped by an encoding leaves the
/// piece of the word it joined standing alone ("Officer Shaw s family", "the Mayor s office",
/// "l Europe", "qu il"). eSpeak NG spells the piece as a letter ("Shaw ess family", "elle
/// Europe"); a reader hears the word. Which pieces a language cuts so is data, its
/// `say-lost-apostrophes` section (`’s`, `’t`: said with the word before; `l’`, `qu’`: with
/// the word after); a piece that is a word of its own is never listed.
extension FormReader {
  /// A space, then a lone piece said with the word before it ("Shaw s family"): the piece
  /// with its apostrophe, glued to that word. Only between words, in lower case, so a
  /// letter in a list ("(s)") or a unit after a number ("5 s") is left alone.
  func lostApostropheSuffix(at index: Int) -> Reading? {
    guard !rules.apostropheSuffixes.isEmpty, view.isSpace(index),
      let before = view[index - 1], before.kind == .word,
      let piece = view[index + 1], piece.kind == .word,
      rules.apostropheSuffixes.contains(piece.text),
      endsWord(index + 2)
    else { return nil }
    return Reading(end: index + 2, spoken: "’" + piece.text)
  }

  /// A lone piece said with the word after it ("l Europe", "qu il"), before a word that
  /// begins with a vowel or an h, as elision requires: the piece with its apostrophe,
  /// glued to that word. A sentence may open with it ("L avenir").
  func lostApostrophePrefix(at index: Int) -> Reading? {
    guard !rules.apostrophePrefixes.isEmpty, let piece = view[index], piece.kind == .word,
      rules.apostrophePrefixes.contains(piece.text.lowercased()), view.isSpace(index + 1),
      let after = view[index + 2], after.kind == .word,
      let first = after.text.first,
      first == "h" || first == "H" || PronunciationRules.isVowel(first),
      view[index - 1].map({ $0.kind != .word && !$0.is("’") && !$0.is("'") }) ?? true
    else { return nil }
    return Reading(end: index + 2, spoken: piece.text + "’")
  }

  /// Whether the token at `index` ends a word: a space, a mark, or the text's end; not a
  /// hyphen or an apostrophe, which join it to more ("the re-establishment").
  private func endsWord(_ index: Int) -> Bool {
    guard let token = view[index] else { return true }
    return token.kind == .space
      || (token.kind == .symbol && !"’'-\u{2010}\u{2011}".contains(token.text))
  }
}
