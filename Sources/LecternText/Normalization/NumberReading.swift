/// A number as written, read: its digits without grouping, and where it ends.
struct WrittenNumber: Hashable {
  /// The token after the number.
  var end: Int
  /// The integer part's ASCII digits (`1200` for "1 200").
  var integer: String
  /// The decimal part's ASCII digits, if any (`2` for "3,2").
  var fraction: String?
  /// Whether grouping separators were removed.
  var grouped: Bool
  /// The number as written (`١٢٠٠` stays as it is when nothing needs changing).
  var source: String

  /// The number as a decimal string for ICU (`3.2`).
  var decimal: String { fraction.map { integer + "." + $0 } ?? integer }

  /// Its value, for plural categories and comparisons.
  var value: Double { Double(decimal) ?? 0 }
}

extension FormReader {
  /// The number written at `index` with the language's grouping and decimal marks
  /// (`1,200.5`, `1 200,5`, `1.200,5`), or nil when the digits belong to something longer
  /// (`3.2.1`, `A3`).
  func writtenNumber(at index: Int) -> WrittenNumber? {
    guard let first = view[index], first.kind == .number else { return nil }
    // Digits glued to Latin letters are a code ("A3", "G20"); after Han or kana they are a
    // number of the sentence ("是21世纪").
    if let before = view[index - 1],
      before.kind == .number || (before.kind == .word && before.text.last?.isASCII == true)
    {
      return nil
    }
    let grouping = rules.grouping
    let decimal = rules.decimal
    var integer = first.digits
    var end = index + 1
    var grouped = false
    if first.digits.count <= 3 {
      while let separator = view[end], view.isNumber(end + 1, digits: 3...3) {
        let isMark =
          separator.kind == .symbol
          && separator.text.first.map(grouping.characters.contains)
            == true
        let isSpace =
          (grouping.space && view.isSpace(end) && separator.text.count == 1)
          || (grouping.nbsp && view.isSpace(end, nonBreaking: true))
        guard isMark || isSpace, let group = view[end + 1] else { break }
        integer += group.digits
        end += 2
        grouped = true
      }
    }
    var fraction: String?
    if let mark = view[end], mark.kind == .symbol,
      mark.text.first.map(decimal.characters.contains) == true, view.isNumber(end + 1),
      let digits = view[end + 1]
    {
      fraction = digits.digits
      end += 2
    }
    // "3.2.1", "1.200.5" (a version, a code): not one number.
    if let mark = view[end], mark.kind == .symbol, ".,".contains(mark.text), view.isNumber(end + 1)
    {
      return nil
    }
    return WrittenNumber(
      end: end, integer: integer, fraction: fraction, grouped: grouped, source: text(index, end))
  }

  /// How a number is said: its digits when the engine reads them right (grouping removed,
  /// the language's decimal mark), else ICU's words (above `digits-up-to`).
  func say(_ number: WrittenNumber, ruleSet: String? = nil) -> String {
    let limit = rules.numbers["digits-up-to"].flatMap { Int($0) } ?? Int.max
    let integer = number.integer.drop { $0 == "0" }
    let large = integer.count > 18 || (Int(integer) ?? 0) > limit
    // `decimals = words`: the engine reads the digits after the mark one by one as a number.
    let decimalWords = number.fraction != nil && rules.numbers["decimals"] == "words"
    // `cardinal`: the rule set numbers are spelled by (zh: 零, where the default writes 〇).
    if ruleSet != nil || large || decimalWords || endsInWords(number),
      let words = speller.spell(
        number.decimal, language: language, ruleSet: ruleSet ?? rules.numbers["cardinal"])
    {
      return words
    }
    guard let fraction = number.fraction else {
      return number.grouped ? number.integer : number.source
    }
    // The first decimal mark the language names ("٫" is not read by the Arabic voice).
    return number.integer + rules.decimalMark + fraction
  }

  /// A plain number whose reading differs from its writing: grouped (`1,200` → `1200`,
  /// which eSpeak NG reads without the pause a comma makes), or too large for the engine.
  func number(at index: Int) -> Reading? {
    guard let number = writtenNumber(at: index) else { return nil }
    if bindsToNextWord(number),
      let words = speller.spell(
        number.decimal, language: language, ruleSet: rules.numbers["cardinal"])
    {
      return Reading(end: number.end, spoken: words)
    }
    let spoken = say(number)
    let written = text(index, number.end)
    return spoken == written ? nil : Reading(end: number.end, spoken: spoken)
  }

  /// Whether a whole number ends in two digits that `say-numbers`' `words-endings` lists:
  /// the engine reads them with a syllable too many (Spanish "28" as "veinti ocho").
  private func endsInWords(_ number: WrittenNumber) -> Bool {
    guard number.fraction == nil, let endings = rules.numbers["words-endings"],
      let value = Int(number.integer.suffix(2))
    else { return false }
    return endings.split(separator: " ").contains { Int($0) == value }
  }

