/// Years and decades where the engine reads a plain number instead: eSpeak NG says "1943" as
/// "nineteen hundred and forty-three" in English and "eintausend neunhundert…" in German, where
/// a reader says "nineteen forty-three" and "neunzehnhundertdreiundvierzig"; "1990s" as
/// "nineteen hundred and ninety z". The language's `say-numbers` settings say which numbers
/// stand for years (`years = 1100 1999 %spellout-numbering-year`) and how a decade is said
/// (`decade-suffix = s`, `decade-plural = ty ties`); the words come from ICU.
extension FormReader {
  /// The setting `years`: the first and last year read so, and the ICU rule set.
  private var yearSetting: (range: ClosedRange<Int>, ruleSet: String)? {
    let fields = (rules.numbers["years"] ?? "").split(separator: " ")
    guard fields.count == 3, let low = Int(fields[0]), let high = Int(fields[1]), low <= high
    else { return nil }
    return (low...high, String(fields[2]))
  }

  /// Four plain digits (no grouping, no decimals) in the language's year range, in words.
  func yearWords(_ digits: String) -> String? {
    guard digits.count == 4, digits.allSatisfy(\.isASCII), let value = Int(digits),
      let setting = yearSetting, setting.range.contains(value)
    else { return nil }
    return speller.spell(digits, language: language, ruleSet: setting.ruleSet)
  }

  /// A plain number that stands for a year: four digits in range, not glued to a word
  /// ("1943s", "1943-м" are read by their own recognizers or left alone).
  /// With `year-word`s ("年 新年"), only a number one of them follows, glued, is a year
  /// ("2013年", "2031新年": the new year of 2031).
  func year(at index: Int) -> Reading? {
    // Not a piece of a phone number, code or date ("555-1234", "12/1943", "3.1943").
    guard let number = writtenNumber(at: index), number.end == index + 1, !number.grouped,
      number.fraction == nil, !view.isSymbol(index + 1, "-‑/:"),
      !(view.isSymbol(index + 1, ".") && view.isNumber(index + 2)),
      !view.isSymbol(index - 1, "-‑/.:+#№"), !view.isNumber(index - 2)
    else { return nil }
    let next = view[index + 1]
    if let list = rules.numbers["year-word"] {
      let words = list.split(separator: " ")
      let glued =
        next?.kind == .word
        && next.map { token in words.contains { token.text.hasPrefix($0) } } == true
      guard glued || standsAloneAsYear(number.integer, next) else { return nil }
    } else if next?.kind == .word {
      return nil
    }
    guard let words = yearWords(number.integer) else { return nil }
    return Reading(end: index + 1, spoken: words)
  }

  /// Whether a number without its year word is a year all the same (`year-alone = 1900
  /// 2099`): in that range, and followed by a punctuation mark or nothing, as "回首走過的
  /// 2007," and "展望2017," write the year alone. A count goes on with its measure word.
  private func standsAloneAsYear(_ digits: String, _ next: NormalizationToken?) -> Bool {
    let fields = (rules.numbers["year-alone"] ?? "").split(separator: " ")
    guard fields.count == 2, let low = Int(fields[0]), let high = Int(fields[1]),
      digits.count == 4, let value = Int(digits), (low...high).contains(value)
    else { return false }
    guard let next else { return true }
    return next.kind == .symbol
      && ",.!?;:\u{FF0C}\u{3002}\u{FF01}\u{FF1F}\u{3001}\u{FF1B}\u{FF1A}".contains(next.text)
  }

  /// A decade: a year or a two-digit tens number with the language's `decade-suffix` glued
  /// on ("1990s", "90s", "’90s"), said as the year's words made plural by `decade-plural`.
  func decade(at index: Int) -> Reading? {
    guard let suffix = rules.numbers["decade-suffix"], let number = view[index],
      number.kind == .number, let glued = view[index + 1], glued.kind == .word,
      glued.text == suffix, view[index + 2]?.kind != .word, view[index + 2]?.kind != .number,
      number.digits.last == "0", view[index - 1]?.kind != .word
    else { return nil }
    let words: String?
    switch number.digits.count {
    case 4: words = yearWords(number.digits)
    case 2 where number.digits.first != "0":
      words = speller.spell(number.digits, language: language, ruleSet: yearSetting?.ruleSet)
    default: words = nil
    }
    guard let words else { return nil }
    // An apostrophe before the digits ("’90s") stays: the engine says nothing for it.
    return Reading(
      end: index + 2, spoken: Self.plural(words, rules.numbers["decade-plural"], suffix: suffix))
  }

  /// `words` made plural: its last word's `ending` replaced (`ty ties`), else `suffix` added.
  static func plural(_ words: String, _ rule: String?, suffix: String) -> String {
    let parts = (rule ?? "").split(separator: " ")
    if parts.count == 2, words.hasSuffix(parts[0]) {
      return String(words.dropLast(parts[0].count)) + parts[1]
    }
    return words + suffix
  }

  /// A calendar's mark after a year, glued or past one space ("1878م", "1442 هـ"): its words
  /// (`say-era-marks`), where eSpeak NG names the letter ("meem"). Only after four digits,
  /// so that "100 م" and "500م" (metres) are not years.
  func eraMark(at index: Int) -> Reading? {
    guard !rules.eraMarks.isEmpty, let mark = view[index], let words = rules.eraMarks[mark.text]
    else { return nil }
    let numberIndex = view.isSpace(index - 1) ? index - 2 : index - 1
    guard let number = view[numberIndex], number.kind == .number, number.digits.count == 4,
      !view.isSymbol(numberIndex - 1, ".,"), view[index + 1].map({ $0.kind != .word }) ?? true
    else { return nil }
    return Reading(end: index + 1, spoken: (numberIndex == index - 1 ? " " : "") + words)
  }
}
