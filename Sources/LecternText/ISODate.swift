import Foundation

/// Dates as ISO 8601 calendar dates (`2019-10-30`), for file tags.
public enum ISODate {
  /// `date` ("30 October 2019", "October 30, 2019", "30.10.2019", "2019-10-30") as
  /// `YYYY-MM-DD`, or `YYYY-MM` for a month and year; `nil` when it is not a date
  /// ``DateFinder`` reads.
  public static func from(_ date: String) -> String? {
    if let spelled = DateFinder.spelledOut(date) { return from(spelled) }
    let words = date.split(whereSeparator: { $0 == " " || $0 == "," }).map {
      $0.hasSuffix(".") ? String($0.dropLast()) : String($0)
    }
    var day: Int?
    var month: Int?
    var year: Int?
    for word in words {
      let digits = word.lowercased().replacingOccurrences(
        of: "(st|nd|rd|th)$", with: "", options: .regularExpression)
      if let number = DateFinder.months[word.lowercased()] {
        month = number
      } else if let number = Int(digits), word.count == 4 {
        year = number
      } else if let number = Int(digits), (1...31).contains(number) {
        day = number
      }
    }
    guard let year, let month else { return nil }
    let pad = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
    return day.map { "\(year)-\(pad(month))-\(pad($0))" } ?? "\(year)-\(pad(month))"
  }
}
