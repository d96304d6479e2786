/// Dates as ISO 8601 calendar dates (`2019-10-30`), for file tags.
public enum ISODate {
  /// `date` as the header writes it ("30 October 2019", "October 30, 2019", "30.10.2019",
  /// "30 octobre 2019") as `YYYY-MM-DD`, or `YYYY-MM` for a month and year; `nil` when no
  /// date can be read in it. Month names are read in `language` and English (ICU's names).
  public static func from(_ date: String, language: String = "en") -> String? {
    let finder = DateFinder(vocabulary: DateVocabulary(locales: [language]))
    guard let found = finder.find(in: date) else { return nil }
    let pad = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
    let month = "\(found.year)-\(pad(found.month))"
    return found.day.map { "\(month)-\(pad($0))" } ?? month
  }
}
