/// A date read from the text: day, month, year (any may be missing but the month).
struct WrittenDate: Hashable {
  var day: Int?
  var month: Int
  var year: String?
  /// The day as written when it carries an ordinal suffix (`1er`, `30th`), said as such.
  var ordinalDay: String?
}

extension FormReader {
  /// A date at a number: "09 May 2021", "14 Feb 2019", "30.10.2019", "2019-10-30",
  /// "30 октября 2019 г.", "9 de mayo de 2021". Said by the language's `say-dates` pattern,
  /// with the month in full, no leading zero, and the day and year in words where the
  /// language's grammar needs it (Russian ordinals). Left alone when that changes nothing.
  func date(at index: Int) -> Reading? {
    guard view.standsAlone(from: index, to: index + 1) || view[index + 1]?.kind == .symbol
    else { return nil }
    if let (date, end) = numericDate(at: index) {
      return dateReading(date, start: index, end: end, monthFirst: false)
    }
    guard view.isNumber(index, digits: 1...2), let dayToken = view[index],
      let day = Int(dayToken.digits), (1...31).contains(day)
    else { return nil }
    var cursor = index + 1
    var ordinalDay: String?
    if view.isSymbol(cursor, "."), rules.ordinals["."] != nil {
      cursor += 1  // German "30. Oktober": read by the pattern's day rule set
    } else if let suffixed = ordinal(at: index), suffixed.end > cursor {
      ordinalDay = suffixed.spoken
      cursor = suffixed.end
    }
    cursor = skipLinker(view.skippingSpace(cursor))
    guard let (month, afterMonth) = month(at: cursor) else { return nil }
    let (year, end) = year(after: afterMonth)
    let date = WrittenDate(day: day, month: month, year: year, ordinalDay: ordinalDay)
    return dateReading(date, start: index, end: end, monthFirst: false)
  }

  /// A date at a month name: "October 30, 2019", "Feb. 2019".
  func monthFirstDate(at index: Int) -> Reading? {
    // A number follows the month (after its full stop and a space): most words, asked here
    // one by one, have none so near, and are let go before their month is looked up.
    guard (1...3).contains(where: { view.isNumber(index + $0) }),
      let (month, afterMonth) = month(at: index)
    else { return nil }
    var cursor = view.skippingSpace(afterMonth)
    var day: Int?
    var ordinalDay: String?
    if view.isNumber(cursor, digits: 1...2), let token = view[cursor],
      let value = Int(token.digits),
      (1...31).contains(value), cursor != afterMonth
    {
      // "October 4-6, 2002": a range of days is read as numbers ("4 to 6"), not as a date.
      if view.isSymbol(cursor + 1, "-\u{2013}"), view.isNumber(cursor + 2, digits: 1...2) {
        return nil
      }
      day = value
      if let suffixed = ordinal(at: cursor) {
        ordinalDay = suffixed.spoken
        cursor = suffixed.end
      } else if let suffix = view[cursor + 1], suffix.kind == .word {
        // "February 23rd": the suffix is read by the month-first day rule set, if any.
        guard suffix.text.count <= 3, suffix.text.allSatisfy(\.isLowercase),
          rules.dates["day-month-first"] != nil
        else { return nil }
        cursor += 2
      } else {
        cursor += 1
      }
    } else if !view.isNumber(cursor, digits: 4...4) {
      return nil
    }
    if day != nil, view.isSymbol(cursor, ","),
      view.isNumber(view.skippingSpace(cursor + 1), digits: 4...4)
    {
      cursor += 1
    }
    let (year, end) = year(after: day == nil ? afterMonth : cursor)
    if day == nil && year == nil { return nil }
    let date = WrittenDate(day: day, month: month, year: year, ordinalDay: ordinalDay)
    return dateReading(date, start: index, end: end, monthFirst: day != nil)
  }

  /// `30.10.2019`, `30/10/2019`, `2019-10-30`, `2019/10/30`: the date and the token after.
  func numericDate(at index: Int) -> (WrittenDate, Int)? {
    guard view.isNumber(index), let separator = view[index + 1], separator.kind == .symbol,
      "./-".contains(separator.text), view.isNumber(index + 2),
      view[index + 3]?.text
        == separator.text, view.isNumber(index + 4),
      let a = view[index], let b = view[index + 2], let c = view[index + 4]
    else { return nil }
    if let after = view[index + 5],
      after.kind == .number || after.kind == .word
        || (".,/-".contains(after.text) && view.isNumber(index + 6))
    {
      return nil
    }
    let iso = a.digits.count == 4 && b.digits.count <= 2 && c.digits.count <= 2
    guard iso || (a.digits.count <= 2 && b.digits.count <= 2 && c.digits.count == 4),
      separator.text != "-" || iso || rules.dates["order"] != nil
    else { return nil }
    let year = iso ? a.digits : c.digits
    var (day, month) = iso ? (Int(c.digits), Int(b.digits)) : (Int(a.digits), Int(b.digits))
    // Slashes follow the language's order (mdy in American English) unless a number says.
    if !iso, separator.text == "/", rules.dates["order"] == "mdy" || (month ?? 0) > 12 {
      swap(&day, &month)
    }
    guard let day, let month, (1...12).contains(month), (1...31).contains(day) else {
      return nil
    }
    return (WrittenDate(day: day, month: month, year: year), index + 5)
  }

