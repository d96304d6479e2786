import Foundation
import Synchronization

/// Foundation's case and diacritic folding, remembered per letter.
///
/// Folding a word with `String.folding(options:locale:)` costs thousands of instructions a
/// character, and loading the language files folds some 3,000 words, most of them of few
/// distinct letters. A word made only of letters that are each a whole character (Latin,
/// Greek, Cyrillic, Hebrew and Arabic letters, kana, Han, Hangul syllables, full-width Latin)
/// folds as the folds of its letters, one after another: checked against Foundation for
/// every such letter alone and after its neighbour (`LetterFoldsTests`), and for random runs
/// of up to four. A word holding anything else (a combining mark, a jamo, punctuation) is
/// folded whole, since there the marks' order and their base decide.
enum LetterFolds {
  /// The folds of the letters met so far, by scalar value (only the ranges of
  /// ``isWholeLetter(_:)``, all below U+10000): at most 64 Ki entries.
  private static let known = Mutex<[UInt32: String]>([:])

  /// `word` without case and diacritics, as Foundation folds it.
  static func folded(_ word: String) -> String {
    let scalars = word.unicodeScalars
    guard scalars.allSatisfy(isWholeLetter) else { return foldedWhole(word) }
    if let text = known.withLock({ folds in joined(word, folds) }) { return text }
    // Folded outside the lock: another thread may fold the same letter too, never waits.
    let missing = known.withLock { known in scalars.filter { known[$0.value] == nil } }
    var folds: [UInt32: String] = [:]
    for scalar in missing where folds[scalar.value] == nil {
      folds[scalar.value] = foldedWhole(String(scalar))
    }
    return known.withLock { known in
      known.merge(folds) { old, _ in old }
      return joined(word, known)
    } ?? foldedWhole(word)
  }

  /// The folds of `word`'s letters one after another, or nil when one is not known yet.
  private static func joined(_ word: String, _ folds: [UInt32: String]) -> String? {
    var text = ""
    for scalar in word.unicodeScalars {
      guard let fold = folds[scalar.value] else { return nil }
      text += fold
    }
    return text
  }

  private static func foldedWhole(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }

  /// Whether the scalar is a letter of a script whose letters are each a whole character,
  /// or an ASCII letter or digit.
  static func isWholeLetter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
    case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F: return true  // Latin with accents
    case 0x386, 0x388...0x3FF, 0x1E00...0x1EFF: return true  // Greek, Latin Extended Additional
    case 0x400...0x482, 0x48A...0x52F: return true  // Cyrillic, without its combining marks
    case 0x5D0...0x5EA, 0x620...0x64A, 0x671...0x6D3: return true  // Hebrew, Arabic letters
    case 0x3041...0x3096, 0x30A1...0x30FA: return true  // kana
    case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
      return true  // Han, Hangul syllables, full-width Latin
    default: return false
    }
  }
}
