import Foundation

/// A date written in a line.
struct FoundDate: Sendable, Hashable {
  /// Where it is, in Unicode scalars of the line.
  var range: Range<Int>
  /// The date as written ("Wednesday, 30 October 2019", "30.10.2019").
  var text: String
  /// The year, month (1…12) and day (nil in "October 2019").
  var year: Int
  var month: Int
  var day: Int?
  /// Whether it is written with digits only ("30.10.2019", "2019-10-30").
  var numeric: Bool
}

extension FoundDate {
  /// Whether this numeric date, read day first ("05/10/2019"), is `written` read month first
  /// ("May 10-12, 2019"): a day of 12 or less may be either, and the written date tells
  /// which order the page writes.
  func readSwapped(_ written: FoundDate) -> Bool {
    numeric && !written.numeric && year == written.year && day == written.month
      && written.day == month
  }
}

/// Finds dates and times in a short line, in any supported language and in the common
/// formats: "30 October 2019", "October 30, 2019", "Wednesday, 30 October 2019",
/// "30.10.2019", "2019-10-30", "2019/3/5", "30 octobre 2019", "1er juin 1992",
/// "7 de octubre de 2008", "30 октября 2019 г.", "٣٠ أكتوبر ٢٠١٩", "2019年10月30日", "Oct. 2019";
/// a time glued to a year ("5 March 202114:07") is cut apart.
///
/// Month and weekday names come from ``DateVocabulary`` (ICU); every date is checked against
/// the Gregorian calendar, so "31.02.2019" is no date. One pass over the line's tokens.
struct DateFinder: Sendable {
  /// The names and pattern words of the languages read.
  let vocabulary: DateVocabulary

  /// The dates of `line`, in order.
  func dates(in line: String) -> [FoundDate] {
    let scan = DateTokens(line)
    var found: [FoundDate] = []
    var index = 0
    while index < scan.tokens.count {
      if let match = numericDate(scan, index) ?? writtenDate(scan, index)
        ?? minguoDate(scan, index)
      {
        var start = index
        if !match.numeric {
          start = rangeStart(scan, before: index) ?? index
          start = weekdayStart(scan, before: start) ?? start
        }
        let range =
          scan.tokens[start].range.lowerBound..<scan.tokens[match.end - 1].range.upperBound
        found.append(
          FoundDate(
            range: range, text: scan.text(range), year: match.year, month: match.month,
            day: match.day, numeric: match.numeric))
        index = match.end
      } else {
        index += 1
      }
    }
    return found
  }

  /// A day and a month without a year ("10 июня", "16./17. Dezember", "20 de junio",
  /// "June 10"), as written: the date of an address whose year nothing states.
  func dayAndMonth(in line: String) -> String? {
    let scan = DateTokens(line)
    for i in scan.tokens.indices {
      var end: Int?
      switch scan.tokens[i].kind {
      case .number(let day, let digits) where digits <= 2:
        let j = scan.skipFillers(scan.skipOrdinal(after: i), vocabulary)
        if let (month, after) = self.month(scan, j), Self.isValid(2000, month, day) {
          end = after
        }
      case .word:
        // A month glued to numbers ("07sep04") is a compact posting stamp, no day and month.
        if let (month, after) = self.month(scan, i), !scan.attached(before: i),
          case let next = scan.skipFillers(after, vocabulary),
          case .number(let day, let digits)? = scan.kind(next), digits <= 2,
          scan.tokens[next].spaced || next > after,
          Self.isValid(2000, month, day)
        {
          end = next + 1
        }
      default: break
      }
      if var end {
        // Not the full stop after the month ("… el 3 de mayo.").
        while end - 1 > i, case .mark = scan.tokens[end - 1].kind { end -= 1 }
        return scan.text(scan.tokens[i].range.lowerBound..<scan.tokens[end - 1].range.upperBound)
      }
    }
    return nil
  }

  /// The first date of `line`, if any.
  func find(in line: String) -> FoundDate? {
    dates(in: line).first
  }

  /// The times of `line` ("14:07", "9:30 a.m.", "15h30"), as scalar ranges.
  func times(in line: String) -> [Range<Int>] {
    let scan = DateTokens(line)
    var ranges: [Range<Int>] = []
    var index = 0
    while index < scan.tokens.count {
      guard let end = time(scan, index) else {
        index += 1
        continue
      }
      ranges.append(scan.tokens[index].range.lowerBound..<scan.tokens[end - 1].range.upperBound)
      index = end
    }
    return ranges
  }

  struct Match {
    var end: Int
    var year: Int
    var month: Int
    var day: Int?
    var numeric: Bool
  }

