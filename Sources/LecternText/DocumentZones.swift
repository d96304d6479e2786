/// Where the address lies among a page's lines, and the furniture that is furniture because
/// of where it stands: the header before the first sentence or salutation, the body, and the
/// page's tail after the last sentence (share links, tags, related news, footers).
///
/// Inside the body only lines that are furniture in any position are dropped (links, labels,
/// dates and counters, page numbers), and lines the page repeats (running headers, photo
/// captions) and bulleted lists of names. After the body's last sentence, a line that is no
/// sentence is furniture; a close call (many function words) is listed for `check`.
struct DocumentZones {
  /// Index of the first line of the address (salutation, sentence, numbered paragraph).
  private(set) var bodyStart = 0
  /// Index after the last line of the address.
  private(set) var bodyEnd = 0
  /// Why a line at or after `bodyStart` is not spoken, by index.
  private(set) var reasons: [Int: String] = [:]
  /// Why a header line is furniture (another script at the top of the page), by index.
  private(set) var headerReasons: [Int: String] = [:]
  /// Close calls, for `check`.
  private(set) var borderline: [BorderlineLine] = []

  /// The fewest words of a line read as prose by its stop words.
  static let proseWords = 4
  /// The stop-word density from which a line reads as prose (jusText's threshold is 0.30).
  static let proseDensity = 0.3

  private let lines: [SourceLine]
  private let furniture: [String?]
  private let rules: FurnitureRules
  /// The document language's salutations and greetings.
  private let salutation: Salutation

  /// Finds the zones of `lines`; `furniture[i]` is ``FurnitureRules/reason(_:)`` of line i.
  init(
    _ lines: [SourceLine], furniture: [String?], rules: FurnitureRules,
    salutation: Salutation = Salutation([])
  ) {
    self.lines = lines
    self.furniture = furniture
    self.rules = rules
    self.salutation = salutation
    let speech = lines.indices.map { furniture[$0] == nil && isSpeech($0) }
    guard let first = speech.firstIndex(of: true), let last = speech.lastIndex(of: true) else {
      // No sentence anywhere: rather than drop it all as a header, speak what is not furniture.
      bodyStart = furniture.prefix { $0 != nil }.count
      bodyEnd = lines.count
      markBody()
      return
    }
    bodyStart = headlineAfter(first, speech: speech) ?? first
    // A salutation wrapped over lines starts on the line before ("Ladies and" / "Gentlemen:").
    while bodyStart > 0 && furniture[bodyStart - 1] == nil
      && !isHeadline(lines[bodyStart - 1].text)
      && HeaderReader.endsOpen(lines[bodyStart - 1].text, rules.vocabulary)
    {
      bodyStart -= 1
    }
    bodyEnd = max(last + 1, bodyStart + 1)
    // A sentence's last wrapped line goes on in lower case ("million, etc., rose."); a
    // closing salutation names a person ("Mr. President", "السيد الرئيس").
    while bodyEnd < lines.count && furniture[bodyEnd] == nil
      && (LineJoiner.startsLowercase(lines[bodyEnd].text) || isAddress(lines[bodyEnd].text)
        || isProse(lines[bodyEnd].text))
    {
      bodyEnd += 1
    }
    markHeader()
    markBody()
    markTail()
  }

  /// Whether line `index` is a line of the address: a salutation or greeting, a numbered
  /// paragraph, a sentence with the function words of prose, a long line, or the first line
  /// of a wrapped paragraph (prose in lower case, going on in lower case on the next line).
  func isSpeech(_ index: Int) -> Bool {
    let text = lines[index].text
    let scalars = text.unicodeScalars.count
    if scalars > 4 * FurnitureRules.longestShortLine { return true }  // no headline is so long
    if isHeadline(text) {
      return RunInHeader.split(text, rules.vocabulary, abbreviations: salutation.abbreviations)
        != nil
    }
    if scalars > FurnitureRules.longestShortLine { return true }
    if LineShape.paragraphNumber(text) != nil { return true }
    // Salutations are short: a long line is not asked.
    if TextScan.wordCount(text, limit: 43) <= 42
      && (salutation.isOpeningLine(text) || salutation.isSalutationLine(text))
    {
      return true
    }
    // Prose shows in its first words: a long line is judged by them.
    let head = TextScan.prefix(text, 300)
    let words = TextScan.words(head)
    let density = rules.density(head)
    let stopLists = !rules.vocabulary.stopWords.isEmpty
    let long = words.count >= 2 || scalars >= 15
    // A sentence: prose has function words, or writes its words in lower case (a header line
    // ending in a full stop, "Moscow, 30 October 2019.", has neither).
    if LineShape.endsSentence(text) && long
      && (!stopLists || density >= 0.15 || isLowerCase(Array(words.dropFirst())))
    {
      return true
    }
    // A salutation that names a person ("Gracias, Señora Presidenta.", "Thank you, Mr.
    // President."), or a run of salutations ("INTERPOL President, …, Excellencies, Ladies and").
    let keys = words.map { WordKey.key($0) }
    if LineShape.endsSentence(text) && words.count <= 8
      && rules.vocabulary.honorifics.containsAny(keys)
    {
      return true
    }
    if text.filter({ $0 == "," || $0 == "\u{060C}" }).count >= 3 && !LineShape.endsSentence(text)
      && ([",", ";", ":"].contains(LineShape.lastMark(text))
        || HeaderReader.endsOpen(text, rules.vocabulary))
    {
      return true
    }
    // Two sentences on a line: prose (a header states facts, not sentences).
    if long && !salutation.isOneSentence(text) { return true }
    // The first line of a wrapped paragraph: prose going on in lower case on the next line.
    guard words.count >= 8, index + 1 < lines.count,
      LineJoiner.startsLowercase(lines[index + 1].text)
    else { return false }
    return !stopLists || density >= 0.2 || isLowerCase(Array(words.dropFirst()))
  }

