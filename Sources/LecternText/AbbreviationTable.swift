/// Words that end with a full stop without ending the sentence.
///
/// Kept in three classes because they behave differently before a capital letter:
/// a title ("Dr. Smith") never ends a sentence; a reference word ("No. 5", "Oct. 30") does
/// not when a number follows; a Latin or company abbreviation ("etc.", "Inc.") may.
enum AbbreviationTable {
  /// Titles and honorifics: always followed by a name.
  static let titles: Set<String> = [
    "mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "prof", "st", "sr", "jr", "gen", "col",
    "lt", "sgt", "capt", "cmdr", "adm", "gov", "sen", "rep", "hon", "amb", "rev", "fr", "mt",
    "pres", "supt", "insp", "cdr", "maj", "brig", "excl", "sra", "dra",
  ]

  /// Words that refer to a numbered thing or a date: not a sentence end before a number.
  static let beforeNumbers: Set<String> = [
    "no", "nos", "nr", "art", "arts", "para", "paras", "vol", "vols", "fig", "figs", "p", "pp",
    "ch", "chap", "sec", "sect", "res", "op", "ed", "tel", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  ]

  /// Latin and other inline abbreviations: not a sentence end unless a capital follows
  /// (and then only for those that commonly close a sentence).
  static let inline: Set<String> = [
    "vs", "cf", "approx", "ca", "incl", "viz", "al", "resp", "esp", "dept",
  ]

  /// Abbreviations that often close a sentence too ("… and so on, etc. The next …").
  static let sentenceFinal: Set<String> = ["etc", "inc", "ltd", "co", "corp", "plc", "llc"]

  /// Whether the full stop after `word` (the token before it, without the stop) ends a
  /// sentence, given what follows: `nextIsUpper`, `nextIsDigit`.
  static func endsSentence(after word: String, nextIsUpper: Bool, nextIsDigit: Bool) -> Bool {
    let scalars = Array(word.unicodeScalars)
    if scalars.isEmpty { return true }
    // An initial ("J. Smith") or a dotted abbreviation ("U.S.", "e.g.", "a.m.").
    if scalars.count == 1 && scalars[0].properties.isUppercase { return false }
    if scalars.contains(".") && scalars.count <= 12 { return false }
    let key = word.lowercased()
    if titles.contains(key) { return false }
    if beforeNumbers.contains(key) && nextIsDigit { return false }
    if inline.contains(key) { return false }
    if sentenceFinal.contains(key) { return nextIsUpper }
    return true
  }
}