  /// "30.10.2019", "30/10/2019", "2019-10-30", "2019/3/5": three numbers joined by one mark.
  private func numericDate(_ scan: DateTokens, _ i: Int) -> Match? {
    guard i + 4 < scan.tokens.count, case .number(let a, let aDigits) = scan.tokens[i].kind,
      case .mark(let separator) = scan.tokens[i + 1].kind, "./-".unicodeScalars.contains(separator),
      case .number(let b, let bDigits) = scan.tokens[i + 2].kind,
      scan.tokens[i + 3].kind == .mark(separator),
      case .number(let c, let cDigits) = scan.tokens[i + 4].kind,
      (1...4).allSatisfy({ !scan.tokens[i + $0].spaced })
    else { return nil }
    // Part of a longer run ("1.2.3.4", "10.30.2019.5") is a version or a number, not a date.
    if scan.attached(before: i) || scan.continues(after: i + 4, separator) { return nil }
    let (year, month, day): (Int, Int, Int)
    if aDigits == 4 && bDigits <= 2 && cDigits <= 2 {
      (year, month, day) = (a, b, c)
    } else if cDigits == 4 && aDigits <= 2 && bDigits <= 2 {
      // Day first, as most of the world writes it; month first only when the day says so.
      (year, month, day) = b > 12 && a <= 12 ? (c, a, b) : (c, b, a)
    } else if cDigits == 2 && separator != "-"
      && ((aDigits == 2 && bDigits == 2) || (separator == "/" && aDigits <= 2 && bDigits <= 2))
    {
      // "08/29/16", "30.10.19": a two-digit year only when every part is zero-padded, as
      // dates are and counters or versions ("1.2.16") are not; or between slashes, as
      // ICU's short dates write it ("16/4/09", "3/5/19"), which no version does.
      let century = c < Self.twoDigitPivot ? 2000 : 1900
      (year, month, day) = b > 12 && a <= 12 ? (century + c, a, b) : (century + c, b, a)
    } else {
      return nil
    }
    guard Self.isValid(year, month, day) else { return nil }
    return Match(end: i + 5, year: year, month: month, day: day, numeric: true)
  }

  /// A date with its month in words, or a year-month-day date with the pattern words of
  /// CJK languages (2019年10月30日).
  private func writtenDate(_ scan: DateTokens, _ i: Int) -> Match? {
    switch scan.tokens[i].kind {
    case .number(let day, let digits) where digits <= 2:
      // 30 October 2019, 1er juin 1992, 30. Oktober 2019, 7 de octubre de 2008
      var j = scan.skipOrdinal(after: i)
      j = scan.skipFillers(j, vocabulary)
      guard let (month, afterMonth) = self.month(scan, j),
        let (year, end) = self.year(scan, scan.skipFillers(afterMonth, vocabulary)),
        Self.isValid(year, month, day)
      else { return nil }
      return Match(end: end, year: year, month: month, day: day, numeric: false)
    case .number(let year, 4):
      // 2019年10月30日, 2019 년 10월 30일
      let afterYear = scan.skipFillers(i + 1, vocabulary)
      guard afterYear > i + 1, case .number(let month, _)? = scan.kind(afterYear),
        case .number(let day, _)? = scan.kind(scan.skipFillers(afterYear + 1, vocabulary)),
        scan.skipFillers(afterYear + 1, vocabulary) > afterYear + 1,
        Self.isValid(year, month, day)
      else { return nil }
      let end = scan.skipTrailer(after: scan.skipFillers(afterYear + 1, vocabulary) + 1, vocabulary)
      return Match(end: end, year: year, month: month, day: day, numeric: false)
    case .word:
      // October 30, 2019; Oct. 2019
      guard let (month, afterMonth) = self.month(scan, i) else { return nil }
      let next = scan.skipFillers(afterMonth, vocabulary)
      if case .number(let day, let digits)? = scan.kind(next), digits <= 2,
        case let last = rangeEnd(scan, after: next) ?? next,
        let (year, end) = self.year(
          scan, scan.skipFillers(scan.skipOrdinal(after: last), vocabulary)),
        Self.isValid(year, month, day)
      {
        return Match(end: end, year: year, month: month, day: day, numeric: false)
      }
      guard let (year, end) = self.year(scan, next), Self.isValid(year, month, 1) else {
        return nil
      }
      return Match(end: end, year: year, month: month, day: nil, numeric: false)
    default:
      return nil
    }
  }

