import Foundation

/// Dates of the Republic of China (Minguo) calendar, which Taiwan's government pages print
/// without the era's name: "111年10月17日" is 17 October 2022.
///
/// A year of one to three digits can only be a Minguo year in a full year-month-day date
/// written with the CJK pattern words (年 月 日, which ICU's long date patterns give): a
/// Gregorian year has four digits there. Foundation's `.republicOfChina` calendar converts it.
extension DateFinder {
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
}