  /// A long line of prose that lacks only its final stop: kept, not taken for the tail.
  private func isProse(_ text: String) -> Bool {
    let words = TextScan.words(text)
    return words.count >= 12 && rules.density(text) >= Self.proseDensity
      && isLowerCase(Array(words.dropFirst())) && !isHeadline(text)
  }

  /// A short line that starts with an honorific: a person addressed ("Mr. President").
  private func isAddress(_ text: String) -> Bool {
    let keys = WordKey.keys(text)
    return keys.count <= 6 && rules.vocabulary.honorifics.match(keys, at: 0) > 0
  }

  /// Whether most words that are no stop words are in lower case, as in prose (titles and
  /// names of events capitalize them).
  private func isLowerCase(_ words: [String]) -> Bool {
    let content = words.filter {
      !rules.vocabulary.isStopWord(WordKey.key($0)) && $0.contains(where: \.isLetter)
    }
    let capitalized = content.filter { $0.first?.isUppercase == true }.count
    return capitalized * 2 < content.count
  }

  /// The first line of the address after a headline that comes soon after text that looked
  /// like prose (a page's teaser or counter above the headline): the headline and what is
  /// above it are the header. Nil when there is no such headline, or a salutation is before it.
  private func headlineAfter(_ first: Int, speech: [Bool]) -> Int? {
    let end = min(lines.count, first + 12)
    guard first + 1 < end, !(0..<first).contains(where: { isHeadline(lines[$0].text) }),
      let headline = (first + 1..<end).last(where: {
        furniture[$0] == nil && isHeadline(lines[$0].text)
          && RunInHeader.split(
            lines[$0].text, rules.vocabulary, abbreviations: salutation.abbreviations) == nil
      }),
      !(first..<headline).contains(where: { salutation.isOpeningLine(lines[$0].text) })
    else { return nil }
    return speech[(headline + 1)...].firstIndex(of: true)
  }

  /// Whether a line opens with a title ("Speech by …", "Discours de M. …") and reads as one:
  /// it names a speaker or an occasion, or it is short, or it ends without a sentence mark.
  func isHeadline(_ text: String) -> Bool {
    // A headline says what it is in its first words: only they are read (a long line of
    // prose costs no more than a short one).
    let keys = WordKey.keys(TextScan.prefix(text, 160))
    let vocabulary = rules.vocabulary
    // A title at the start, or after a possessive ("Ambassador Sung Kim's Arrival Statement").
    let possessive = (2..<max(2, min(keys.count, 9))).contains {
      keys[$0 - 1] == "s" && vocabulary.titles.match(keys, at: $0) > 0
    }
    guard
      vocabulary.titles.match(keys, at: 0) > 0 || vocabulary.titles.match(keys, at: 1) > 0
        || possessive
    else { return false }
    let count = TextScan.wordCount(text, limit: 81)
    guard count <= 80 else { return false }
    if !LineShape.endsSentence(text) || count <= 12 { return true }
    let head = Array(keys.prefix(16))
    return vocabulary.by.containsAny(head) || vocabulary.honorifics.containsAny(head)
      || vocabulary.at.containsAny(head)
  }

  /// Header lines in another script than the address's, at the top of the page (a skip
  /// link or a site name in the page's other language).
  private mutating func markHeader() {
    guard bodyStart > 0 else { return }
    let main = Self.mainScript(lines[bodyStart..<bodyEnd])
    for index in 0..<bodyStart where furniture[index] == nil {
      if let script = Self.script(of: lines[index].text), script != main {
        headerReasons[index] =
          "text in another script at the top of the page, not part of the address"
      }
    }
  }

