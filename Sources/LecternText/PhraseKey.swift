import Foundation

/// The spelling-tolerant key phrase lexicons are matched by.
///
/// Transliterations of one phrase vary in regular ways, so each word is reduced to a
/// skeleton in which the usual variants coincide: case, accents and apostrophes are folded
/// away; `ou` is `u`; the vowels e/i, o/u and y/i are one; `ai` (and so `ay`, `ei`) is `i`;
/// an `h` after a consonant (`kh`, `dh`, `sh`, `th`) or before one (`ahsante`) is dropped;
/// doubled letters are single, within words and across the junction of two words. So
/// `Salaam Alaykoum` and `salam aleikum` meet, and so do `asante sana`, `ahsante sanaa`
/// (articles, `as-salamu alaykum`, are ``PhraseArticles``'). Only Latin letters change;
/// other scripts are folded.
enum PhraseKey {
  /// The skeleton of one folded word (letters as scalars).
  static func skeleton(_ folded: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var vowels: [Unicode.Scalar] = []
    vowels.reserveCapacity(folded.count)
    var index = 0
    while index < folded.count {
      let scalar = folded[index]
      // "ou" → "u" before the single-vowel classes, so that "ou" is not "uu".
      if scalar == "o", index + 1 < folded.count, folded[index + 1] == "u" {
        vowels.append("u")
        index += 2
        continue
      }
      switch scalar {
      case "e", "y": vowels.append("i")
      case "o": vowels.append("u")
      default: vowels.append(scalar)
      }
      index += 1
    }
    var result: [Unicode.Scalar] = []
    result.reserveCapacity(vowels.count)
    for (offset, scalar) in vowels.enumerated() {
      if scalar == "h", offset > 0 {
        let previous = vowels[offset - 1]
        let next = offset + 1 < vowels.count ? vowels[offset + 1] : nil
        // "kh", "dh", "sh" → k, d, s; "ahsante" → asante; a final "h" ("Allah") goes too.
        if isLatinConsonant(previous) || next.map(isLatinConsonant) ?? true { continue }
      }
      if scalar == "i", result.last == "a" {
        result[result.count - 1] = "i"  // "ai", "ay", "ei" → "i"
        continue
      }
      if result.last == scalar { continue }
      result.append(scalar)
    }
    return result
  }

  /// Whether the scalar is a Latin consonant (a lower-case ASCII letter that is no vowel).
  static func isLatinConsonant(_ scalar: Unicode.Scalar) -> Bool {
    guard scalar.isASCII, scalar.properties.isLowercase else { return false }
    return !"aeiouy".unicodeScalars.contains(scalar)
  }

  /// The folded letters of a character: lower case, without accents; letters that do not
  /// decompose are spelled out (ß → ss, ø → o). Cached by the caller.
  static func fold(_ character: Character) -> [Unicode.Scalar] {
    if character.isASCII { return Array(character.lowercased().unicodeScalars) }
    if let special = specialFolds[character] { return TextScan.scalars(special) }
    return Array(
      String(character).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        .lowercased().unicodeScalars)
  }

  private static let specialFolds: [Character: String] = [
    "ß": "ss", "ẞ": "ss", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "æ": "ae", "Æ": "ae",
    "œ": "oe", "Œ": "oe", "ı": "i", "đ": "d", "Đ": "d", "ħ": "h", "Ħ": "h", "þ": "th",
  ]
}