  /// A month name at token `j`: the month and the index after it (and after its stop).
  private func month(_ scan: DateTokens, _ j: Int) -> (Int, Int)? {
    guard let (count, meaning) = scan.name(at: j, vocabulary),
      case .month(let month) = meaning
    else { return nil }
    var end = scan.skipStop(scan.tokenAfterWords(from: j, count: count))
    // The month in two calendars' names: "أيلول/سبتمبر". When the two disagree, a slip of
    // the writer's ("16 أيلول/ديسمبر 2021"), the second, the international name, is read: a
    // date cut at the slash would leave its day and month apart from its year.
    if scan.kind(end) == .mark("/"), let (other, meaning) = scan.name(at: end + 1, vocabulary),
      case .month(let second) = meaning
    {
      end = scan.skipStop(scan.tokenAfterWords(from: end + 1, count: other))
      return (second, end)
    }
    return (month, end)
  }

  /// A four-digit year at token `j` (with a trailer such as "г." after it).
  private func year(_ scan: DateTokens, _ j: Int) -> (Int, Int)? {
    guard case .number(let year, 4)? = scan.kind(j), (1000...2999).contains(year) else {
      return nil
    }
    return (year, scan.skipTrailer(after: j + 1, vocabulary))
  }

  /// The dashes that join the first and last days of a meeting ("4-6 October 2002").
  private static let rangeDashes: Set<Unicode.Scalar> = ["-", "\u{2013}", "\u{2014}"]

  /// The first day of a range of days that ends with the day at token `i` ("4-6 October",
  /// "4–6 октября"): a day, a dash and no space on either side of it.
  private func rangeStart(_ scan: DateTokens, before i: Int) -> Int? {
    guard i >= 2, case .number(let last, _) = scan.tokens[i].kind,
      case .mark(let dash) = scan.tokens[i - 1].kind, Self.rangeDashes.contains(dash),
      !scan.tokens[i - 1].spaced, !scan.tokens[i].spaced,
      case .number(let first, let digits) = scan.tokens[i - 2].kind, digits <= 2,
      first >= 1, first < last, !scan.attached(before: i - 2)
    else { return nil }
    return i - 2
  }

  /// The token of a range's last day after the first day at token `i` ("October 4-6, 2002").
  private func rangeEnd(_ scan: DateTokens, after i: Int) -> Int? {
    guard case .number(let first, _)? = scan.kind(i),
      case .mark(let dash)? = scan.kind(i + 1), Self.rangeDashes.contains(dash),
      !scan.tokens[i + 1].spaced,
      case .number(let last, let digits)? = scan.kind(i + 2), digits <= 2,
      !scan.tokens[i + 2].spaced, last > first, last <= 31
    else { return nil }
    return i + 2
  }

  /// Whether a text is a day of the week's name alone ("Saturday", "السبت", "samedi").
  func isWeekday(_ text: String) -> Bool {
    let keys = WordKey.keys(TextScan.prefix(text, 40))
    guard let (count, meaning) = vocabulary.name(keys, at: 0) else { return false }
    return meaning == .weekday && count == keys.count
  }

  /// The start of a weekday name just before token `i` ("Wednesday, 30 October 2019").
  private func weekdayStart(_ scan: DateTokens, before i: Int) -> Int? {
    var j = i - 1
    while j >= 0, case .mark(let mark) = scan.tokens[j].kind, mark == "," || mark == "\u{060C}" {
      j -= 1
    }
    for start in stride(from: j, through: max(0, j - 2), by: -1) {
      if let (count, meaning) = scan.name(at: start, vocabulary), meaning == .weekday,
        scan.tokenAfterWords(from: start, count: count) == j + 1
      {
        return start
      }
    }
    return nil
  }

  /// A time at token `i`: "14:07", "14:07:30", "9:30 a.m.", "15h30"; the index after it.
  private func time(_ scan: DateTokens, _ i: Int) -> Int? {
    guard case .number(let hour, let digits) = scan.tokens[i].kind, digits <= 2, hour <= 24,
      i + 2 < scan.tokens.count, !scan.tokens[i + 1].spaced, !scan.tokens[i + 2].spaced,
      case .number(let minute, 2) = scan.tokens[i + 2].kind, minute < 60
    else { return nil }
    switch scan.tokens[i + 1].kind {
    case .mark(":"): break
    case .word("h"): break
    default: return nil
    }
    var end = i + 3
    if end + 1 < scan.tokens.count, scan.tokens[end].kind == .mark(":"),
      case .number(_, 2) = scan.tokens[end + 1].kind
    {
      end += 2
    }
    return scan.skipDayPeriod(end)
  }
}
