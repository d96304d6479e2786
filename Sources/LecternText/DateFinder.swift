/// Finds a date written in a header line: "30 October 2019", "October 30, 2019",
/// "Wednesday, 30 October 2019", "Oct. 2019", "30.10.2019", "2019-10-30".
///
/// Works on the words of one short line; returns the date as written and where it is, so
/// that the rest of the line (a place, an event) can be read on its own.
enum DateFinder {
  /// Month names and abbreviations (lower case) with their numbers.
  static let months: [String: Int] = [
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1,
    "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
  ]
  static let weekdays: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]

  /// A token: a run of characters between spaces and commas, without a final full stop.
  private struct Token {
    var text: String
    var range: Range<Int>
  }

  /// The first date in `line`: its text as written and its range in the line's characters.
  static func find(in line: String) -> (date: String, range: Range<Int>)? {
    let chars = Array(line)
    let tokens = tokenize(chars)
    for (i, token) in tokens.enumerated() {
      var last: Int?
      if isNumericDate(token.text) {
        last = i
      } else if isDay(token.text), i + 2 < tokens.count, isMonth(tokens[i + 1].text),
        isYear(tokens[i + 2].text)
      {
        last = i + 2
      } else if isMonth(token.text), i + 1 < tokens.count {
        if isDay(tokens[i + 1].text), i + 2 < tokens.count, isYear(tokens[i + 2].text) {
          last = i + 2
        } else if isYear(tokens[i + 1].text) {
          last = i + 1
        }
      }
      guard let end = last else { continue }
      var first = i
      if i > 0 && weekdays.contains(tokens[i - 1].text.lowercased()) { first = i - 1 }
      let range = tokens[first].range.lowerBound..<tokens[end].range.upperBound
      return (String(chars[range]), range)
    }
    return nil
  }

  /// The date in words ("30 October 2019") for a numeric day-month-year date with dots or
  /// slashes ("30.10.2019"), or for an ISO date ("2019-10-30"); nil for anything else.
  static func spelledOut(_ date: String) -> String? {
    let names = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December",
    ]
    let parts = date.split(whereSeparator: { $0 == "." || $0 == "/" || $0 == "-" }).compactMap {
      Int($0)
    }
    guard parts.count == 3 else { return nil }
    let (day, month, year) =
      date.contains("-") ? (parts[2], parts[1], parts[0]) : (parts[0], parts[1], parts[2])
    guard (1...12).contains(month), (1...31).contains(day) else { return nil }
    return "\(day) \(names[month - 1]) \(year)"
  }

  private static func tokenize(_ chars: [Character]) -> [Token] {
    var tokens: [Token] = []
    var start: Int?
    for index in 0...chars.count {
      let separator = index == chars.count || chars[index].isWhitespace || chars[index] == ","
      if separator {
        if let begin = start {
          var end = index
          if chars[end - 1] == "." && end - 1 > begin { end -= 1 }
          tokens.append(Token(text: String(chars[begin..<end]), range: begin..<index))
          start = nil
        }
      } else if start == nil {
        start = index
      }
    }
    return tokens
  }

  private static func isMonth(_ text: String) -> Bool {
    months[text.lowercased()] != nil
  }

  private static func isYear(_ text: String) -> Bool {
    text.count == 4 && text.allSatisfy(\.isASCIIDigit)
      && (text.hasPrefix("1") || text.hasPrefix("2"))
  }

  private static func isDay(_ text: String) -> Bool {
    var digits = Substring(text)
    for suffix in ["st", "nd", "rd", "th"] where digits.lowercased().hasSuffix(suffix) {
      digits = digits.dropLast(2)
    }
    guard let day = Int(digits) else { return false }
    return (1...31).contains(day) && digits.count <= 2
  }

  private static func isNumericDate(_ text: String) -> Bool {
    let parts = text.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "/" || $0 == "-" })
    guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) })
    else { return false }
    let lengths = parts.map(\.count)
    return (lengths[0] <= 2 && lengths[1] <= 2 && lengths[2] == 4)
      || (lengths == [4, 2, 2] && text.contains("-"))
  }
}

extension Character {
  /// Whether the character is one of the ASCII digits 0–9.
  fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
