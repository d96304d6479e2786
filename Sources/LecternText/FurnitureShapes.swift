/// Furniture shapes that pages of every language share, found by trying the rules on pages
/// built around invented addresses (the furniture-variation tests) rather than on any one
/// document: a page counter with a function word between its numbers ("Page 4 sur 12"), a
/// footnote printed under its page ("¹ Report of 2019, p. 12."), a reporter's byline ("By
/// Jane Roe, staff writer"), a link before the title it leads to ("See also: …"), a site's
/// notice written as a sentence ("This site uses cookies …"), and a time told relative to now
/// ("Updated 3 hours ago").
extension FurnitureRules {
  /// The most words of a line that is a site's notice (`[furniture-notices]`).
  static let longestNotice = 30
  /// The most words of a byline.
  static let longestByline = 12
  /// The most words of a title after a link's phrase and its colon.
  static let longestLinkedTitle = 20

  /// Why a short line is furniture by one of these shapes, or nil. `words` and `keys` are the
  /// line's words and their keys; `sentence` whether it ends as a sentence does.
  func sharedShapeReason(
    _ line: String, words: [String], keys: [String], sentence: Bool
  ) -> String? {
    if Self.isFootnote(line) { return "a footnote under its page, not part of the address" }
    if !sentence && Self.isPageOfPages(words) {
      return "a date, time, count or page number, not a sentence"
    }
    // A time relative to now is no header fact either: it is furniture in a header too.
    if !(sentence && !Self.endsInAbbreviation(line, words)) && isRelativeTime(words) {
      return "a date, time, count or page number, not a sentence"
    }
    if !sentence && isByline(keys) { return "a reporter's byline, not part of the address" }
    if !sentence && isLinkBeforeTitle(line) { return Self.navigationReason }
    if Self.isWeatherReading(line) {
      return "a weather widget's reading, not part of the address"
    }
    if !sentence && Self.isPrintedTwice(line) {
      return "an image's caption and its text for the blind, not part of the address"
    }
    if !sentence && isPictureLabel(keys) {
      return "a picture's caption or its text for the blind, not part of the address"
    }
    if !sentence && Self.isTagCloud(line) { return Self.tagCloudReason }
    return nil
  }

  /// Why a list of tags and their counts is furniture.
  static let tagCloudReason = "a list of tags with their counts, not part of the address"

  /// A line of tags, each with its count of articles ("горячие новости 541 Барыс 365
  /// Президент Казахстана 233 …"): three counts or more, each after one to three words, and
  /// no punctuation between them. Prose puts numbers in sentences, with commas and a stop.
  static func isTagCloud(_ line: String) -> Bool {
    guard !line.contains(where: { ",;:.!?".contains($0) }) else { return false }
    var counts = 0
    var run = 0
    for token in line.split(whereSeparator: \.isWhitespace) {
      if token.allSatisfy(\.isNumber) {
        guard (1...3).contains(run) else { return false }
        counts += 1
        run = 0
      } else {
        run += 1
      }
    }
    return counts >= 3 && run <= 3
  }

  /// The most words of a picture's label ("The Commissioner's official picture").
  static let longestPictureLabel = 5

  /// A short line, no sentence, that ends with a word of `[furniture-credits]` or opens with
  /// one before a function word: a page's text for a picture ("commissioner's picture",
  /// "Photo of the Mayor"). An address says what a picture shows in sentences.
  func isPictureLabel(_ keys: [String]) -> Bool {
    guard let last = keys.last, keys.count <= Self.longestPictureLabel else { return false }
    if vocabulary.credits.match([last], at: 0) > 0 { return true }
    return keys.count >= 2 && vocabulary.credits.match([keys[0]], at: 0) > 0
      && vocabulary.isStopWord(keys[1])
  }

  /// A short line that is one text twice over, glued or spaced ("Office of the President
  /// logoOffice of the President logo"): a page prints an image's text for the blind beside
  /// its caption. Two words at least, so that a doubled word ("Bravo bravo") is not one, and
  /// ending in a word.
  static func isPrintedTwice(_ line: String) -> Bool {
    let scalars = Array(TextScan.trimmed(line).unicodeScalars)
    guard scalars.count >= 8, scalars.count <= 2 * longestShortLine else { return false }
    let spaced = scalars.count % 2 == 1 && TextScan.isSpace(scalars[scalars.count / 2])
    guard scalars.count % 2 == 0 || spaced else { return false }
    let half = scalars.count / 2
    let first = scalars[..<half]
    let second = scalars[(spaced ? half + 1 : half)...]
    // An image's text ends in a word: a salutation said twice ("Mr. President; Mr.
    // President;") or a cheer ("Bravo! Bravo!") ends in a mark.
    guard let last = first.last, last.properties.isAlphabetic || DateTokens.digit(last) != nil
    else { return false }
    return first.elementsEqual(second) && first.contains(where: TextScan.isSpace)
  }

