/// Rejoins the lines of the address's body into paragraphs: a copy from a PDF wraps every
/// line at the page's width and breaks words with hyphens; a copy from a web page puts each
/// paragraph on one line, with or without blank lines between them.
///
/// Each line break is decided on its own, from the two lines around it: a blank line, an
/// indent, a printed number or bullet, or a salutation starts a paragraph; a sentence that
/// goes on in lower case, or a line that reaches the page's width, continues one; a line that
/// ends a sentence well short of the width ends one. A word broken across lines ("inter-" +
/// "national") is mended, keeping the hyphen when the document writes the word with one.
struct LineJoiner {
  /// A paragraph's text as the page prints it, with its printed number if it has one.
  struct Unit {
    var number: Int?
    var text: String
  }

  /// How two lines are joined.
  enum Join: Equatable {
    /// A new paragraph.
    case split
    /// The same paragraph, with a space.
    case space
    /// A word broken by a hyphen, mended without it ("inter-" + "national").
    case glue
    /// A compound broken after its hyphen, kept ("well-" + "known").
    case hyphen
  }

  /// Whether the paragraphs carry printed numbers.
  let numbered: Bool
  /// The width lines are wrapped at (in scalars), or nil when lines are not hard-wrapped.
  let width: Int?
  /// The smallest indent of the lines: a line indented more starts a paragraph.
  private let baseIndent: Int
  /// The document's words (lower case), to tell a broken word from a broken compound.
  private let words: Set<String>
  /// The languages' words, for lines that end with a joining word.
  private let vocabulary: StructureVocabulary?
  /// The document language's salutations: a salutation line stays an utterance.
  private let salutation: Salutation
  /// Whether the page prints its paragraphs' first lines short (an indent or a drop capital
  /// the copy lost): two or more short lines after a sentence's end break off on a function
  /// word ("Ya han vuelto los rudos fríos y las" / "quirceras, …").
  private let shortFirstLines: Bool

  /// Measures the lines' layout.
  init(
    _ lines: [SourceLine], numbered: Bool, vocabulary: StructureVocabulary? = nil,
    salutation: Salutation = Salutation([])
  ) {
    self.numbered = numbered
    self.vocabulary = vocabulary
    self.salutation = salutation
    width = Self.wrapWidth(lines)
    baseIndent = lines.map(\.indent).min() ?? 0
    words = Self.vocabulary(lines)
    shortFirstLines = Self.printsShortFirstLines(lines, width: width, vocabulary: vocabulary)
  }

  /// Whether two or more lines that open a paragraph (the first, or one after a sentence's
  /// end) end well short of the width on a function word, the sentence going on below.
  private static func printsShortFirstLines(
    _ lines: [SourceLine], width: Int?, vocabulary: StructureVocabulary?
  ) -> Bool {
    guard let width, let vocabulary else { return false }
    var count = 0
    for index in lines.indices.dropLast() where !lines[index + 1].blankBefore {
      let text = lines[index].text
      guard index == 0 || LineShape.endsSentence(lines[index - 1].text),
        TextScan.scalarCount(text) * 100 < width * 60, HeaderReader.endsOpen(text, vocabulary)
      else { continue }
      count += 1
      if count >= 2 { return true }
    }
    return false
  }

  /// The document's words in lower case, without the halves of words broken across lines;
  /// empty when no word is broken (nothing to decide).
  private static func vocabulary(_ lines: [SourceLine]) -> Set<String> {
    guard lines.contains(where: { endsWithBrokenWord($0.text) }) else { return [] }
    var words: Set<String> = []
    var brokenBefore = false
    for line in lines {
      var lineWords = TextScan.words(line.text.lowercased())
      if brokenBefore && !lineWords.isEmpty { lineWords.removeFirst() }
      brokenBefore = endsWithBrokenWord(line.text)
      if brokenBefore && !lineWords.isEmpty { lineWords.removeLast() }
      words.formUnion(lineWords)
    }
    return words
  }

  /// The width lines are wrapped at: most lines reach near the longest ones, and many end
  /// without a sentence mark; nil for a layout of one line per paragraph.
  static func wrapWidth(_ lines: [SourceLine]) -> Int? {
    // A line of a few words, or of a dozen characters of a script written without spaces
    // (a Chinese line wraps at ~25–40 characters, which make one or two "words").
    let lengths = lines.map { TextScan.scalarCount($0.text) }.enumerated().filter {
      $0.element > 400 || TextScan.wordCount(lines[$0.offset].text, limit: 3) >= 3
        || ($0.element >= 12 && lines[$0.offset].text.unicodeScalars.first.map(isUnspaced) == true)
    }.map(\.element).sorted()
    guard lengths.count >= 3 else { return nil }
    let width = lengths[lengths.count * 9 / 10]
    let full = lengths.filter { $0 * 4 >= width * 3 }.count
    let open = lines.filter { !LineShape.endsSentence($0.text) }.count
    guard width <= 200, full * 2 >= lengths.count, open * 10 >= lines.count * 3 else {
      return nil
    }
    return width
  }

