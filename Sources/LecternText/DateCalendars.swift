import Foundation

/// The calendars a found date is checked and written in: the Gregorian calendar every date
/// is checked against and spelled out in, and the Republic of China (Minguo) calendar, which
/// Taiwan's government pages print without the era's name: "111年10月17日" is 17 October 2022.
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

  /// A Minguo year-month-day date at token `i` ("111年10月17日"), with its Gregorian year.
  func minguoDate(_ scan: DateTokens, _ i: Int) -> Match? {
    guard case .number(let minguo, let digits)? = scan.kind(i), digits <= 3,
      (1...Self.latestMinguoYear).contains(minguo),
      case .word(let yearWord)? = scan.kind(i + 1), vocabulary.fillers.contains(yearWord),
      case .number(let month, _)? = scan.kind(i + 2),
      case .word(let monthWord)? = scan.kind(i + 3), vocabulary.fillers.contains(monthWord),
      case .number(let day, _)? = scan.kind(i + 4),
      let year = Self.gregorianYear(minguo: minguo, month: month, day: day),
      Self.isValid(year, month, day)
    else { return nil }
    let end = scan.skipTrailer(after: i + 5, vocabulary)
    return Match(end: end, year: year, month: month, day: day, numeric: false)
  }

  /// The Gregorian year of a day in Minguo year `minguo` (1 is 1912), by Foundation's
  /// calendars; nil when the day does not exist.
  static func gregorianYear(minguo: Int, month: Int, day: Int) -> Int? {
    let utc = TimeZone(identifier: "UTC") ?? TimeZone.current
    var minguoCalendar = Calendar(identifier: .republicOfChina)
    minguoCalendar.timeZone = utc
    var gregorian = Calendar(identifier: .gregorian)
    gregorian.timeZone = utc
    let components = DateComponents(era: 1, year: minguo, month: month, day: day)
    guard let date = minguoCalendar.date(from: components) else { return nil }
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

  /// The date in `locale`'s long form without the day of the week ("25 December 2008" in
  /// `en_GB`, "22 de agosto de 2012" in `es_ES`); nil without a day.
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
