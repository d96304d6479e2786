/// What one line of a document looks like: printed paragraph number, final punctuation,
/// and the marks of web-page furniture (labels, navigation, delivery notes, page numbers),
/// which are not part of the address wherever they stand.
enum LineShape {
  /// The longest line that can be part of a header; longer lines are body text. Bounds the
  /// work done on a pathological line too.
  static let longestHeaderLine = 400

  /// The printed paragraph number at the start of a line ("12. In …", "3) …", "7.\tIn …"):
  /// the number and the index (in scalars) where the paragraph's text starts, or nil.
  static func paragraphNumber(_ line: String) -> (number: Int, textStart: Int)? {
    let s = Array(line.unicodeScalars.prefix(16))
    var index = 0
    while index < s.count && TextScan.isSpace(s[index]) { index += 1 }
    let digitsStart = index
    while index < s.count && ("0"..."9").contains(s[index]) { index += 1 }
    let digits = index - digitsStart
    guard (1...3).contains(digits), index < s.count, s[index] == "." || s[index] == ")",
      let number = Int(TextScan.string(s[digitsStart..<index]))
    else { return nil }
    index += 1
    // A number alone on its line ("7.") numbers the next line; otherwise a space must follow.
    if index == s.count && s.count < 16 { return (number, index) }
    guard index < s.count, TextScan.isSpace(s[index]) else { return nil }
    while index < s.count && TextScan.isSpace(s[index]) { index += 1 }
    return (number, index)
  }

  /// The line's last punctuation mark, past closing quotes and brackets, if it is one of
  /// `. ! ? … ; , :` (`…` reported as `.`); nil when it ends with a letter or digit.
  static func lastMark(_ line: String) -> Character? {
    for scalar in line.unicodeScalars.reversed() {
      if TextScan.isSpace(scalar) || TextScan.isCloser(scalar) { continue }
      switch scalar {
      case ".", "\u{2026}", "\u{3002}": return "."
      case "!", "\u{FF01}": return "!"
      case "?", "\u{FF1F}", "\u{061F}": return "?"
      case ";", ",", ":": return Character(scalar)
      // Full-width and Arabic clause marks: "女士们，先生们：", "أصحاب السعادة،".
      case "\u{FF0C}", "\u{3001}", "\u{060C}": return ","
      case "\u{FF1B}", "\u{061B}": return ";"
      case "\u{FF1A}": return ":"
      default: return nil
      }
    }
    return nil
  }

  /// Whether the line ends as a sentence does.
  static func endsSentence(_ line: String) -> Bool {
    switch lastMark(line) {
    case ".", "!", "?": true
    default: false
    }
  }

  /// Labels of fields that web pages and press releases print around an address.
  static let labels: Set<String> = [
    "version", "remarks", "speech", "statement", "date", "dates", "location", "place", "venue",
    "speaker", "event", "title", "language", "languages", "source", "status", "tags", "tag",
    "category", "categories", "posted", "published", "updated", "author", "photo", "photos",
    "image", "credit", "contact", "reference", "ref", "type", "topic", "topics", "share",
    "download", "print", "time", "occasion", "delivered", "check",
  ]

  /// A "Label: value" line ("Version: Final | 30 October 2019"), or a line of fields
  /// separated by vertical bars: the label, or "|" for a bar line.
  static func label(_ line: String) -> String? {
    guard line.unicodeScalars.count <= longestHeaderLine, !endsSentence(line) else { return nil }
    if let colon = line.firstIndex(of: ":") {
      let head = TextScan.words(String(line[..<colon]))
      if (1...2).contains(head.count), let first = head.first,
        labels.contains(first.lowercased())
      {
        return head.joined(separator: " ")
      }
    }
    // "Home | News | Speeches": short fields between bars. A long line with a bar is text.
    guard line.contains("|") else { return nil }
    let fields = line.split(separator: "|").map { TextScan.words(String($0)).count }
    return fields.allSatisfy { $0 <= 5 } && fields.reduce(0, +) <= 12 ? "|" : nil
  }

  /// Navigation links and sharing buttons of a web page, by their first words.
  static let navigation = [
    "back to", "return to", "go to", "go back", "share", "share this", "print", "print this",
    "top of page", "back to top", "read more", "see also", "related", "next", "previous",
    "home", "all news", "more news", "download", "follow us", "subscribe", "email this",
    "click here", "skip to",
  ]

  /// Whether the line is page navigation ("Back to the all news", "Share this page").
  static func isNavigation(_ line: String) -> Bool {
    let words = TextScan.words(line)
    guard !words.isEmpty, words.count <= 8, !endsSentence(line) else { return false }
    let lower = words.joined(separator: " ").lowercased()
    return navigation.contains { lower == $0 || lower.hasPrefix($0 + " ") }
  }

  /// Notes about the text itself, not part of it ("As delivered", "Check against delivery").
  static let deliveryNotes = [
    "as delivered", "check against delivery", "as prepared for delivery", "as prepared",
    "embargoed", "unofficial translation", "original", "draft", "final", "text as delivered",
    "speaking notes", "transcript", "final version",
  ]

  /// Whether the line is a delivery note.
  static func isDeliveryNote(_ line: String) -> Bool {
    let words = TextScan.words(line)
    guard !words.isEmpty, words.count <= 6 else { return false }
    let lower = words.joined(separator: " ").lowercased()
    // "Final." is a note, "Final words matter." a sentence.
    let sentence = endsSentence(line)
    return deliveryNotes.contains { lower == $0 || !sentence && lower.hasPrefix($0 + " ") }
  }

  /// Whether the line is "Page 2", "Page 2 of 5" or "p. 2".
  static func isPageNumber(_ line: String) -> Bool {
    let words = TextScan.words(line).map { $0.lowercased() }
    guard let first = words.first, first == "page" || first == "p",
      (2...4).contains(words.count), words[1].allSatisfy(\.isNumber)
    else { return false }
    return words.count == 2
      || (words.count == 4 && words[2] == "of" && words[3].allSatisfy(\.isNumber))
  }

  /// Whether the line holds no letters at all: a page number ("- 2 -", "2/5"), a rule of
  /// dashes or stars.
  static func hasNoLetters(_ line: String) -> Bool {
    !line.unicodeScalars.contains { $0.properties.isAlphabetic }
  }

  /// Why the line is not spoken, or nil when it may be part of the address.
  static func furnitureReason(_ line: String) -> String? {
    // Furniture is short; a long line is text, and is not scanned further here.
    if line.unicodeScalars.count > LineShape.longestHeaderLine { return nil }
    if LineShape.isNavigation(line) { return "page navigation, not part of the address" }
    if let label = LineShape.label(line) {
      return label == "|"
        ? "page fields separated by bars, not part of the address"
        : "page label (\(label)), not part of the address"
    }
    if LineShape.isDeliveryNote(line) { return "delivery note, not part of the address" }
    if LineShape.hasNoLetters(line) && LineShape.paragraphNumber(line) == nil
      && DateFinder.find(in: line) == nil
    {
      return "no words: a page number or a rule"
    }
    if isPageNumber(line) { return "page number" }
    return nil
  }
}
