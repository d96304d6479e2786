/// Explicit language markup: `[ru: Большое спасибо]`.
///
/// An opening bracket, a language tag (two or three lowercase letters, optionally with
/// `-` subtags such as `pt-br`), a colon, the text (which cannot contain `]`), a closing
/// bracket. Markup always wins over script and phrase detection; the brackets and the tag are
/// never spoken. Sentence splitting must not split inside it.
struct LanguageMarkup: Hashable, BracketMarkup {
  /// The whole markup: characters `start..<end`.
  var start: Int
  /// One past the closing bracket.
  var end: Int
  /// The tag's primary language (`ru`).
  var language: String
  /// The inner text: characters `textStart..<textEnd` (leading spaces skipped).
  var textStart: Int
  /// One past the inner text.
  var textEnd: Int

  /// The markup opening at `open`, if it is one.
  static func parse(_ characters: [Character], at open: Int) -> LanguageMarkup? {
    var index = open + 1
    var tag = ""
    while index < characters.count, tag.count <= 20,
      characters[index].isASCII, characters[index].isLetter || characters[index] == "-"
    {
      tag.append(characters[index])
      index += 1
    }
    let primary = String(tag.split(separator: "-").first ?? "")
    guard index < characters.count, characters[index] == ":",
      VoiceProfile.isLanguageTag(primary), !tag.hasSuffix("-")
    else { return nil }
    index += 1
    while index < characters.count, characters[index].isWhitespace { index += 1 }
    let textStart = index
    // The text ends at the first `]`; a nested `[` means this is not markup.
    while index < characters.count, characters[index] != "]" {
      if characters[index] == "[" { return nil }
      index += 1
    }
    guard index < characters.count, index > textStart else { return nil }
    return LanguageMarkup(
      start: open, end: index + 1, language: primary, textStart: textStart, textEnd: index)
  }
}
