import Foundation
import Testing

@testable import LecternText

/// Word keys fold case and diacritics exactly as Foundation does, though they fold each
/// letter once; and one-word stems and endings match by prefix and suffix whatever their
/// first and last letters.
@Suite("Letter folds and phrase stems")
struct LetterFoldsTests {
  /// Foundation's folding of a whole word, which ``LetterFolds`` must reproduce.
  static func foundation(_ word: String) -> String {
    word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }

  /// Every scalar folded letter by letter, alone and after its neighbour (and so across the
  /// edges of the ranges, and between scripts).
  @Test func lettersFoldAsFoundationFoldsThem() {
    let scalars = (0..<0x10000).compactMap(Unicode.Scalar.init).filter(LetterFolds.isWholeLetter)
    #expect(scalars.count > 30_000)
    var previous = "Ω"
    for scalar in scalars {
      let letter = String(Character(scalar))
      #expect(LetterFolds.folded(letter) == Self.foundation(letter), "U+\(scalar.value)")
      let pair = previous + letter
      #expect(LetterFolds.folded(pair) == Self.foundation(pair), "\(pair)")
      previous = letter
    }
  }

  /// Words with combining marks, jamo, tatweel or punctuation are folded whole.
  @Test(arguments: [
    "Ё\u{308}лка", "e\u{301}te\u{301}", "مُحَمَّد", "كلمــة", "\u{1100}\u{1161}\u{11A8}",
    "ǅemal", "İstanbul", "Straße", "ΣΊΣΥΦΟΣ", "l’été", "a\u{652}\u{32A}b", "げ\u{944}",
  ])
  func wordsWithMarksFoldWhole(word: String) {
    #expect(LetterFolds.folded(word) == Self.foundation(word))
    #expect(WordKey.folded(word) == Self.foundation(word))
  }

  /// Stems match by prefix and endings by suffix, in scripts with and without capitals.
  @Test func stemsAndEndingsMatch() {
    let set = PhraseSet(["президент*", "*讲话", "ministr*", "*xyz"])
    #expect(set.match(["президентом"], at: 0) == 1)
    #expect(set.match(["王毅在大会上的讲话"], at: 0) == 1)
    #expect(set.match(["ministre", "de"], at: 0) == 1)
    #expect(set.match(["abcxyz"], at: 0) == 1)
    #expect(set.match(["президиум"], at: 0) == 0)
    #expect(set.match(["讲话稿"], at: 0) == 0)
    #expect(set.match(["xyzabc"], at: 0) == 0)
    #expect(set.match([""], at: 0) == 0)
  }
}
