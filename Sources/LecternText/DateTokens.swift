/// A short line cut into the tokens dates and times are made of: numbers (any script's
/// decimal digits), words (a Han or kana character is a word of its own), and single marks.
///
/// A run of five or six digits glued to a time ("202114:07") is cut after its fourth digit,
/// so that the year and the time are found apart.
struct DateTokens {
  enum Kind: Equatable {
    case number(Int, digits: Int)
    case word(String)
    case mark(Unicode.Scalar)
  }

  struct Token {
    var kind: Kind
    /// Scalar offsets in the line.
    var range: Range<Int>
    /// Whether a space comes before it.
    var spaced: Bool
    /// For a word, its position among the line's words.
    var word: Int? = nil
  }

  private(set) var tokens: [Token] = []
  private let scalars: [Unicode.Scalar]
  /// The token index of each word, for names of several words.
  private var words: [Int] = []
  private var keys: [String] = []

  init(_ line: String) {
    scalars = TextScan.scalars(line)
    var index = 0
    var spaced = true
    while index < scalars.count {
      let scalar = scalars[index]
      if TextScan.isSpace(scalar) {
        spaced = true
        index += 1
        continue
      }
      // ICU writes direction marks between an Arabic date's numbers ("18\u{200F}/02\u{200F}/2018"):
      // invisible, they join nothing and separate nothing.
      if Self.isDirectionMark(scalar) {
        index += 1
        continue
      }
      let start = index
      if let digit = Self.digit(scalar) {
        var value = digit
        index += 1
        while index < scalars.count, let next = Self.digit(scalars[index]), index - start < 9 {
          value = value * 10 + next
          index += 1
        }
        appendNumber(value, start..<index, spaced)
      } else if TextScan.isWordCharacter(scalar) {
        index += 1
        let single = Self.isSyllabic(scalar)
        while !single && index < scalars.count && Self.continuesWord(scalars[index]) { index += 1 }
        let key = WordKey.key(TextScan.string(scalars[start..<index]))
        tokens.append(
          Token(kind: .word(key), range: start..<index, spaced: spaced, word: words.count))
        words.append(tokens.count - 1)
        keys.append(key)
      } else {
        index += 1
        tokens.append(Token(kind: .mark(scalar), range: start..<index, spaced: spaced))
      }
      spaced = false
    }
  }

