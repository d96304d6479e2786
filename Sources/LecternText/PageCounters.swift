/// What a document viewer or a printed copy puts into the first lines of the text: the title
/// printed again at the start of the first paragraph ("1、<title><title>(中英对照)  感谢…"),
/// and a page's counter glued to the first word of the next page, inside a sentence that the
/// page break cut ("…正是在他们的支" / "2、持和帮助下…", "… the inter" / "3.national …").
/// And a page number a copy prints between dashes where the page broke ("… la nación
/// francesa. -2- El Presidente …"). All are told by their shape, and each piece taken out is
/// listed as a dropped fragment.
extension DocumentStructure {
  /// Takes a header line (the title as printed) off the start of a body line that repeats it
  /// before going on with the address, with a counter before it. Only lines of some length
  /// are looked for.
  static func removeRepeatedTitle(
    _ line: inout SourceLine, titles: [String], into dropped: inout [DroppedLine]
  ) {
    let counter = counterLength(line.text)
    let start = line.text.unicodeScalars.dropFirst(counter)
    guard
      let title = titles.first(where: {
        $0.unicodeScalars.count >= minimumTitle && start.starts(with: $0.unicodeScalars)
      })
    else { return }
    var text = Substring(line.text)
    var taken = ""
    if counter > 0 {
      taken += String(text.unicodeScalars.prefix(counter))
      text = Substring(text.unicodeScalars.dropFirst(counter))
    }
    while text.hasPrefix(title) {
      taken += title
      text = text.dropFirst(title.count)
      text = text.drop { $0.isWhitespace }
    }
    guard !taken.isEmpty, !text.isEmpty else { return }
    dropped.append(
      DroppedLine(
        line: line.number, text: taken,
        reason: "repeats the title from the header, before the address", fragment: true))
    line.text = String(text)
  }

  /// Takes a page counter off the start of a line whose first word goes on with a word the
  /// line before breaks off: the line before ends with a letter, no stop or comma, and the
  /// counter ("2、", "3.") is glued to a letter. The line is marked as after a page break.
  static func removePageCounter(
    _ line: inout SourceLine, after previous: SourceLine?, into dropped: inout [DroppedLine]
  ) {
    guard line.blankBefore, let previous,
      previous.text.unicodeScalars.last?.properties.isAlphabetic == true,
      case let length = counterLength(line.text), length > 0,
      line.text.unicodeScalars.dropFirst(length).first?.properties.isAlphabetic == true
    else { return }
    dropped.append(
      DroppedLine(
        line: line.number, text: String(line.text.unicodeScalars.prefix(length)),
        reason: "a page's counter inside a sentence cut by the page break", fragment: true))
    line.text = String(line.text.unicodeScalars.dropFirst(length))
    line.breakBefore = true
  }

  /// The length of a counter at the start of a line: one to three digits and "、" or ".",
  /// glued to what follows; 0 when there is none.
  static func counterLength(_ text: String) -> Int {
    var digits = 0
    for scalar in text.unicodeScalars.prefix(4) {
      if ("0"..."9").contains(scalar) {
        digits += 1
      } else if digits > 0 && (scalar == "\u{3001}" || scalar == ".") {
        return digits + 1
      } else {
        return 0
      }
    }
    return 0
  }

  /// The fewest scalars of a title that a body line is said to repeat.
  static let minimumTitle = 6

  /// Takes out of a line the page numbers printed between dashes ("-2-", "– 12 –"), with a
  /// space or the line's edge on both sides and no number beside them: a page break of the
  /// printed copy, between sentences or inside one. A dash between numbers ("1990 - 2 - 3")
  /// is arithmetic or a range, not a page. A line that is only the number is left to
  /// ``FurnitureRules``. Linear in the line's length.
  static func removeDashedPageNumbers(_ line: inout SourceLine, into dropped: inout [DroppedLine]) {
    guard TextScan.holdsAny(in: line.text, where: { $0 == 0x2D || $0 == 0xE2 }) else { return }
    let s = Array(line.text.unicodeScalars)
    var out: [Unicode.Scalar] = []
    var index = 0
    while index < s.count {
      if index == 0 || TextScan.isSpace(s[index - 1]), let end = dashedNumberEnd(s, from: index),
        !(lastNonSpace(out).map(isDigit) ?? false),
        s[end...].first(where: { !TextScan.isSpace($0) }).map({ !isDigit($0) }) ?? true
      {
        dropped.append(
          DroppedLine(
            line: line.number, text: TextScan.string(s[index..<end]),
            reason: "a page number between dashes (a page break of the printed copy)",
            fragment: true))
        index = end
        while index < s.count && TextScan.isSpace(s[index]) { index += 1 }
        continue
      }
      out.append(s[index])
      index += 1
    }
    let text = TextScan.trimmed(TextScan.string(out[...]))
    guard out.count != s.count, text.unicodeScalars.contains(where: \.properties.isAlphabetic)
    else { return }
    line.text = text
  }

  /// Where "-2-" or "- 2 -" starting at `start` ends (after its second dash), when a space or
  /// the line's end follows it; nil otherwise. One to three digits, at most one space inside
  /// each dash.
  private static func dashedNumberEnd(_ s: [Unicode.Scalar], from start: Int) -> Int? {
    guard TextScan.isDash(s[start]) else { return nil }
    var index = start + 1
    if index < s.count && TextScan.isSpace(s[index]) { index += 1 }
    let digits = index
    while index < s.count && isDigit(s[index]) && index - digits < 4 { index += 1 }
    guard (1...3).contains(index - digits) else { return nil }
    if index < s.count && TextScan.isSpace(s[index]) { index += 1 }
    guard index < s.count, TextScan.isDash(s[index]) else { return nil }
    index += 1
    return index == s.count || TextScan.isSpace(s[index]) ? index : nil
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

  private static func lastNonSpace(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar? {
    scalars.last { !TextScan.isSpace($0) }
  }
}
