/// What a copy glues to a body line's edges: a page number before its first word, and a note
/// with a web address or stray backslashes after its last sentence. Each is taken off the
/// line and listed as dropped where it is not spoken.
extension DocumentStructure {
  /// Takes off a page number that a copy glued to the start of a paragraph: one to three
  /// digits, then a sentence's first word, capitalized and a function word ("2 My mother's
  /// parents …"), or a heading in capitals that the copy ran into the paragraph ("2
  /// TRANSIENCE AND RITUAL Mr. President …"). A count goes on with a noun ("2 million", "10
  /// Downing Street").
  static func removeLeadingPageNumber(
    _ line: inout SourceLine, vocabulary: StructureVocabulary, into dropped: inout [DroppedLine]
  ) {
    guard line.blankBefore, let first = line.text.utf8.first, (0x31...0x39).contains(first)
    else { return }
    let head = TextScan.prefix(line.text, 40).split(separator: " ", maxSplits: 2)
    guard head.count == 3, head[0].count <= 3, head[0].allSatisfy(\.isASCII),
      head[0].allSatisfy(\.isNumber), let word = head[1].first, word.isUppercase,
      vocabulary.isStopWord(WordKey.key(head[1]))
        || opensHeadingInCapitals(line.text)
    else { return }
    dropped.append(
      DroppedLine(
        line: line.number, text: String(head[0]),
        reason: "page number at the start of a paragraph (a page break of the printed copy)",
        fragment: true))
    line.text = String(line.text.dropFirst(head[0].count + 1))
  }

  /// Whether the line, after its number, opens with a heading in capitals run into the
  /// paragraph's first sentence: two or more words in capitals, the first of four letters or
  /// more, then a capitalized word in lower case ("2 TRANSIENCE AND RITUAL Mr. President
  /// …"). A count stands before words in capitals that go on in lower case ("2 QUAY WARDENS
  /// joined us") or before an acronym ("3 NGO partners").
  private static func opensHeadingInCapitals(_ text: String) -> Bool {
    func inCapitals(_ word: Substring) -> Bool {
      word.unicodeScalars.contains(where: \.properties.isAlphabetic)
        && !word.unicodeScalars.contains(where: \.properties.isLowercase)
    }
    let words = TextScan.prefix(text, 200).split(separator: " ").dropFirst().prefix(12)
    let capitals = words.prefix(while: inCapitals)
    guard capitals.count >= 2, let first = capitals.first,
      first.unicodeScalars.filter(\.properties.isAlphabetic).count >= 4,
      let next = words.dropFirst(capitals.count).first,
      next.unicodeScalars.first?.properties.isUppercase == true,
      next.unicodeScalars.contains(where: \.properties.isLowercase)
    else { return false }
    return true
  }

  /// Takes off a page number that a copy left after the last sentence of a page ("… of sorrow
  /// or of joy. 2") when the next paragraph opens with the next page's number ("3 In April
  /// …"): two numbers in a row across the page break. A sentence that ends in a number has
  /// no stop before it ("… in chapter 2").
  static func removeTrailingPageNumber(
    _ line: inout SourceLine, before next: SourceLine?, into dropped: inout [DroppedLine]
  ) {
    guard let next, next.blankBefore,
      let number = trailingNumber(line.text), let following = leadingNumber(next.text),
      following == number.value + 1
    else { return }
    dropped.append(
      DroppedLine(
        line: line.number, text: String(number.value),
        reason: "page number at the end of a page (a page break of the printed copy)",
        fragment: true))
    line.text = String(line.text.unicodeScalars.prefix(number.start))
  }

  /// The number of one to three digits that ends a line after a sentence's stop and a space,
  /// and the scalar offset where its space starts.
  private static func trailingNumber(_ text: String) -> (value: Int, start: Int)? {
    let s = TextScan.scalars(text)
    var index = s.count
    while index > 0 && ("0"..."9").contains(s[index - 1]) { index -= 1 }
    let digits = s.count - index
    guard (1...3).contains(digits), index >= 2, s[index - 1] == " ",
      ".!?".unicodeScalars.contains(s[index - 2]),
      let value = Int(TextScan.string(s[index...]))
    else { return nil }
    return (value, index - 1)
  }

