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
  /// Header lines furniture only by their script: the header reader keeps those that state a
  /// fact ("New York", "António Guterres, Secretary-General" above a Russian address).
  private(set) var otherScript: Set<Int> = []
  /// Close calls, for `check`.
  private(set) var borderline: [BorderlineLine] = []
  /// Lines furniture by their neighbours at the top of the page (``markTopOfPage()``).
  var topOfPage: Set<Int> = []

  /// The fewest words of a line read as prose by its stop words.
  static let proseWords = 4
  /// The stop-word density from which a line reads as prose (jusText's threshold is 0.30).
  static let proseDensity = 0.3

  let lines: [SourceLine]
  /// Why each line is furniture: ``FurnitureRules/reason(_:)``, and the top of the page's
  /// menus and notes (``markTopOfPage()``).
  var furniture: [String?]
  let rules: FurnitureRules
  /// The document language's salutations and greetings.
  let salutation: Salutation
  /// Whether a line is one phrase of a phrase lexicon (a greeting or blessing of another
  /// language standing alone): part of the address wherever it stands next to it.
  let isPhraseLine: (String) -> Bool

  /// Finds the zones of `lines`; `furniture[i]` is ``FurnitureRules/reason(_:)`` of line i.
  init(
    _ lines: [SourceLine], furniture: [String?], rules: FurnitureRules,
    salutation: Salutation = Salutation([]),
    isPhraseLine: @escaping (String) -> Bool = { _ in false }
  ) {
    self.lines = lines
    self.furniture = furniture
    self.rules = rules
    self.salutation = salutation
    self.isPhraseLine = isPhraseLine
    markTopOfPage()
    markSiteTerms()
    markEndMark()
    markCommentForm()
    markSignedNote()
    // Only the lines up to the first sentence and from the last one are asked whether they
    // are speech: asking every line of a long document cost a tenth of its planning.
    // A line printed twice in a row above the address is a photo's caption and its text for
    // the blind: the address starts after it.
    guard
      let first = lines.indices.first(where: {
        isSpeechLine($0) && !isDoubled($0) && !continuesHeadline($0)
      }),
      let last = lines.indices.last(where: { isSpeechLine($0) })
    else {
      // No sentence anywhere: rather than drop it all as a header, speak what is not furniture.
      bodyStart = furniture.prefix { $0 != nil }.count
      bodyEnd = lines.count
      markBody()
      return
    }
    bodyStart = headlineAfter(first) ?? first
    if bodyStart < last && isDateline(bodyStart) { bodyStart += 1 }
    // A salutation wrapped over lines starts on the line before ("Ladies and" / "Gentlemen:").
    while bodyStart > 0 && furniture[bodyStart - 1] == nil
      && !isHeadline(lines[bodyStart - 1].text)
      && opensWrapped(before: bodyStart)
    {
      bodyStart -= 1
    }
    bodyStart = addressListStart(before: bodyStart)
    bodyStart = unmarkedAddressListStart(before: bodyStart)
    // A greeting of another language on its own line opens the address ("Endet Ameshachihu").
    while bodyStart > 0 && furniture[bodyStart - 1] == nil
      && isPhraseLine(lines[bodyStart - 1].text)
    {
      bodyStart -= 1
    }
    var end = last
    while end > bodyStart && isSignature(end) { end -= 1 }
    bodyEnd = max(end + 1, bodyStart + 1)
    while bodyEnd < lines.count && continuesBody(bodyEnd) { bodyEnd += 1 }
    bodyEnd = linkListStart(before: bodyEnd)
    markHeader()
    markBody()
    markTail()
  }

  /// Moves the start of the address back to the header line before it, when that line runs a
  /// reporter's announcement into the address's first words: the announcement is read, and
  /// dropped, with the body's introduction.
  mutating func startBodyBefore() {
    guard bodyStart > 0, furniture[bodyStart - 1] == nil,
      headerReasons[bodyStart - 1] == nil
    else { return }
    let text = TextScan.prefix(lines[bodyStart - 1].text, DocumentStructure.longestAnnouncement)
    // A whole announcement on its line ("Following is the message of …, delivered on his
    // behalf by …:") is the body's introduction, read by the lead's rules, not a header.
    if LineShape.lastMark(text) == ":",
      rules.vocabulary.announcements.match(WordKey.keys(TextScan.prefix(text, 60)), at: 0) > 0
    {
      bodyStart -= 1
      return
    }
    let parts = DocumentStructure.announcementsSplit([text], rules.vocabulary)
    guard parts.count == 2,
      TextScan.scalarCount(parts[1], limit: RunInHeader.shortestRest)
        >= RunInHeader.shortestRest
    else { return }
    bodyStart -= 1
  }

  /// Header lines in another script than the address's, at the top of the page (a skip
  /// link or a site name in the page's other language).
  private mutating func markHeader() {
    guard bodyStart > 0 else { return }
    let main = Self.mainScript(lines[bodyStart..<bodyEnd])
    for index in 0..<bodyStart {
      guard furniture[index] == nil else {
        // The header reader asks each line alone: it is told of furniture by neighbours.
        if topOfPage.contains(index) { headerReasons[index] = furniture[index] }
        continue
      }
      if index == 0,
        (1..<bodyStart).contains(where: {
          isHeadline(lines[$0].text) && isWelcomeLabel(0, above: $0)
        })
      {
        headerReasons[index] = "a site's greeting above the headline, not part of the address"
      } else if isDoubled(index) {
        headerReasons[index] = "a photo caption, printed twice, not part of the address"
      } else if let script = Self.script(of: lines[index].text), script != main {
        headerReasons[index] =
          "text in another script at the top of the page, not part of the address"
        otherScript.insert(index)
      }
    }
  }

  /// Body lines that are furniture: anywhere-furniture, repeats, lists of names.
  private mutating func markBody() {
    let keys = lines.map { repeatKey($0.text) }
    var repeats: [String: Int] = [:]
    for case let key? in keys { repeats[key, default: 0] += 1 }
    let bookends = bookendLines(keys, repeats)
    for index in bodyStart..<bodyEnd {
      if let reason = furniture[index] {
        reasons[index] = reason
      } else if rules.endsWithCredit(lines[index].text) {
        reasons[index] = "a photo caption with its credit, not part of the address"
      } else if let key = keys[index], let count = repeats[key], count >= 2,
        standsApart(index), !bookends.contains(index)
      {
        reasons[index] = "repeated \(count) times in the document: a running header or caption"
      } else if isSpeechCaption(index) {
        reasons[index] = "a photo caption telling who spoke, not part of the address"
      } else if TextScan.scalarCount(lines[index].text, limit: 81) <= 80
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
      if bullet > 0, (1...4).contains(words.count), TextScan.scalarCount(text, limit: 81) <= 80,
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

  /// Whether the line before or after says the same, in a sentence that is no salutation
  /// ("Mr. President;" twice opens some transcripts).
  private func isDoubled(_ index: Int) -> Bool {
    guard LineShape.lastMark(lines[index].text) == ".",
      !salutation.isOpeningLine(lines[index].text)
    else { return false }
    return (index > 0 && lines[index - 1].text == lines[index].text)
      || (index + 1 < lines.count && lines[index + 1].text == lines[index].text)
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
