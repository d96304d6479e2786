/// One non-blank line of a document as structure reading sees it.
struct SourceLine: Sendable, Equatable {
  /// The 1-based line number in the file.
  var number: Int
  /// The line without its leading and trailing spaces (and without the fragments taken out).
  var text: String
  /// How many spaces (a tab counts four) the line is indented by.
  var indent: Int
  /// Whether a blank line, or a page break, comes before it.
  var blankBefore: Bool
  /// Whether furniture of a page break (a page number, a running header) was taken out just
  /// before it: the sentence may go on across it.
  var breakBefore = false
}

/// Undoes what a printed copy does to text at page breaks and in its margins: page breaks
/// (form feeds), footnote marks glued to words ("Rwanda1,"), and page numbers that a copy
/// puts inside a sentence ("inter- 12 national"). Each piece taken out is listed, with its
/// line, as a dropped fragment.
enum PageLayout {
  /// The document's non-blank lines, trimmed, with their indentation and breaks.
  static func lines(_ document: Document) -> [SourceLine] {
    var lines: [SourceLine] = []
    var blank = true
    for (index, raw) in document.lines.enumerated() {
      // A form feed is a page break: a paragraph may go on across it.
      let pageBreak = raw.unicodeScalars.contains("\u{0C}")
      let text = TextScan.trimmed(
        pageBreak ? raw.replacingOccurrences(of: "\u{0C}", with: " ") : raw)
      if text.isEmpty {
        blank = true
        continue
      }
      lines.append(
        SourceLine(
          number: index + 1, text: text, indent: indentation(raw), blankBefore: blank,
          breakBefore: pageBreak))
      blank = false
    }
    return lines
  }

  /// The leading spaces of a line, a tab counting four.
  static func indentation(_ raw: String) -> Int {
    var count = 0
    for scalar in raw.unicodeScalars {
      if scalar == "\t" {
        count += 4
      } else if scalar == " " || scalar == "\u{00A0}" {
        count += 1
      } else {
        break
      }
    }
    return count
  }

  /// Takes page numbers out of sentences: a word broken by a hyphen, a number of up to four
  /// digits, and the word going on in lower case ("inter- 12 national" → "international").
  /// Linear in the line's length.
  static func removeInlinePageNumbers(_ line: inout SourceLine, into dropped: inout [DroppedLine]) {
    guard TextScan.holds(0x2D, in: line.text) else { return }
    let s = TextScan.scalars(line.text)
    guard s.count >= 6 else { return }
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(s.count)
    var index = 0
    while index < s.count {
      if s[index] == "-", index > 0, s[index - 1].properties.isLowercase,
        let (number, next) = pageNumber(s, after: index)
      {
        // The word was broken at the end of a printed line: mended ("international").
        dropped.append(
          DroppedLine(
            line: line.number, text: number,
            reason: "page number inside a sentence (a page break of the printed copy)",
            fragment: true))
        index = next
        continue
      }
      out.append(s[index])
      index += 1
    }
    if out.count != s.count { line.text = TextScan.string(out[...]) }
  }

  /// After the hyphen at `hyphen`: spaces, one to four digits, spaces, a lower-case letter.
  /// The number and the index of that letter.
  private static func pageNumber(_ s: [Unicode.Scalar], after hyphen: Int) -> (String, Int)? {
    var index = hyphen + 1
    guard index < s.count, TextScan.isSpace(s[index]) else { return nil }
    while index < s.count && TextScan.isSpace(s[index]) { index += 1 }
    let start = index
    while index < s.count && ("0"..."9").contains(s[index]) { index += 1 }
    guard (1...4).contains(index - start), index < s.count, TextScan.isSpace(s[index]) else {
      return nil
    }
    let number = TextScan.string(s[start..<index])
    while index < s.count && TextScan.isSpace(s[index]) { index += 1 }
    guard index < s.count, s[index].properties.isLowercase else { return nil }
    return (number, index)
  }

