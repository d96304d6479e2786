/// eSpeak NG phoneme input (`[[h@l'oU]]`), which only pronunciation lexicons may produce.
///
/// With its phoneme flag set, eSpeak NG reads everything between `[[` and `]]` as phoneme
/// mnemonics, and it skips some invisible characters (a soft hyphen, a zero-width non-joiner)
/// when it looks for the second bracket. Lexicon phonemes and document text share one call,
/// so document text must not be able to open phoneme input: its square brackets are given to
/// the engine as round ones, which it says identically (the same pause, the same samples).
public enum PhonemeInput {
  /// `text` with every square bracket made round: it can no longer open or close phoneme
  /// input, whatever stands between two brackets.
  public static func neutralized<S: StringProtocol>(_ text: S) -> String {
    guard text.unicodeScalars.contains(where: { $0 == "[" || $0 == "]" }) else {
      return String(text)
    }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar {
      case "[": result.append("(")
      case "]": result.append(")")
      default: result.append(scalar)
      }
    }
    return String(result)
  }

  /// The places in `text` that eSpeak NG would read as the start of phoneme input: two `[`
  /// with nothing but invisible characters between them. Each is given as written, from the
  /// first bracket up to the closing `]]` (at most 40 characters).
  public static func occurrences(in text: String) -> [String] {
    guard TextScan.holds(UInt8(ascii: "["), in: text) else { return [] }  // most text: no copy
    let scalars = TextScan.scalars(text)
    var found: [String] = []
    var index = 0
    while index < scalars.count {
      guard scalars[index] == "[" else {
        index += 1
        continue
      }
      var next = index + 1
      while next < scalars.count, isInvisible(scalars[next]) { next += 1 }
      guard next < scalars.count, scalars[next] == "[" else {
        index = next
        continue
      }
      var end = next + 1
      while end < scalars.count, end - index < 40,
        !(scalars[end] == "]" && end + 1 < scalars.count && scalars[end + 1] == "]")
      {
        end += 1
      }
      end = min(end + 2, scalars.count)
      var excerpt = String.UnicodeScalarView()
      excerpt.append(contentsOf: scalars[index..<end])
      found.append(String(excerpt))
      index = end
    }
    return found
  }

  /// Characters with no glyph of their own (format characters, combining marks, controls),
  /// which the engine may pass over between two brackets.
  private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .format, .nonspacingMark, .enclosingMark, .control: true
    default: false
    }
  }
}