  /// Left-to-right, right-to-left and Arabic letter marks, embeddings and isolates.
  static func isDirectionMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }

  /// A number; a 5- or 6-digit run before ":" and a digit is a year glued to an hour.
  private mutating func appendNumber(_ value: Int, _ range: Range<Int>, _ spaced: Bool) {
    let count = range.count
    let end = range.upperBound
    if (5...6).contains(count), end + 1 < scalars.count, scalars[end] == ":",
      Self.digit(scalars[end + 1]) != nil
    {
      var divisor = 1
      for _ in 0..<(count - 4) { divisor *= 10 }
      let year = value / divisor
      if (1900...2099).contains(year) {
        let cut = range.lowerBound + 4
        tokens.append(
          Token(kind: .number(year, digits: 4), range: range.lowerBound..<cut, spaced: spaced))
        tokens.append(
          Token(kind: .number(value % divisor, digits: count - 4), range: cut..<end, spaced: false))
        return
      }
    }
    tokens.append(Token(kind: .number(value, digits: count), range: range, spaced: spaced))
  }

  /// The text of a scalar range of the line.
  func text(_ range: Range<Int>) -> String {
    TextScan.string(scalars[range])
  }

  /// The kind of token `index`, nil past the end.
  func kind(_ index: Int) -> Kind? {
    index < tokens.count ? tokens[index].kind : nil
  }

  /// The date name (month, weekday) starting at token `index`, in words.
  func name(at index: Int, _ vocabulary: DateVocabulary) -> (Int, DateVocabulary.Meaning)? {
    guard index < tokens.count, let position = tokens[index].word else { return nil }
    return vocabulary.name(keys, at: position)
  }

  /// The token after `count` words starting with the word at `index`.
  func tokenAfterWords(from index: Int, count: Int) -> Int {
    guard index < tokens.count, let position = tokens[index].word,
      position + count - 1 < words.count
    else {
      return index + 1
    }
    return words[position + count - 1] + 1
  }

  /// Past a full stop glued to the previous token ("Oct.", "30.").
  func skipStop(_ index: Int) -> Int {
    index < tokens.count && tokens[index].kind == .mark(".") && !tokens[index].spaced
      ? index + 1 : index
  }

  /// Past an ordinal mark after a day ("1er", "1st", "1.º", "30."): a stop, then a short word
  /// glued to it.
  func skipOrdinal(after index: Int) -> Int {
    var next = skipStop(index + 1)
    if next < tokens.count, case .word(let suffix) = tokens[next].kind, !tokens[next].spaced,
      suffix.count <= 3
    {
      next += 1
    }
    return next
  }

  /// Past commas and the pattern words between date fields ("de", 年), at most three.
  func skipFillers(_ index: Int, _ vocabulary: DateVocabulary) -> Int {
    var next = index
    var skipped = 0
    while next < tokens.count && skipped < 3 {
      switch tokens[next].kind {
      case .mark(","), .mark("\u{060C}"): break
      case .word(let key) where vocabulary.fillers.contains(key): break
      default: return next
      }
      next += 1
      skipped += 1
    }
    return next
  }

  /// Past a trailer after a date ("г.", 日).
  func skipTrailer(after index: Int, _ vocabulary: DateVocabulary) -> Int {
    guard index < tokens.count, case .word(let key) = tokens[index].kind,
      vocabulary.trailers.contains(key)
    else { return index }
    return skipStop(index + 1)
  }

  /// Past a day period after a time ("am", "p.m.", "PM").
  func skipDayPeriod(_ index: Int) -> Int {
    guard index < tokens.count, case .word(let first) = tokens[index].kind,
      first == "am" || first == "pm" || first == "a" || first == "p"
    else { return index }
    if first.count == 2 { return skipStop(index + 1) }
    let afterStop = skipStop(index + 1)
    guard afterStop < tokens.count, tokens[afterStop].kind == .word("m") else { return index }
    return skipStop(afterStop + 1)
  }

  /// Whether token `index` is glued to a number or a date mark before it.
  func attached(before index: Int) -> Bool {
    guard index > 0, !tokens[index].spaced else { return false }
    switch tokens[index - 1].kind {
    case .number, .word: return true
    case .mark(let mark): return "./-".unicodeScalars.contains(mark)
    }
  }

  /// Whether the number at `index` continues with the separator and another number.
  func continues(after index: Int, _ separator: Unicode.Scalar) -> Bool {
    guard index + 2 < tokens.count, tokens[index + 1].kind == .mark(separator),
      !tokens[index + 1].spaced, !tokens[index + 2].spaced,
      case .number = tokens[index + 2].kind
    else { return false }
    return true
  }

  /// The value of a decimal digit of any script (ASCII, Arabic-Indic, Devanagari …).
  static func digit(_ scalar: Unicode.Scalar) -> Int? {
    if scalar.isASCII { return ("0"..."9").contains(scalar) ? Int(scalar.value - 48) : nil }
    guard scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue
    else { return nil }
    return Int(value)
  }

  /// Whether the scalar is a word of its own (Han, kana, Hangul syllables).
  private static func isSyllabic(_ scalar: Unicode.Scalar) -> Bool {
    switch Script(of: scalar) {
    case .han, .kana, .hangul: true
    default: false
    }
  }

  private static func continuesWord(_ scalar: Unicode.Scalar) -> Bool {
    (TextScan.isWordCharacter(scalar) || TextScan.isExtending(scalar)) && digit(scalar) == nil
      && !isSyllabic(scalar)
  }
}
