/// Explicit reading markup: `[say-as KIND: TEXT]`, for the author to force how a written form
/// is read, as SSML's `say-as` does. The brackets and `say-as KIND:` are never spoken; the
/// text is read in the language of the span around it.
///
/// Kinds: `cardinal` and `ordinal` (a number in words), `year`, `digits` (one by one),
/// `characters` (letter by letter), `date` (numeric; `date dmy`, `date mdy` or `date ymd` fixes
/// the order), `time`, and `verbatim` (as written, no normalization). An unknown kind reads
/// the text as written. Like `[ru: …]`, it is never cut by sentence splitting, and it cannot
/// hold `[` or `]`.
struct SayAsMarkup: Hashable, BracketMarkup {
  /// The whole markup: characters `start..<end`.
  var start: Int
  /// One past the closing bracket.
  var end: Int
  /// `date`, `cardinal` …
  var kind: String
  /// Words after the kind (`dmy` in `date dmy`).
  var options: [String]
  /// The text to read, trimmed.
  var text: String

  /// The markup opening.
  static let opening = Array("[say-as ")

  /// `characters` with every markup replaced by as many digits, for language detection: a
  /// markup's letters belong to the span around it.
  static func masked(_ characters: [Character]) -> [Character] {
    let markups = find(in: characters)
    guard !markups.isEmpty else { return characters }
    var masked = characters
    for markup in markups {
      for index in markup.start..<markup.end { masked[index] = "0" }
    }
    return masked
  }

  /// The markup opening at `open`, if it is one.
  static func parse(_ characters: [Character], at open: Int) -> SayAsMarkup? {
    guard open + opening.count < characters.count,
      Array(characters[open..<(open + opening.count)]) == opening
    else { return nil }
    var index = open + opening.count
    var head = ""
    while index < characters.count, characters[index] != ":", head.count < 40 {
      guard characters[index] != "]", characters[index] != "[" else { return nil }
      head.append(characters[index])
      index += 1
    }
    guard index < characters.count, characters[index] == ":" else { return nil }
    let words = head.split(separator: " ").map { $0.lowercased() }
    guard let kind = words.first, kind.allSatisfy({ $0.isLetter && $0.isASCII }) else {
      return nil
    }
    let textStart = index + 1
    while index < characters.count, characters[index] != "]", index - open < 400 {
      if characters[index] == "[" { return nil }
      index += 1
    }
    guard index < characters.count, characters[index] == "]" else { return nil }
    return SayAsMarkup(
      start: open, end: index + 1, kind: kind, options: Array(words.dropFirst()),
      text: String(characters[textStart..<index]).trimmingWhitespace())
  }
}

extension FormReader {
  /// What a `[say-as …]` markup says.
  func say(_ markup: SayAsMarkup) -> String {
    let inner = FormReader(
      characters: Array(markup.text), rules: rules, speller: speller, keeping: keeping)
    let number = inner.writtenNumber(at: 0).flatMap { $0.end == inner.view.tokens.count ? $0 : nil }
    switch markup.kind {
    case "cardinal":
      if let number, let words = speller.spell(number.decimal, language: language) { return words }
    case "ordinal":
      let ruleSet = rules.numbers["ordinal"] ?? "%spellout-ordinal"
      if let number, let words = speller.spell(number.integer, language: language, ruleSet: ruleSet)
      {
        return words
      }
    case "year":
      if let number,
        let words = speller.spell(
          number.integer, language: language, ruleSet: "%spellout-numbering-year")
      {
        return words
      }
    case "digits":
      return markup.text.compactMap(NormalizationToken.asciiDigit).map(String.init)
        .joined(separator: " ")
    case "characters":
      return markup.text.filter { !$0.isWhitespace }.map(String.init).joined(separator: "-")
    case "date":
      if let reading = inner.forcedDate(order: markup.options.first) { return reading }
    case "time":
      if let reading = inner.time(at: 0) { return reading.spoken }
    default:
      break
    }
    if markup.kind == "verbatim" { return markup.text }
    return inner.normalizedText()
  }

  /// The whole text normalized (what a `[say-as]` of an unknown or failed kind says).
  func normalizedText() -> String {
    var result = ""
    var cursor = 0
    for replacement in read() {
      result += String(characters[cursor..<replacement.start]) + replacement.spoken
      cursor = replacement.end
    }
    return result + String(characters[cursor...])
  }

  /// A numeric date read in the order given (`dmy`, `mdy`, `ymd`), whatever the language's.
  func forcedDate(order: String?) -> String? {
    let numbers = view.tokens.filter { $0.kind == .number }.compactMap { Int($0.digits) }
    guard numbers.count == 3 else { return date(at: 0)?.spoken }
    let (day, month, year): (Int, Int, Int)
    switch order ?? rules.dates["order"] ?? "dmy" {
    case "mdy": (month, day, year) = (numbers[0], numbers[1], numbers[2])
    case "ymd": (year, month, day) = (numbers[0], numbers[1], numbers[2])
    default: (day, month, year) = (numbers[0], numbers[1], numbers[2])
    }
    guard (1...12).contains(month), (1...31).contains(day) else { return nil }
    let date = WrittenDate(day: day, month: month, year: String(year))
    return dateReading(date, start: 0, end: view.tokens.count, monthFirst: false)?.spoken
  }
}
