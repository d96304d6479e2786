/// Fills a `say-dates` or `say-times` pattern: `{name}` placeholders replaced by values, in
/// one pass (a pattern is read for every date and time of a text).
enum PatternTemplate {
  /// `pattern` with each `{name}` that `values` holds replaced, spaces collapsed, trimmed.
  static func render(_ pattern: Substring, _ values: [String: String]) -> String {
    var result = ""
    var index = pattern.startIndex
    while index < pattern.endIndex {
      if pattern[index] == "{", let close = pattern[index...].firstIndex(of: "}"),
        let value = values[String(pattern[pattern.index(after: index)..<close])]
      {
        result += value
        index = pattern.index(after: close)
      } else {
        result.append(pattern[index])
        index = pattern.index(after: index)
      }
    }
    return result.split(separator: " ").joined(separator: " ")
  }

  /// The part of `pattern` from the placeholder `first` (or its start) to the end of the
  /// placeholder `last` (or its end): what is said when the date lacks a day or a year.
  static func cut(_ pattern: String, from first: String?, through last: String?) -> Substring {
    var lower = pattern.startIndex
    var upper = pattern.endIndex
    if let first, let range = pattern.firstRange(of: first) { lower = range.lowerBound }
    if let last, let range = pattern[lower...].firstRange(of: last) { upper = range.upperBound }
    return pattern[lower..<upper]
  }
}