  /// A weather widget's temperature alone on its line ("21.4 C", "-3 °C", "72℉", "18°"), with
  /// at most the widget's city before it ("Tegucigalpa 21°C"). Without a degree mark the
  /// number has a decimal ("21.4 C"): "Room 21 C" or a section "21.4 Scope" is no reading.
  static func isWeatherReading(_ line: String) -> Bool {
    var scalars = Array(TextScan.trimmed(TextScan.prefix(line, 60)).unicodeScalars)
    func dropSpaces() {
      while let last = scalars.last, TextScan.isSpace(last) { scalars.removeLast() }
    }
    var unit = false
    var degree = false
    if let last = scalars.last, "CF\u{2103}\u{2109}".unicodeScalars.contains(last) {
      scalars.removeLast()
      unit = true
      degree = last.value > 0x7F
    }
    dropSpaces()
    if let last = scalars.last, last == "\u{00B0}" || last == "\u{00BA}" {
      scalars.removeLast()
      degree = true
    }
    guard unit || degree else { return false }
    dropSpaces()
    let number = scalars.reversed().prefix { DateTokens.digit($0) != nil || $0 == "." || $0 == "," }
    guard let last = scalars.last, DateTokens.digit(last) != nil, number.count <= 6,
      degree || number.contains(where: { $0 == "." || $0 == "," })
    else { return false }
    var rest = scalars.dropLast(number.count)
    if let sign = rest.last, "-+\u{2212}".unicodeScalars.contains(sign) { rest.removeLast() }
    return rest.allSatisfy { $0.properties.isAlphabetic || TextScan.isSpace($0) }
      && TextScan.wordCount(TextScan.string(rest), limit: 4) <= 3
  }

  /// A site's notice: a phrase of `[furniture-notices]` opens a line of at most
  /// ``longestNotice`` words. Notices are sentences ("This site uses cookies to improve your
  /// experience."), so the sentence mark tells nothing here.
  func isNotice(_ keys: [String]) -> Bool {
    keys.count <= Self.longestNotice && vocabulary.notices.match(keys, at: 0) > 0
  }

  /// "Page 4 of 12", "Страница 4 из 12", "4 sur 12": a number, a word, a larger number below a
  /// thousand (not "Resolution 1325 of 2000"), with at most one word before.
  static func isPageOfPages(_ words: [String]) -> Bool {
    guard (3...4).contains(words.count) else { return false }
    let tail = words.suffix(3).map { $0 }
    guard let page = Int(tail[0]), let pages = Int(tail[2]),
      tail[1].unicodeScalars.allSatisfy({ $0.properties.isAlphabetic })
    else { return false }
    let before = words.count == 4 ? words[0] : ""
    return 0 < page && page <= pages && pages < 1000
      && before.unicodeScalars.allSatisfy { $0.properties.isAlphabetic }
  }