  /// Body lines that are furniture: anywhere-furniture, repeats, lists of names.
  private mutating func markBody() {
    let keys = lines.map { repeatKey($0.text) }
    var repeats: [String: Int] = [:]
    for case let key? in keys { repeats[key, default: 0] += 1 }
    for index in bodyStart..<bodyEnd {
      if let reason = furniture[index] {
        reasons[index] = reason
      } else if let key = keys[index], let count = repeats[key], count >= 2,
        standsApart(index)
      {
        reasons[index] = "repeated \(count) times in the document: a running header or caption"
      } else if lines[index].text.unicodeScalars.count <= 80
        && isShortNonSentence(lines[index].text) && rules.density(lines[index].text) < 0.15
        && !salutation.isOpeningLine(lines[index].text)
      {
        borderline.append(
          BorderlineLine(
            line: lines[index].number, text: lines[index].text, dropped: false,
            reason: "spoken, but short and without a sentence: a heading, caption or link?"))
      }
    }
    markNameLists()
  }

  /// After the last line of the address, every line that is no sentence is furniture.
  private mutating func markTail() {
    for index in bodyEnd..<lines.count {
      let text = lines[index].text
      reasons[index] =
        furniture[index] ?? "after the end of the address: no sentence, not part of the address"
      if furniture[index] == nil && TextScan.words(text).count >= Self.proseWords
        && rules.density(text) >= Self.proseDensity
      {
        borderline.append(
          BorderlineLine(
            line: lines[index].number, text: text, dropped: true,
            reason: "dropped after the last sentence, but it reads like prose"))
      }
    }
  }

  /// Runs of two or more bulleted lines of one to four capitalized words: names.
  private mutating func markNameLists() {
    var run: [Int] = []
    func close() {
      if run.count >= 2 {
        for index in run { reasons[index] = "a list of names, not part of the address" }
      }
      run = []
    }
    for index in bodyStart..<bodyEnd {
      let text = lines[index].text
      let bullet = LineShape.bulletLength(text)
      let words = bullet > 0 ? TextScan.words(TextScan.prefix(text, 80)) : []
      if bullet > 0, (1...4).contains(words.count), text.unicodeScalars.count <= 80,
        LineShape.lastMark(text) == nil,
        words.allSatisfy({ $0.first?.isUppercase == true }), !salutation.isOpeningLine(text)
      {
        run.append(index)
      } else {
        close()
      }
    }
    close()
  }

  /// Whether a repeated line stands apart from the text around it, as a caption or a running
  /// header does: it does not continue the line before, and the line after does not continue
  /// it — unless the line before breaks off mid-sentence (a running header at a page break).
  private func standsApart(_ index: Int) -> Bool {
    let line = lines[index]
    if LineJoiner.startsLowercase(line.text) { return false }
    guard index + 1 < lines.count, !lines[index + 1].blankBefore,
      LineJoiner.startsLowercase(lines[index + 1].text)
    else { return true }
    return index > 0 && !LineShape.endsSentence(lines[index - 1].text)
  }

  /// The key a running header or caption repeats under: its words folded, for a short line
  /// that is no sentence, salutation or greeting; nil for any other line.
  func repeatKey(_ text: String) -> String? {
    // A sentence repeated is left to the address: refrains are repeated too.
    guard !LineShape.endsSentence(text), text.unicodeScalars.count <= 160,
      LineShape.paragraphNumber(text) == nil
    else { return nil }
    let keys = WordKey.keys(text)
    guard (1...16).contains(keys.count), !salutation.isOpeningLine(text) else { return nil }
    return keys.joined(separator: " ")
  }

  private func isShortNonSentence(_ text: String) -> Bool {
    LineShape.lastMark(text) == nil && TextScan.words(text).count <= 6
  }

  /// The script most of the letters of the lines are in (the first 100 000 letters).
  static func mainScript(_ lines: ArraySlice<SourceLine>) -> Script {
    var counts = [Int](repeating: 0, count: Script.allCases.count)
    var seen = 0
    for line in lines where seen < 100_000 {
      for scalar in line.text.unicodeScalars.prefix(100_000 - seen) {
        if scalar.isASCII {
          // ASCII first: Unicode property lookups would dominate on a long Latin text.
          if Script(of: scalar) == .latin { counts[0] += 1 }
          seen += 1
        } else if scalar.properties.isAlphabetic {
          counts[Self.index(group(Script(of: scalar)))] += 1
          seen += 1
        }
      }
    }
    let best = counts.indices.max { counts[$0] < counts[$1] } ?? 0
    return counts[best] == 0 ? .latin : Script.allCases[best]
  }

  private static func index(_ script: Script) -> Int {
    Script.allCases.firstIndex(of: script) ?? 0
  }

  /// Japanese mixes kana and Han characters: one group.
  private static func group(_ script: Script) -> Script {
    script == .kana ? .han : script
  }

  /// The script of most of a line's letters, nil when it has none.
  static func script(of text: String) -> Script? {
    var counts: [Script: Int] = [:]
    for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
      counts[group(Script(of: scalar)), default: 0] += 1
    }
    return counts.max { $0.value < $1.value }?.key
  }
}