  /// A footnote mark: digits glued to the end of a word that ends in a lower-case letter,
  /// before punctuation, a space or the end of the line ("Rwanda1,", "police5").
  struct FootnoteMark {
    var line: Int
    var value: Int
    /// Scalar range of the digits in the line's text.
    var range: Range<Int>
  }

  /// The footnote marks of the lines, if they number the notes 1, 2, 3 … in order (a
  /// sequence that a word with digits, "covid19", does not make).
  static func footnoteMarks(_ lines: [SourceLine]) -> [FootnoteMark] {
    var marks: [FootnoteMark] = []
    for (position, line) in lines.enumerated() {
      let s = TextScan.scalars(line.text)
      var index = 1
      while index < s.count {
        guard ("0"..."9").contains(s[index]), s[index - 1].properties.isLowercase else {
          index += 1
          continue
        }
        let start = index
        while index < s.count && ("0"..."9").contains(s[index]) { index += 1 }
        let after = index < s.count ? s[index] : " "
        if index - start <= 2, TextScan.isSpace(after) || ",;:.)".unicodeScalars.contains(after),
          let value = Int(TextScan.string(s[start..<index]))
        {
          marks.append(FootnoteMark(line: position, value: value, range: start..<index))
        }
      }
    }
    // Keep the longest run numbered 1, 2, 3 … in document order.
    var sequence: [FootnoteMark] = []
    for mark in marks where mark.value == sequence.count + 1 { sequence.append(mark) }
    return sequence.count >= 2 ? sequence : []
  }

  /// Takes the footnote marks out of the lines, listing each.
  static func removeFootnoteMarks(_ lines: inout [SourceLine], into dropped: inout [DroppedLine]) {
    let byLine = Dictionary(grouping: footnoteMarks(lines), by: \.line)
    for (position, marks) in byLine.sorted(by: { $0.key < $1.key }) {
      var s = TextScan.scalars(lines[position].text)
      for mark in marks {
        dropped.append(
          DroppedLine(
            line: lines[position].number, text: TextScan.string(s[mark.range]),
            reason: "footnote mark", fragment: true))
      }
      for mark in marks.reversed() { s.removeSubrange(mark.range) }
      lines[position].text = TextScan.string(s[...])
    }
  }
}

/// Stage directions and time codes inside lines of the address.
extension PageLayout {
  /// Opening brackets and their closing ones, ASCII and full-width.
  static let brackets: [Unicode.Scalar: Unicode.Scalar] = [
    "(": ")", "[": "]", "\u{FF08}": "\u{FF09}", "\u{3010}": "\u{3011}",
  ]

  /// Takes bracketed notes out of a line: "(applause)", "[Laughter]" — a bracket whose whole
  /// content is a phrase of `[furniture-notes]`.
  static func removeInlineNotes(
    _ line: inout SourceLine, rules: FurnitureRules, into dropped: inout [DroppedLine]
  ) {
    // ( [ and the lead bytes of the full-width （ 【: most lines are let go without a copy.
    guard
      TextScan.holdsAny(
        in: line.text, where: { $0 == 0x28 || $0 == 0x5B || $0 == 0xEF || $0 == 0xE3 })
    else { return }
    let s = TextScan.scalars(line.text)
    guard s.contains(where: { brackets[$0] != nil }) else { return }
    var out: [Unicode.Scalar] = []
    var index = 0
    while index < s.count {
      if brackets[s[index]] != nil, let close = closing(s, from: index),
        isNote(TextScan.string(s[(index + 1)..<close]), rules)
      {
        dropped.append(
          DroppedLine(
            line: line.number, text: TextScan.string(s[index...close]),
            reason: "a stage direction in brackets, not part of the address", fragment: true))
        index = close + 1
        if out.last.map(TextScan.isSpace) == true {
          while index < s.count && TextScan.isSpace(s[index]) { index += 1 }
        }
        continue
      }
      out.append(s[index])
      index += 1
    }
    if out.count != s.count { line.text = TextScan.trimmed(TextScan.string(out[...])) }
  }