  /// Superscript digits, as a copy prints footnote marks and the notes under a page.
  static func isSuperscriptDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "\u{00B9}" || scalar == "\u{00B2}" || scalar == "\u{00B3}"
      || ("\u{2070}"..."\u{2079}").contains(scalar)
  }

  /// A footnote: a line that opens with a superscript number and a space ("¹ See the report
  /// of …"). A line of the address never opens so.
  static func isFootnote(_ line: String) -> Bool {
    let scalars = line.unicodeScalars.prefix(4)
    guard let first = scalars.first, isSuperscriptDigit(first) else { return false }
    return scalars.dropFirst().drop(while: isSuperscriptDigit).first.map(TextScan.isSpace) ?? false
  }

  /// A reporter's byline: a short line without a sentence holding a word of
  /// `[furniture-bylines]` ("By Jane Roe, staff writer", "بقلم …", "记者 …").
  func isByline(_ keys: [String]) -> Bool {
    guard keys.count <= Self.longestByline else { return false }
    return keys.indices.contains { vocabulary.bylines.match(keys, at: $0) > 0 }
  }

  /// A link before the title it leads to: a phrase of `[furniture-links]` that is all the
  /// words before a colon, then a title that is no sentence ("See also: Barges return to the
  /// quays", "上一篇：…").
  func isLinkBeforeTitle(_ line: String) -> Bool {
    guard let colon = line.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return false }
    let head = WordKey.keys(String(line[..<colon]))
    guard (1...4).contains(head.count), vocabulary.links.match(head, at: 0) == head.count
    else { return false }
    return TextScan.wordCount(String(line[colon...]), limit: Self.longestLinkedTitle + 1)
      <= Self.longestLinkedTitle
  }

  /// Whether the line's final stop is an abbreviation's ("Lesezeit: 9 Min."): its last word
  /// has three letters or fewer, right before the stop.
  static func endsInAbbreviation(_ line: String, _ words: [String]) -> Bool {
    guard let last = words.last, last.count <= 3, last.allSatisfy(\.isLetter) else {
      return false
    }
    return line.hasSuffix(last + ".")
  }

  /// "Updated 3 hours ago": a number, the words of a relative time, and at most
  /// ``longestCounterRest`` other words.
  func isRelativeTime(_ words: [String]) -> Bool {
    guard words.count <= 8, words.contains(where: { $0.allSatisfy(\.isNumber) }) else {
      return false
    }
    let rest = relativeTimeRest(words.filter { !$0.allSatisfy(\.isNumber) })
    return rest.map { $0.count <= Self.longestCounterRest } ?? false
  }

  /// Whether the letter words beside a line's numbers tell a time relative to now ("Updated 3
  /// hours ago", "Обновлено 3 часа назад"): the words of `[furniture-time-words]` among
  /// them are taken out, and nil is returned when there are fewer than two.
  func relativeTimeRest(_ words: [String]) -> [String]? {
    let keys = words.map { WordKey.key($0) }
    var relative = [Bool](repeating: false, count: keys.count)
    var index = 0
    while index < keys.count {
      let count = vocabulary.timeWords.match(keys, at: index)
      for covered in index..<(index + max(count, 1)) where count > 0 { relative[covered] = true }
      index += max(count, 1)
    }
    // A unit alone is a count ("3 hours"); a stamp has its "ago" too ("3 hours ago").
    guard relative.filter({ $0 }).count >= 2 else { return nil }
    return words.indices.filter { !relative[$0] }.map { words[$0] }
  }
}
/// Footnote marks printed as superscript digits ("quays¹", "gratitude.²"): a copy keeps
/// them glued to the word or mark they follow. Unlike plain digits ("covid19"), a superscript
/// glued to a word is never read aloud, except as a unit's power ("m²", "km³"): a mark
/// follows a word of three letters or more, a Chinese or Japanese character, or a
/// punctuation mark.
extension PageLayout {
  /// Takes superscript footnote marks out of the lines, listing each as a fragment.
  static func removeSuperscriptMarks(
    _ lines: inout [SourceLine], into dropped: inout [DroppedLine]
  ) {
    for index in lines.indices where mayHoldSuperscript(lines[index].text) {
      removeSuperscriptMarks(&lines[index], into: &dropped)
    }
  }

  /// Whether the text's bytes hold a superscript digit: C2 B2, C2 B3, C2 B9 or E2 81 B0–B9.
  /// `memchr` for their lead bytes lets almost every line go without a pass of its own.
  static func mayHoldSuperscript(_ text: String) -> Bool {
    guard TextScan.holds(0xC2, in: text) || TextScan.holds(0x81, in: text) else { return false }
    var previous: UInt8 = 0
    for byte in text.utf8 {
      if previous == 0xC2 && (byte == 0xB2 || byte == 0xB3 || byte == 0xB9) { return true }
      if previous == 0x81 && (0xB0...0xB9).contains(byte) { return true }
      previous = byte
    }
    return false
  }

  private static func removeSuperscriptMarks(
    _ line: inout SourceLine, into dropped: inout [DroppedLine]
  ) {
    let scalars = TextScan.scalars(line.text)
    var out: [Unicode.Scalar] = []
    var index = 0
    while index < scalars.count {
      guard FurnitureRules.isSuperscriptDigit(scalars[index]), isMarkAfter(out) else {
        out.append(scalars[index])
        index += 1
        continue
      }
      let start = index
      while index < scalars.count && FurnitureRules.isSuperscriptDigit(scalars[index]) {
        index += 1
      }
      dropped.append(
        DroppedLine(
          line: line.number, text: TextScan.string(scalars[start..<index]),
          reason: "footnote mark", fragment: true))
    }
    if out.count < scalars.count { line.text = TextScan.string(out[...]) }
  }

  /// Whether a superscript after `text` is a footnote mark: it follows a punctuation mark, or
  /// a word of three letters or more (not a unit: "m²", "km²").
  private static func isMarkAfter(_ text: [Unicode.Scalar]) -> Bool {
    guard let last = text.last, !TextScan.isSpace(last) else { return false }
    guard last.properties.isAlphabetic else { return !TextScan.isWordCharacter(last) }
    // A character of a script without spaces is a word of its own ("这座¹").
    if last.value >= 0x2E80 { return true }
    let letters = text.reversed().prefix { $0.properties.isAlphabetic }.count
    return letters >= 3
  }
}
