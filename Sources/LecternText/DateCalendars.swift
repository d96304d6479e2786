import Foundation

/// The calendars a found date is checked and written in: the Gregorian calendar every date
/// is checked against and spelled out in, the Republic of China (Minguo) calendar, which
/// Taiwan's government pages print without the era's name: "111年10月17日" is 17 October 2022,
/// and the Japanese eras, printed with theirs: "平成26年6月9日" is 9 June 2014.
///
/// A year of one to three digits can only be a Minguo year in a full year-month-day date
/// written with the CJK pattern words (年 月 日, which ICU's long date patterns give): a
/// Gregorian year has four digits there. Foundation's `.republicOfChina` calendar converts it.
extension DateFinder {
  /// Two-digit years below it are of this century, the others of the last ("16" is 2016,
  /// "89" is 1989).
  static let twoDigitPivot = 70

  /// The latest Minguo year read (2111): a larger short number before 年 is a count of years.
  static let latestMinguoYear = 200

  /// A Minguo year-month-day date at token `i` ("111年10月17日"), with its Gregorian year, or
  /// a Japanese era's ("平成26年6月9日", from the era's name at token `i`).
  func minguoDate(_ scan: DateTokens, _ i: Int) -> Match? {
    var start = i
    var era: Int?
    // An era's name is two Han letters: the table is not built for a text without them.
    if case .word(let first)? = scan.kind(i), first.unicodeScalars.count == 1,
      first.unicodeScalars.first.map({ Script(of: $0) == .han }) == true,
      case .word(let second)? = scan.kind(i + 1), let found = Self.japaneseEras[first + second]
    {
      era = found
      start = i + 2
    }
    guard case .number(let short, let digits)? = scan.kind(start), digits <= 3,
      (1...Self.latestMinguoYear).contains(short),
      case .word(let yearWord)? = scan.kind(start + 1), vocabulary.fillers.contains(yearWord),
      case .number(let month, _)? = scan.kind(start + 2),
      case .word(let monthWord)? = scan.kind(start + 3), vocabulary.fillers.contains(monthWord),
      case .number(let day, _)? = scan.kind(start + 4),
      let year = Self.gregorianYear(era: era, short, month: month, day: day),
      Self.isValid(year, month, day)
    else { return nil }
    let end = scan.skipTrailer(after: start + 5, vocabulary)
    return Match(end: end, year: year, month: month, day: day, numeric: false)
  }

  /// The eras of Foundation's Japanese calendar by name ("平成" → its era number), as ICU
  /// writes them in Japanese: a year of one or two digits after one counts from its start.
  static let japaneseEras: [String: Int] = {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "ja_JP")
    formatter.calendar = Calendar(identifier: .japanese)
    var eras: [String: Int] = [:]
    for (index, name) in (formatter.eraSymbols ?? []).enumerated() where name.count == 2 {
      eras[name] = index
    }
    return eras
  }()

  /// The Gregorian year of a day in Minguo year `year` (1 is 1912), or of the Japanese era
  /// `era`, by Foundation's calendars; nil when the day does not exist.
  static func gregorianYear(era: Int?, _ year: Int, month: Int, day: Int) -> Int? {
    let utc = TimeZone(identifier: "UTC") ?? TimeZone.current
    var calendar = Calendar(identifier: era == nil ? .republicOfChina : .japanese)
    calendar.timeZone = utc
    var gregorian = Calendar(identifier: .gregorian)
    gregorian.timeZone = utc
    let components = DateComponents(era: era ?? 1, year: year, month: month, day: day)
    guard let date = calendar.date(from: components) else { return nil }
    return gregorian.component(.year, from: date)
  }

  /// Whether the day exists in the Gregorian calendar.
  static func isValid(_ year: Int, _ month: Int, _ day: Int) -> Bool {
    guard (1...12).contains(month), (1...31).contains(day), (1000...2999).contains(year) else {
      return false
    }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let components = DateComponents(year: year, month: month, day: day)
    guard let date = calendar.date(from: components) else { return false }
    return calendar.component(.day, from: date) == day
  }

  /// Finds dates with English month names only (numeric dates need no names).
  static let numericOnly = DateFinder(vocabulary: DateVocabulary(locales: []))

  /// The date in words ("30 October 2019") for a numeric date ("30.10.2019", "2019-10-30",
  /// "2019/3/5"); nil for anything else. The intro writes it out in its language from this.
  static func spelledOut(_ date: String) -> String? {
    guard let found = numericOnly.find(in: date), found.numeric, let day = found.day else {
      return nil
    }
    return "\(day) \(LocaleDateNames.of("en").months[found.month - 1]) \(found.year)"
  }

  /// The date in words in `language` ("30 October 2019", "30 octobre 2019"), formatted by
  /// Foundation's long date style for a numeric date; nil for a date already in words.
  static func spelledOut(_ date: FoundDate, language: String) -> String? {
    guard date.numeric else { return nil }
    return longForm(date, locale: language)
  }

  /// The date in `locale`'s long form without the day of the week ("30 octobre 2019" in
  /// `fr_FR`, "22 de agosto de 2012" in `es_ES`); nil without a day.
  static func longForm(_ date: FoundDate, locale: String) -> String? {
    guard let day = date.day else { return nil }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    guard
      let value = calendar.date(from: DateComponents(year: date.year, month: date.month, day: day))
    else { return nil }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: locale)
    formatter.calendar = calendar
    formatter.timeZone = calendar.timeZone
    formatter.setLocalizedDateFormatFromTemplate("dMMMMy")
    return formatter.string(from: value)
  }
}
