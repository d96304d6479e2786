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
    let s = TextScan.scalars(line.text)
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

/// A page's teaser: the title of the text cut short by an ellipsis, printed above it as a link
/// ("discours du ministre des affaires … de la république ..."), often twice.
extension DocumentZones {
  /// The fewest words of a title cut short by an ellipsis that is looked for again.
  static let shortestCutTitle = 5

  /// Whether a line at the top of the page is a title cut short, as a page prints links and
  /// teasers to the text ("discours du ministre des affaires … de la république ..."): one or
  /// more pieces, each ending in an ellipsis, each printed again (in the line or in another
  /// cut line) or opening a title in capitals among the page's first lines. An ellipsis alone
  /// proves nothing: a speaker trails off, and a refrain opens several lines alike.
  func isTruncatedTitle(_ index: Int) -> Bool {
    guard let pieces = cutPieces(lines[index].text) else { return false }
    let top = lines.indices.prefix(Self.menuScanLines).filter { $0 != index }
    let again = top.compactMap { cutPieces(lines[$0].text) }.flatMap { $0.map(\.keys) }
    let heads = top.map { TextScan.prefix(lines[$0].text, 300) }
    let keys = heads.map { WordKey.keys($0) }
    func inCapitals(_ head: String, _ length: Int) -> Bool {
      let start = head.unicodeScalars.prefix(length)
      return start.contains(where: \.properties.isUppercase)
        && !start.contains(where: \.properties.isLowercase)
    }
    return pieces.indices.allSatisfy { piece in
      let words = pieces[piece].keys
      return pieces.indices.contains { $0 != piece && pieces[$0].keys == words }
        || again.contains(words)
        || heads.indices.contains {
          keys[$0].starts(with: words) && inCapitals(heads[$0], pieces[piece].length)
        }
    }
  }

  /// The words (and length in scalars) of each piece of a line made of pieces ending in an
  /// ellipsis ("..." or "…"), each of ``shortestCutTitle`` words or more and holding no
  /// sentence; nil for other lines.
  func cutPieces(_ text: String) -> [(keys: [String], length: Int)]? {
    guard text.hasSuffix("...") || text.hasSuffix("\u{2026}"),
      TextScan.scalarCount(text, limit: 301) <= 300, !salutation.isOpeningLine(text)
    else { return nil }
    let texts = text.components(separatedBy: "...").flatMap {
      $0.components(separatedBy: "\u{2026}")
    }.filter { $0.unicodeScalars.contains(where: \.properties.isAlphabetic) }
    guard !texts.isEmpty, !texts.contains(where: LineShape.holdsSentences) else { return nil }
    let pieces = texts.map {
      (keys: WordKey.keys($0), length: TextScan.trimmed($0).unicodeScalars.count)
    }
    return pieces.allSatisfy({ $0.keys.count >= Self.shortestCutTitle }) ? pieces : nil
  }
}