  /// Whether a line starting with `scalar` is in a script written without spaces (Chinese,
  /// Japanese): its length, not its words, shows a hard wrap.
  private static func isUnspaced(_ scalar: Unicode.Scalar) -> Bool {
    Script(of: scalar).isUnspaced
  }

  /// The body's paragraphs. A printed number must grow ("3." after "2."): a line starting
  /// with a smaller one is text, said as written.
  func units(_ lines: [SourceLine]) -> [Unit] {
    var units: [Unit] = []
    var lastNumber = 0
    var pendingNumber: Int?
    var previous: SourceLine?
    for line in lines {
      var text = line.text
      var number: Int?
      if numbered, let found = LineShape.paragraphNumber(text), found.number > lastNumber {
        lastNumber = found.number
        text = TextScan.string(TextScan.scalars(text)[found.textStart...])
        if text.isEmpty {
          pendingNumber = found.number  // "7." alone on its line numbers the next line
          previous = nil
          continue
        }
        number = found.number
      } else if let pending = pendingNumber {
        number = pending
      }
      pendingNumber = nil
      let join = number == nil ? previous.map { self.join($0, line) } ?? .split : .split
      if join == .split || units.isEmpty {
        units.append(Unit(number: number, text: text))
      } else {
        units[units.count - 1].text = Self.joined(units[units.count - 1].text, text, join)
      }
      previous = line
    }
    return units
  }

  /// How line `b` follows line `a`.
  func join(_ a: SourceLine, _ b: SourceLine) -> Join {
    if LineShape.bulletLength(b.text) > 0 { return .split }
    let blank = b.blankBefore && !b.breakBefore
    if Self.endsWithBrokenWord(a.text) && !blank && Self.startsWithLetter(b.text) {
      return mend(a.text, b.text)
    }
    let ends = LineShape.endsSentence(a.text)
    let lower = Self.startsLowercase(b.text)
    // A blank line ends a paragraph, unless a hard-wrapped copy puts one after every line and
    // the sentence plainly goes on.
    if blank {
      let goesOn = width != nil || LineShape.endsSentence(b.text)
      return goesOn && !ends && lower && LineShape.lastMark(a.text) == nil ? .space : .split
    }
    // A line that ends with a joining word goes on ("Ladies and" / "Gentlemen:").
    if let vocabulary, HeaderReader.endsOpen(a.text, vocabulary) { return .space }
    // So does one that ends with a function word before a line that opens with a number
    // ("… qui accueillent cette" / "84ème session …"): a number starts no sentence there.
    if let vocabulary, Self.startsWithDigit(b.text), Self.endsOnStopWord(a.text, vocabulary) {
      return .space
    }
    // Salutations wrapped into one sentence: "Chief Constable, …, Distinguished Guests," /
    // "Ladies and Gentlemen.".
    if LineShape.lastMark(a.text) == "," && LineShape.endsSentence(b.text)
      && salutation.isSalutation(b.text) && TextScan.words(b.text).count <= 4
    {
      return .space
    }
    // A form of address wrapped before its last words: "معالي السيد …" / "رئيس الجمهورية،".
    if salutation.continuesWrapped(previous: a.text, line: b.text) { return .space }
    if b.breakBefore && !ends { return .space }
    // A name wrapped between its initials ("… of Belarus V." / "V. Makei. We …"): the full
    // stop of an initial ends no sentence.
    if Self.endsWithInitial(a.text) && Self.startsWithInitial(b.text) { return .space }
    if salutation.isSalutationLine(a.text) || salutation.isOpeningLine(a.text) {
      if lower && Self.wrapsAfterComma(a.text, b.text, salutation) { return .space }
      return lower && LineShape.lastMark(a.text) == nil ? .space : .split
    }
    if lower { return .space }
    if salutation.isOpeningLine(b.text) || b.indent > baseIndent { return .split }
    guard let width else { return .split }
    // On such a page a paragraph's short first line starts a paragraph, and goes on into the
    // next line whatever its last word.
    if shortFirstLines && ends && LineShape.lastMark(b.text) == nil
      && TextScan.scalarCount(b.text) * 100 < width * 60
    {
      return .split
    }
    if shortFirstLines && LineShape.lastMark(a.text) == nil
      && TextScan.words(a.text).last?.first?.isLowercase == true
    {
      return .space
    }
    // A line that ends well short of the width ends its paragraph (or is a heading).
    let firstWord = TextScan.words(b.text).first?.unicodeScalars.count ?? 0
    let reach = TextScan.scalarCount(a.text) + 1 + firstWord
    return reach * 100 < width * 85 ? .split : .space
  }

