/// What one line of a document looks like: printed paragraph number, final punctuation,
/// bullets, rows of bars. Words of furniture are ``FurnitureRules``', from the language files.
enum LineShape {
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
  /// `. ! ? … ; , :` (`…` reported as `.`; their Arabic and CJK forms as these); nil when it
  /// ends with a letter or digit.
  static func lastMark(_ line: String) -> Character? {
    for scalar in line.unicodeScalars.reversed() {
      if TextScan.isSpace(scalar) || TextScan.isCloser(scalar) { continue }
      switch scalar {
      // Full stops of other scripts too: Devanagari danda, Urdu, Armenian, Ethiopic, Myanmar.
      case ".", "\u{2026}", "\u{3002}", "\u{FF61}", "\u{0964}", "\u{0965}", "\u{06D4}", "\u{0589}",
        "\u{1362}", "\u{104B}":
        return "."
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

  /// Whether a sentence ends inside the line's first 400 scalars and more text follows it: a
  /// full stop of a script without spaces, a "!" or "?", or ". " before a capital (an
  /// abbreviation's point, "Dr. Kim", is read as one too: a line that holds it is no title).
  static func holdsSentences(_ line: String) -> Bool {
    let scalars = Array(line.unicodeScalars.prefix(400))
    for index in scalars.indices.dropLast() {
      switch scalars[index] {
      case "\u{3002}", "\u{FF01}", "\u{FF1F}", "!", "?":
        if scalars[(index + 1)...].contains(where: \.properties.isAlphabetic) { return true }
      case ".":
        if index + 2 < scalars.count, TextScan.isSpace(scalars[index + 1]),
          scalars[index + 2].properties.isUppercase
        {
          return true
        }
      default: continue
      }
    }
    return false
  }

  /// Whether the line ends as a sentence does.
  static func endsSentence(_ line: String) -> Bool {
    switch lastMark(line) {
    case ".", "!", "?": true
    default: false
    }
  }

  /// Whether the line ends with a date set off by a comma, a dash or a bracket ("Стенограмма
  /// встречи …, 29 апреля 2008 г.", "Remarks at the Summit – 5 March 2021."): the date of a
  /// title, whose full stop (or the trailer's, "г.") closes no sentence. Only the line's last
  /// scalars are read.
  static func endsWithDate(_ line: String, _ dates: DateFinder) -> Bool {
    let tail = Array(line.unicodeScalars.suffix(72))
    guard let date = dates.dates(in: TextScan.string(tail[...])).last else { return false }
    let rest = tail[date.range.upperBound...]
    guard
      rest.allSatisfy({
        TextScan.isSpace($0) || TextScan.isCloser($0) || $0 == "." || $0 == "\u{3002}"
      })
    else { return false }
    let before = tail[..<date.range.lowerBound].last { !TextScan.isSpace($0) }
    return before.map { $0 == "," || $0 == "(" || $0 == "\u{060C}" || TextScan.isDash($0) }
      ?? false
  }

  /// The year that ends the line, set off by a dash or a comma ("Fiesta Nacional, 2017",
  /// "كلمة السفير … - 2020"): a title's year. Nil for a year run into the words ("Agenda 2030").
  static func trailingYear(_ line: String) -> String? {
    let tail = Array(line.unicodeScalars.suffix(12))
    guard let end = tail.lastIndex(where: { !TextScan.isSpace($0) && $0 != "." }),
      end >= 4
    else { return nil }
    let year = TextScan.string(tail[(end - 3)...end])
    guard year.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }), let value = Int(year),
      (1900...2099).contains(value),
      let before = tail[..<(end - 3)].last(where: { !TextScan.isSpace($0) }),
      before == "," || before == "\u{060C}" || TextScan.isDash(before)
    else { return nil }
    return year
  }

  /// Language links that end a page's title ("Fête nationale du 14 juillet [mk] [sq]",
  /// "French National Day 2019 [fr]"): one to four language codes of two or three lower-case
  /// letters in square brackets. The title without them, and the links.
  static func languageLinks(_ line: String) -> (rest: String, links: String)? {
    guard line.hasSuffix("]") else { return nil }
    var rest = Substring(line)
    var count = 0
    while rest.hasSuffix("]"), let open = rest.lastIndex(of: "["), count < 4 {
      let code = rest[rest.index(after: open)..<rest.index(before: rest.endIndex)]
      guard (2...3).contains(code.count), code.allSatisfy({ $0.isASCII && $0.isLowercase })
      else { break }
      rest = rest[..<open]
      while let last = rest.last, last == " " { rest.removeLast() }
      count += 1
    }
    guard count > 0, !rest.isEmpty else { return nil }
    return (String(rest), TextScan.trimmed(String(line.dropFirst(rest.count))))
  }

  /// Whether the line is a row of short fields separated by vertical bars ("Home | News |
  /// Speeches", "English | Français"): a long line with a bar is text.
  static func isBarRow(_ line: String) -> Bool {
    guard
      TextScan.scalarCount(line, limit: FurnitureRules.longestShortLine + 1)
        <= FurnitureRules.longestShortLine,
      !endsSentence(line),
      line.contains("|")
    else { return false }
    let fields = line.split(separator: "|").map { TextScan.words(String($0)).count }
    return fields.allSatisfy { $0 <= 5 } && fields.reduce(0, +) <= 12
  }

  /// Whether the line holds no letters at all: a page number ("- 2 -", "2/5"), a rule of
  /// dashes or stars.
  static func hasNoLetters(_ line: String) -> Bool {
    !line.unicodeScalars.contains { $0.properties.isAlphabetic }
  }

  /// The length of a list bullet at the start of the line ("• ", "- ", "* ", "– "), or 0.
  static func bulletLength(_ line: String) -> Int {
    let scalars = Array(line.unicodeScalars.prefix(3))
    guard scalars.count >= 2, TextScan.isSpace(scalars[1]) else { return 0 }
    switch scalars[0] {
    case "\u{2022}", "\u{25CF}", "\u{25AA}", "\u{2023}", "\u{00B7}", "*", "-", "\u{2013}",
      "\u{2014}":
      return 2
    default: return 0
    }
  }

  /// Whether the line is one or two identifiers of a page's code, as a copy keeps a template's
  /// or plugin's name ("plg_search_media", "mod_custom com_content"): lower-case ASCII words
  /// joined by underscores. No language writes its words so, and prose has spaces.
  static func isIdentifierLine(_ line: String) -> Bool {
    // A byte first: lines without an underscore are let go at once.
    guard line.utf8.contains(0x5F), line.utf8.count <= 120 else { return false }
    let tokens = line.split(whereSeparator: \.isWhitespace)
    return (1...2).contains(tokens.count) && tokens.allSatisfy(isIdentifier)
  }

  /// A word of lower-case ASCII letters and digits, starting with a letter, with an
  /// underscore between two of them.
  private static func isIdentifier(_ token: Substring) -> Bool {
    let bytes = Array(token.utf8)
    guard let first = bytes.first, (0x61...0x7A).contains(first) else { return false }
    func isWord(_ byte: UInt8) -> Bool {
      (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
    }
    guard bytes.allSatisfy({ isWord($0) || $0 == 0x5F }) else { return false }
    return bytes.indices.dropFirst().dropLast().contains {
      bytes[$0] == 0x5F && isWord(bytes[$0 - 1]) && isWord(bytes[$0 + 1])
    }
  }

  /// Whether the words are written in capitals: no word has a lower-case letter, and at least
  /// `least` have a letter with case (Chinese and Arabic have none, digits neither).
  static func isCapitals(_ words: [String], least: Int) -> Bool {
    var cased = 0
    for word in words where word.contains(where: { $0.isUppercase || $0.isLowercase }) {
      if word.contains(where: \.isLowercase) { return false }
      cased += 1
    }
    return cased >= least
  }
}