  /// The month name or abbreviation at `index` (with its full stop), and the token after.
  func month(at index: Int) -> (Int, Int)? {
    guard let token = view[index], token.kind == .word, let first = token.text.first,
      rules.monthInitials.contains(NormalizationToken.lowercased(first)),
      !keeping(token.text)
    else { return nil }
    if rules.capitalizedMonths, first.isLowercase { return nil }
    // A word in capitals is a month only when it is not all capitals ("OCT" is an office).
    if token.text.count > 1, token.text.allSatisfy(\.isUppercase), token.text.count <= 4 {
      return nil
    }
    guard let month = rules.months[NormalizationRules.monthKey(token.text)] else { return nil }
    let dotted = view.isSymbol(index + 1, ".") && token.text.count < 5
    return (month, dotted ? index + 2 : index + 1)
  }

  /// A year after a date's month ("…, 2019", "… de 2019", "… 2019 г."), and the token after.
  func year(after index: Int) -> (String?, Int) {
    var cursor = view.skippingSpace(index)
    if view.isSymbol(cursor, ",") { cursor = view.skippingSpace(cursor + 1) }
    cursor = skipLinker(cursor)
    guard cursor > index, view.isNumber(cursor, digits: 4...4), let token = view[cursor],
      view.standsAlone(from: cursor, to: cursor + 1) || view.isSymbol(cursor + 1, ".,;:!?)")
    else { return (nil, index) }
    var end = cursor + 1
    if view.isSpace(end), let (_, after) = rules.yearWords.match(view, at: end + 1) {
      end = after
    }
    return (token.digits, end)
  }

  /// Past the language's date linker (`de` in "9 de mayo de 2021") and a space.
  func skipLinker(_ index: Int) -> Int {
    guard let linker = rules.dates["linker"], view[index]?.text == linker, view.isSpace(index + 1)
    else { return index }
    return index + 2
  }

  /// The date said by the pattern; nil when that is what is written. A date without a day
  /// is said from the month on, one without a year up to the placeholder before the year.
  func dateReading(_ date: WrittenDate, start: Int, end: Int, monthFirst: Bool) -> Reading? {
    let key = monthFirst ? "pattern-month-first" : "pattern"
    let pattern = rules.dates[key] ?? rules.dates["pattern"] ?? "{d} {MMMM} {y}"
    let beforeYear = pattern.firstRange(of: "{y}").map { pattern[..<$0.lowerBound] } ?? ""
    let lastBeforeYear = ["{d}", "{MMMM}"].max {
      (beforeYear.firstRange(of: $0)?.lowerBound ?? beforeYear.startIndex)
        < (beforeYear.firstRange(of: $1)?.lowerBound ?? beforeYear.startIndex)
    }
    let said = PatternTemplate.cut(
      pattern, from: date.day == nil ? "{MMMM}" : nil,
      through: date.year == nil ? lastBeforeYear : nil)
    let name =
      rules.monthNames.indices.contains(date.month - 1)
      ? rules.monthNames[date.month - 1] : String(date.month)
    var spoken = PatternTemplate.render(
      said,
      [
        "d": sayDay(date, monthFirst, start), "MMMM": name,
        "y": sayYear(date.year ?? "", monthFirst: monthFirst),
      ])
    if spoken.hasSuffix(",") { spoken.removeLast() }
    let written = text(start, end)
    return spoken == written ? nil : Reading(end: end, spoken: spoken)
  }

  /// The day: its ordinal as written, the language's `first-day`, or its rule set's words.
  private func sayDay(_ date: WrittenDate, _ monthFirst: Bool, _ start: Int) -> String {
    guard let day = date.day else { return "" }
    if let ordinal = date.ordinalDay { return ordinal }
    if day == 1, let first = rules.dates["first-day"] { return first }
    var ruleSet = rules.dates[monthFirst ? "day-month-first" : "day"]
    if ruleSet != nil, let before = view.wordBefore(start) {
      if let override = rules.ordinalAfter[before.text.lowercased()] {
        ruleSet = override
      } else if let inSentence = rules.dates["day-in-sentence"],
        before.text.first?.isLowercase == true
      {
        // After a word of the sentence, the date says when ("сделанный 15 июня" →
        // "пятнадцатого июня"); alone, or opening its sentence, it names the day.
        ruleSet = inSentence
      }
    }
    guard let ruleSet, let words = speller.spell(String(day), language: language, ruleSet: ruleSet)
    else { return String(day) }
    return words
  }

  /// The year: digits, or its rule set's words and the language's `year-suffix` ("года").
  private func sayYear(_ year: String, monthFirst: Bool) -> String {
    guard !year.isEmpty else { return "" }
    let key = monthFirst && rules.dates["year-month-first"] != nil ? "year-month-first" : "year"
    guard let ruleSet = rules.dates[key],
      let words = speller.spell(year, language: language, ruleSet: ruleSet)
    else { return yearWords(year) ?? year }
    // A language without a year suffix (French) adds no space after the year.
    return [words, rules.dates["year-suffix"] ?? ""].filter { !$0.isEmpty }.joined(
      separator: " ")
  }
}