  /// Whether a short line ending in a comma is a sentence wrapped before its relative clause
  /// ("Quiero agradecer … este congreso," / "que ha reunido …"), not a salutation: it opens
  /// with no word of address or greeting, and the line after is no form of address either
  /// ("Monsieur le Recteur," / "chers collègues," stay two utterances).
  static func wrapsAfterComma(_ a: String, _ b: String, _ salutation: Salutation) -> Bool {
    LineShape.lastMark(a) == "," && !salutation.isSalutation(a) && !salutation.isGreeting(a)
      && !salutation.isOpeningLine(b) && !salutation.isSalutation(b)
  }

  /// Whether the text ends with an initial: one capital letter and a full stop after a space.
  static func endsWithInitial(_ text: String) -> Bool {
    let tail = Array(text.unicodeScalars.suffix(3))
    return tail.count == 3 && TextScan.isSpace(tail[0]) && tail[1].properties.isUppercase
      && tail[2] == "."
  }

  /// Whether the text starts with an initial: one capital letter, a full stop, then a space or
  /// a capital ("V. Makei", "Ю.П.Трутнева").
  static func startsWithInitial(_ text: String) -> Bool {
    let head = Array(text.unicodeScalars.prefix(3))
    return head.count == 3 && head[0].properties.isUppercase && head[1] == "."
      && (TextScan.isSpace(head[2]) || head[2].properties.isUppercase)
  }

  /// A word broken at the end of a line: mended without the hyphen when the document writes
  /// the whole word elsewhere or the halves are no words of their own ("inter-" +
  /// "national"); kept when both halves are words the document uses ("well-" + "known") or
  /// the second is capitalized ("Anti-" + "Terrorism").
  private func mend(_ a: String, _ b: String) -> Join {
    let head = TextScan.words(a).last?.lowercased() ?? ""
    let tail = TextScan.words(b).first ?? ""
    if tail.first?.isUppercase == true { return .hyphen }
    if words.contains(head + tail.lowercased()) { return .glue }
    return words.contains(head) && words.contains(tail.lowercased()) ? .hyphen : .glue
  }

  /// The two texts joined as `join` says.
  static func joined(_ a: String, _ b: String, _ join: Join) -> String {
    switch join {
    // Chinese and Japanese lines are joined without a space: their words have none.
    case .space where isUnspaced(a.unicodeScalars.last) && isUnspaced(b.unicodeScalars.first):
      return a + b
    case .split, .space: return a + " " + b
    case .glue: return String(a.dropLast()) + b
    case .hyphen: return a + b
    }
  }

  /// Whether a letter is of a script written without spaces between words.
  private static func isUnspaced(_ scalar: Unicode.Scalar?) -> Bool {
    guard let scalar, !scalar.isASCII else { return false }
    return Script(of: scalar).isUnspaced
  }

  /// Whether the line ends with a letter and a hyphen ("inter-"), not a spaced dash.
  static func endsWithBrokenWord(_ text: String) -> Bool {
    let scalars = text.unicodeScalars
    guard let last = scalars.last, last == "-" || last == "\u{00AD}" || last == "\u{2010}" else {
      return false
    }
    let before = scalars.dropLast().last
    return before?.properties.isAlphabetic == true
  }

  private static func startsWithLetter(_ text: String) -> Bool {
    text.unicodeScalars.first?.properties.isAlphabetic == true
  }

  /// Whether the line's first letter, past opening quotes and brackets, is lower case.
  /// Whether the text's first letter or digit is a digit.
  static func startsWithDigit(_ text: String) -> Bool {
    text.unicodeScalars.first { !TextScan.isSpace($0) }.map { ("0"..."9").contains($0) } ?? false
  }

  /// Whether the text ends, without a mark, on a function word in lower case.
  static func endsOnStopWord(_ text: String, _ vocabulary: StructureVocabulary) -> Bool {
    guard LineShape.lastMark(text) == nil, let last = TextScan.words(text).last,
      last.first?.isLowercase == true
    else { return false }
    return vocabulary.isStopWord(WordKey.key(last))
  }

  static func startsLowercase(_ text: String) -> Bool {
    for scalar in text.unicodeScalars {
      if TextScan.isOpener(scalar) || TextScan.isSpace(scalar) { continue }
      return scalar.properties.isLowercase
    }
    return false
  }
}