  /// The number of one to three digits that opens a line, followed by a space.
  private static func leadingNumber(_ text: String) -> Int? {
    let head = text.prefix(4).prefix { $0.isASCII && $0.isNumber }
    guard (1...3).contains(head.count), text.dropFirst(head.count).first == " " else {
      return nil
    }
    return Int(head)
  }

  /// A year, or a year and month ("2018", "2018-03").
  static func isYearStamp(_ token: Substring) -> Bool {
    let parts = token.split(separator: "-")
    guard (1...2).contains(parts.count), parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
      let year = Int(parts[0]), (1900...2099).contains(year), parts[0].count == 4
    else { return false }
    return parts.count == 1 || (Int(parts[1]).map { (1...12).contains($0) } ?? false)
  }

  /// Removes what is glued after a line's last sentence: a note holding a web address (up to
  /// a dozen words) and stray backslashes of a copy's markup.
  static func removeGluedNotes(_ line: inout SourceLine, into dropped: inout [DroppedLine]) {
    guard line.text.unicodeScalars.last == "\\" || FurnitureRules.mayHoldLinks(line.text) else {
      return
    }
    var scalars = TextScan.scalars(line.text)
    var cut = scalars.count
    while cut > 0 && (scalars[cut - 1] == "\\" || TextScan.isSpace(scalars[cut - 1])) { cut -= 1 }
    if FurnitureRules.mayHoldLinks(line.text),
      let link = line.text.split(separator: " ").first(where: FurnitureRules.isLinkToken),
      let found = line.text.range(of: link),
      case let start = line.text.unicodeScalars[..<found.lowerBound].count,
      let mark = scalars[..<start].lastIndex(where: { ".!?\u{3002}".unicodeScalars.contains($0) }),
      mark > 0, mark + 1 < start, scalars[mark + 1].properties.isAlphabetic,
      TextScan.wordCount(TextScan.string(scalars[(mark + 1)...]), limit: 13) <= 12
    {
      cut = mark + 1
    }
    guard cut < scalars.count, cut > 0 else { return }
    let note = TextScan.trimmed(TextScan.string(scalars[cut...]))
    dropped.append(
      DroppedLine(
        line: line.number, text: note,
        reason: "a note or markup glued after the last sentence, not part of the address",
        fragment: true))
    scalars.removeSubrange(cut...)
    line.text = TextScan.trimmed(TextScan.string(scalars[...]))
  }

  /// Removes a site's notice that a copy glued after a paragraph's last sentence ("… والأمان.
  /// Your browser does not support the video tag."): a sentence that opens with a phrase of
  /// `[furniture-notices]` and runs to the end of the line. Only the last two sentences are
  /// tried: a notice is short.
  static func removeGluedNotice(
    _ line: inout SourceLine, rules: FurnitureRules, into dropped: inout [DroppedLine]
  ) {
    // Walked back from the end on the line's indices: a long line is not copied.
    let view = line.text.unicodeScalars
    var starts: [String.Index] = []
    var index = view.endIndex
    var walked = 0
    while index > view.startIndex && starts.count < 2 && walked < 40 * FurnitureRules.longestNotice
    {
      let letter = view.index(before: index)
      index = letter
      walked += 1
      guard view[letter].properties.isAlphabetic, letter > view.startIndex else { continue }
      let space = view.index(before: letter)
      guard TextScan.isSpace(view[space]), space > view.startIndex,
        ".!?\u{3002}".unicodeScalars.contains(view[view.index(before: space)])
      else { continue }
      starts.append(letter)
    }
    for start in starts {
      let tail = String(line.text[start...])
      guard
        TextScan.wordCount(tail, limit: FurnitureRules.longestNotice + 1)
          <= FurnitureRules.longestNotice,
        rules.isNotice(TextScan.words(tail).map { WordKey.key($0) })
      else { continue }
      dropped.append(
        DroppedLine(
          line: line.number, text: tail,
          reason: "a site's notice glued after the last sentence, not part of the address",
          fragment: true))
      line.text = TextScan.trimmed(String(line.text[..<start]))
      return
    }
  }
}