  /// The index of the bracket that closes the one at `open`, within 60 scalars.
  private static func closing(_ s: [Unicode.Scalar], from open: Int) -> Int? {
    guard let close = brackets[s[open]] else { return nil }
    var index = open + 1
    while index < s.count && index - open <= 60 {
      if s[index] == close { return index }
      if s[index] == s[open] { return nil }
      index += 1
    }
    return nil
  }

  private static func isNote(_ text: String, _ rules: FurnitureRules) -> Bool {
    let keys = WordKey.keys(text)
    return !keys.isEmpty && keys.count <= 5
      && rules.vocabulary.notes.match(keys, at: 0) == keys.count
  }

  /// The length of a video time code at the start of a line ("00:59est …", "1:02:03 Merci"):
  /// one or two digits, a colon, two digits (twice at most), then a letter or a space.
  static func timecodeLength(_ text: String) -> Int? {
    let s = Array(text.unicodeScalars.prefix(12))
    var index = 0
    func digits(_ count: ClosedRange<Int>) -> Bool {
      let start = index
      while index < s.count && ("0"..."9").contains(s[index]) { index += 1 }
      return count.contains(index - start)
    }
    guard digits(1...2), index < s.count, s[index] == ":" else { return nil }
    index += 1
    guard digits(2...2) else { return nil }
    if index < s.count && s[index] == ":" {
      index += 1
      guard digits(2...2) else { return nil }
    }
    guard index < s.count, s[index].properties.isAlphabetic || TextScan.isSpace(s[index]) else {
      return nil
    }
    return index
  }

  /// Takes the time codes off the lines that start with one, when at least two do (a video
  /// transcript); each is listed as a dropped fragment.
  static func removeTimecodes(_ lines: inout [SourceLine], into dropped: inout [DroppedLine]) {
    let coded = lines.indices.filter { timecodeLength(lines[$0].text) != nil }
    guard coded.count >= 2 else { return }
    for index in coded {
      guard let length = timecodeLength(lines[index].text) else { continue }
      let s = TextScan.scalars(lines[index].text)
      dropped.append(
        DroppedLine(
          line: lines[index].number, text: TextScan.string(s[..<length]),
          reason: "a time code of the video, not part of the address", fragment: true))
      lines[index].text = TextScan.trimmed(TextScan.string(s[length...]))
    }
  }
}

extension PageLayout {
  /// How many lines at the top of a page are looked at for a date glued to what follows it.
  static let gluedDateLines = 40

  /// Cuts a date stamp glued to the next line's words ("28 декабрь, 2017Многоуважаемый
  /// господин Президент,") off into a line of its own: the copy lost the line break after the
  /// page's date, so the date stays a header fact and the salutation is spoken. Only the first
  /// lines of a page (where a date stamp stands) and the first scalars of each are read.
  static func splitGluedDates(_ lines: inout [SourceLine], dates: DateFinder) {
    var index = 0
    while index < min(lines.count, gluedDateLines) {
      let scalars = Array(lines[index].text.unicodeScalars.prefix(48))
      guard
        let glue = scalars.indices.dropFirst().first(where: {
          scalars[$0 - 1].properties.numericType != nil && scalars[$0].properties.isUppercase
        }),
        let date = dates.find(in: TextScan.string(scalars[..<glue])),
        date.range.lowerBound <= 2, date.range.upperBound == glue
      else {
        index += 1
        continue
      }
      var rest = lines[index]
      rest.text = String(lines[index].text.unicodeScalars.dropFirst(glue))
      rest.blankBefore = false
      lines[index].text = TextScan.string(scalars[..<glue])
      lines.insert(rest, at: index + 1)
      index += 2
    }
  }
}
