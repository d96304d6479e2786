import Foundation
import Synchronization

/// ICU's names of the months and weekdays of one locale, and its long date patterns, read once
/// per process through Foundation's `DateFormatter`.
///
/// Opening an ICU date formatter costs about a millisecond per locale, and structure reading,
/// normalization, the intro and the file tags all ask for the same locales' names: every
/// planner of a `watch` and every preview would otherwise open them again.
struct LocaleDateNames: Sendable {
  /// The month names in their format forms ("octobre", "октября"), January first.
  let months: [String]
  /// Every month list: format and stand-alone, wide and abbreviated.
  let monthLists: [[String]]
  /// Every weekday list: format and stand-alone wide, and format abbreviated.
  let weekdayLists: [[String]]
  /// The locale's patterns for the templates `yMMMMd`, `yMMMd` and `yMd`.
  let longPatterns: [String]

  private static let known = Mutex<[String: LocaleDateNames]>([:])

  /// The names of the ICU locale `identifier` (`fr`, `ar_LB` …).
  static func of(_ identifier: String) -> LocaleDateNames {
    if let names = known.withLock({ $0[identifier] }) { return names }
    // Read outside the lock: two threads may read one locale twice, never block each other.
    let names = LocaleDateNames(reading: identifier)
    known.withLock { $0[identifier] = names }
    return names
  }

  /// Reads the names of every locale of `identifiers` not read yet (ahead of their use, on
  /// another thread).
  static func read(_ identifiers: [String]) {
    for identifier in identifiers { _ = of(identifier) }
  }

  private init(reading identifier: String) {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: identifier)
    months = formatter.monthSymbols
    monthLists = [
      formatter.monthSymbols, formatter.standaloneMonthSymbols, formatter.shortMonthSymbols,
      formatter.shortStandaloneMonthSymbols,
    ]
    weekdayLists = [
      formatter.weekdaySymbols, formatter.standaloneWeekdaySymbols, formatter.shortWeekdaySymbols,
    ]
    longPatterns = ["yMMMMd", "yMMMd", "yMd"].map {
      DateFormatter.dateFormat(fromTemplate: $0, options: 0, locale: formatter.locale) ?? ""
    }
  }
}