  /// Whether a whole number ends in a word that `say-numbers`' `liaison-endings` lists and a
  /// word opening with a vowel follows: the engine says the digits without the liaison a
  /// reader makes ("31 ans", "19 ans" in French), and makes it when they are words.
  private func bindsToNextWord(_ number: WrittenNumber) -> Bool {
    guard number.fraction == nil, !number.grouped, let endings = rules.numbers["liaison-endings"],
      let value = Int(number.integer.suffix(2)), view.isSpace(number.end),
      let next = view[number.end + 1], next.kind == .word,
      let first = next.text.lowercased().unicodeScalars.first,
      "aeiouyàâéèêëîïôûü".unicodeScalars.contains(first)
    else { return false }
    return endings.split(separator: " ").contains { Int($0) == value }
  }

  /// An ordinal written with digits and a suffix of `say-ordinals` (`21st`, `12e`, `91.ª`,
  /// `3-й`; German `3.` before a capitalized word), in words by the suffix's ICU rule set — or
  /// the one `say-ordinal-after` gives for the word before it (`am 3.` → `dritten`).
  func ordinal(at index: Int) -> Reading? {
    guard !rules.ordinals.isEmpty, let number = view[index], number.kind == .number,
      view[index - 1]?.kind != .word
    else { return nil }
    // A suffix a copy set apart from its digits ("54 th", once a superscript) is read too,
    // and always in words: the engine says the digits and the letters apart.
    let spaced = spacedSuffix(after: index)
    var end = spaced ? index + 2 : index + 1
    var suffix = ""
    while let next = view[end], end - index <= (spaced ? 4 : 3),
      next.kind == .word || (next.kind == .symbol && ".-".contains(next.text))
        || (next.is("°") && rules.ordinals["°"] != nil)
    {
      suffix += next.text
      end += 1
      if next.kind == .word || next.is("°") { break }
    }
    // A suffix made only of a full stop is an ordinal only before a capitalized word.
    if suffix == "." {
      guard view.isSpace(end), let word = view[end + 1], word.kind == .word,
        word.text.first?.isUppercase == true
      else { return nil }
    }
    if suffix.hasSuffix("°") && !degreeIsOrdinal(before: end) { return nil }
    if let after = view[end], after.kind == .word || after.kind == .number { return nil }
    guard !suffix.isEmpty, var ruleSet = ordinalRuleSet(digits: number.digits, suffix: suffix)
    else { return nil }
    // Below `ordinal-words-from` the engine reads the ordinal right: left as written.
    if !spaced, let from = rules.numbers["ordinal-words-from"].flatMap(Int.init),
      (Int(number.digits) ?? 0) < from
    {
      return nil
    }
    // Only a bare full stop says nothing of gender and case; a suffix ("-го") does, unless
    // it ends forms of two ("-й": "двадцатый", "двадцатой"), which the word before tells
    // apart (`say-ordinal-after` "к -й": "к 20-й годовщине" → "к двадцатой").
    if let before = view.wordBefore(index) {
      let word = before.text.lowercased()
      if suffix == ".", let override = rules.ordinalAfter[word] {
        ruleSet = override
      } else if let override = rules.ordinalAfter[word + " " + suffix] {
        ruleSet = override
      }
    }
    guard let words = speller.spell(number.digits, language: language, ruleSet: ruleSet)
    else { return nil }
    return Reading(end: end, spoken: words)
  }

  /// Whether a degree sign typed for the ordinal indicator ("63° período", for "63.º") is
  /// one: a noun in lower case follows. A temperature or an angle ("25° C", "90° de
  /// latitud", "un ángulo de 90°") is followed by a capital, a function word or nothing.
  private func degreeIsOrdinal(before end: Int) -> Bool {
    guard view.isSpace(end), let word = view[end + 1], word.kind == .word,
      let first = word.text.first, first.isLowercase
    else { return false }
    return !rules.stopWords.contains(word.text.lowercased())
  }

  /// Whether a space, a lower-case word of two or three letters that is a whole
  /// `say-ordinals` suffix (`th`, `ème`), and a space and the word it qualifies follow the
  /// number at `index`: "the 54 th session". A letter alone is a word of its own ("de 1 a 5",
  /// "2 o 3"), and so is a suffix before a number.
  private func spacedSuffix(after index: Int) -> Bool {
    guard view.isSpace(index + 1), let word = view[index + 2], word.kind == .word,
      (2...3).contains(word.text.count), word.text.allSatisfy(\.isLowercase),
      !rules.stopWords.contains(word.text),
      view.isSpace(index + 3), view[index + 4]?.kind == .word
    else { return false }
    return rules.ordinals.keys.contains(word.text)
  }

  /// The rule set of the longest `say-ordinals` key that is the whole suffix, optionally
  /// after the number's last digits (`00th` reads 100th and 2000th, not 7th).
  func ordinalRuleSet(digits: String, suffix: String) -> String? {
    var best: (length: Int, ruleSet: String)?
    for (key, ruleSet) in rules.ordinals where key.hasSuffix(suffix) {
      let keyDigits = key.dropLast(suffix.count)
      guard keyDigits.allSatisfy(\.isNumber), digits.hasSuffix(keyDigits) else { continue }
      if best == nil || key.count > best?.length ?? 0 { best = (key.count, ruleSet) }
    }
    return best?.ruleSet
  }

  /// A percentage, when the language's `say-symbols` names `%` (eSpeak NG's Arabic voice
  /// drops the sign, its Russian one does not decline "процент").
  func percent(at index: Int) -> Reading? {
    guard let number = writtenNumber(at: index) else { return nil }
    let sign = view.skippingSpace(number.end)
    guard view.isSymbol(sign, "%٪％"), let forms = rules.symbols["%"] ?? rules.symbols["٪"]
    else { return nil }
    let category = speller.pluralCategory(number.value, language: language)
    // `percent = before`: the word comes first ("百分之五十").
    if rules.numbers["percent"] == "before" {
      return Reading(end: sign + 1, spoken: forms.form(category) + say(number))
    }
    return Reading(end: sign + 1, spoken: say(number) + " " + forms.form(category))
  }

  /// A fraction of `say-fractions` (`1/2`, `3/4`), alone: not a part of a date (`1/2/2019`).
  func fraction(at index: Int) -> Reading? {
    if let token = view[index], token.kind == .symbol, let words = rules.fractions[token.text] {
      return Reading(end: index + 1, spoken: words)
    }
    guard view.isNumber(index), view.isSymbol(index + 1, "/"), view.isNumber(index + 2),
      view.standsAlone(from: index, to: index + 3), let numerator = view[index],
      let denominator = view[index + 2],
      let words = rules.fractions[numerator.digits + "/" + denominator.digits]
    else { return nil }
    return Reading(end: index + 3, spoken: words)
  }

  /// A range of two numbers joined by a dash (`2014–2018`, `10-12`), said with the
  /// language's `range` word (eSpeak NG says "dash" for the hyphen, nothing for the en dash).
  func range(at index: Int) -> Reading? {
    guard let word = rules.numbers["range"], !word.isEmpty, view.isNumber(index, digits: 1...4),
      let left = view[index], view[index - 1]?.kind != .symbol || !view.isNumber(index - 2)
    else { return nil }
    var dash = index + 1
    if view.isSpace(dash) { dash += 1 }
    guard let mark = view[dash], mark.kind == .symbol, "–—-".contains(mark.text) else {
      return nil
    }
    // A hyphen joins only touching numbers; a spaced hyphen is a dash between clauses.
    if mark.text == "-" && dash != index + 1 { return nil }
    let second = mark.text == "-" ? dash + 1 : view.skippingSpace(dash + 1)
    guard view.isNumber(second, digits: 1...4), let right = view[second],
      view.standsAlone(from: index, to: second + 1)
    else { return nil }
    var last = right.digits
    if left.digits.count == 4 && last.count == 2 { last = String(left.digits.prefix(2)) + last }
    guard let from = Int(left.digits), let to = Int(last), from < to,
      left.digits.count == last.count
    else { return nil }
    // "the 2022-23 academic year": English readers say the short year as written ("twenty
    // twenty-two to twenty-three"); other languages say the whole year.
    let said = rules.numbers["range-short-years"] == "keep" ? right.digits : last
    return Reading(end: second + 1, spoken: "\(left.text) \(word) \(said)")
  }

  /// A number before a word of `say-number-before` (`2019 году`, `XXI век`), in words by
  /// the rule set the entry gives, with its replacement for the word (`2019 г.` → "… года").
  func numberBeforeWord(at index: Int) -> Reading? {
    guard !rules.numberBefore.isEmpty, let number = view[index], number.kind == .number,
      view.standsAlone(from: index, to: index + 1)
    else { return nil }
    return spelledBeforeWord(number.digits, after: index + 1)
  }

  /// `digits` followed, past one space at `next`, by a `say-number-before` word: the words.
  func spelledBeforeWord(_ digits: String, after next: Int) -> Reading? {
    guard view.isSpace(next), let (phrase, end) = rules.numberBefore.match(view, at: next + 1)
    else { return nil }
    let parts = phrase.value.split(separator: " ", maxSplits: 1)
    guard let ruleSet = parts.first.map(String.init),
      let words = speller.spell(digits, language: language, ruleSet: ruleSet)
    else { return nil }
    let word = parts.count > 1 ? String(parts[1]) : text(next + 1, end)
    return Reading(end: end, spoken: words + " " + word)
  }
}
