/// How ``DocumentZones`` tells a line of the address from a headline or page furniture:
/// salutations, numbered paragraphs, sentences with the function words of prose, wrapped
/// paragraphs; and a headline by its title words. Every test reads a bounded prefix of a line,
/// so a huge line costs no more than a short one.
extension DocumentZones {
  /// Whether line `index` is a line of the address: a salutation or greeting, a numbered
  /// paragraph, a sentence with the function words of prose, a long line, or the first line
  /// of a wrapped paragraph (prose in lower case, going on in lower case on the next line).
  func isSpeech(_ index: Int) -> Bool {
    let text = lines[index].text
    // Counted up to past the longest limit asked below.
    let scalars = TextScan.scalarCount(text, limit: 4 * FurnitureRules.longestShortLine + 1)
    if scalars > 4 * FurnitureRules.longestShortLine { return true }  // no headline is so long
    if isHeadline(text) { return headlineGoesOn(text) }
    if isTitleAroundDate(index) { return false }
    if scalars > FurnitureRules.longestShortLine { return true }
    if LineShape.paragraphNumber(text) != nil, let verdict = numberedLineVerdict(text) {
      return verdict
    }
    // Salutations are short, and a greeting ending in a full stop shorter still: a long line,
    // or a sentence of more than a greeting's words, is not asked.
    let wordCount = TextScan.wordCount(text, limit: 43)
    let closedSentence = [".", "?"].contains(LineShape.lastMark(text))
    if wordCount <= 42 && !(closedSentence && wordCount > Salutation.longestGreeting)
      && (salutation.isOpeningLine(text) || salutation.isSalutationLine(text))
      && !isFieldLabel(index)
    {
      return true
    }
    return readsAsProse(index, scalars: scalars)
  }

  /// Whether a line that reads as a headline is the address with its headline in front: a
  /// Chinese title going on with sentences ("…离任讲话(中英对照)  感谢各位出席今晚的招待会。此时…"),
  /// or a header run into the first sentence.
  private func headlineGoesOn(_ text: String) -> Bool {
    if LineShape.holdsSentences(text) && Self.unspacedLetters(text) >= Self.unspacedSentence {
      return true
    }
    return RunInHeader.split(text, rules.vocabulary, abbreviations: salutation.abbreviations)
      != nil
  }

  /// Whether a line that opens with a number is the address: a numbered paragraph is, a date
  /// with little after it is not ("29. Juni 2012 in Brüssel" starts with a day, and the day's
  /// full stop cuts it in two; "18 تموز/يوليه" is a day and a month alone). Nil when a date
  /// opens a line that goes on: the other tests decide.
  private func numberedLineVerdict(_ text: String) -> Bool? {
    let head = TextScan.prefix(text, 40)
    guard let date = rules.vocabulary.dates.find(in: head), date.range.lowerBound == 0 else {
      if let day = rules.vocabulary.dates.dayAndMonth(in: head), head.hasPrefix(day),
        TextScan.wordCount(text, limit: 6) <= 5, !LineShape.endsSentence(text)
      {
        return false
      }
      return true
    }
    let rest = TextScan.string(Array(text.unicodeScalars.dropFirst(date.range.upperBound))[...])
    if TextScan.wordCount(rest, limit: 6) <= 5 && !LineShape.endsSentence(text) { return false }
    return nil
  }

  /// Whether a line is a date with at most three other words (a place): "Oslo 10. juni 2005.",
  /// "Genève, le 3 mars 2031.".
  private func isPlaceAndDate(_ head: String) -> Bool {
    guard let date = rules.vocabulary.dates.find(in: head) else { return false }
    let scalars = TextScan.scalars(head)
    let rest =
      TextScan.string(scalars[..<date.range.lowerBound]) + " "
      + TextScan.string(scalars[date.range.upperBound...])
    return TextScan.wordCount(rest, limit: 4) <= 3
  }

  /// Whether line `index`, no headline, salutation or numbered line, reads as prose: a
  /// sentence with function words, a salutation naming a person, a run of salutations, two
  /// sentences, a long run of Chinese or Japanese, or the first line of a wrapped paragraph.
  private func readsAsProse(_ index: Int, scalars: Int) -> Bool {
    let text = lines[index].text
    // Prose shows in its first words: a long line is judged by them.
    let head = TextScan.prefix(text, 300)
    let words = TextScan.words(head)
    let density = rules.density(head)
    let stopLists = !rules.vocabulary.stopWords.isEmpty
    // Chinese and Japanese write a sentence as one run of letters: its letters are counted.
    let unspaced = Self.unspacedLetters(head) >= Self.unspacedSentence
    let long = words.count >= 2 || scalars >= 15 || unspaced
    // A dated line in capitals that names an address is its header, stop or not ("PRIME
    // BISHOP … ADDRESS DELIVERED … ON 9 JULY 2025."): prose is not written in capitals.
    if LineShape.isCapitals(words, least: 4) && rules.vocabulary.dates.find(in: head) != nil
      && rules.vocabulary.titles.containsAny(words.map { WordKey.key($0) })
    {
      return false
    }
    // A sentence: prose has function words, or writes its words in lower case (a header line
    // ending in a full stop, "Moscow, 30 October 2019.", has neither; "Oslo 10. juni 2005."
    // writes its month in lower case, and is a date with a place).
    if LineShape.endsSentence(text) && long && !isPlaceAndDate(head)
      && (!stopLists || density >= 0.15 || unspaced || isLowerCase(Array(words.dropFirst())))
    {
      return true
    }
    let keys = words.map { WordKey.key($0) }
    if LineShape.endsSentence(text) && readsAsReport(head, keys) { return true }
    // A salutation that names a person ("Gracias, Señora Presidenta.", "Thank you, Mr.
    // President."), or a run of salutations ("INTERPOL President, …, Excellencies, Ladies and").
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
    // Two sentences on a line: prose (a header states facts, not sentences), unless the
    // second is a place and a date after the venue ("… de Tarvela. Brivonne , 14.03.2031").
    if long && !salutation.isOneSentence(text) && !endsWithPlaceAndDate(head) { return true }
    // A long run of Chinese or Japanese with a clause mark inside is prose, even cut short
    // by a page break ("我会永远记得…朋友们,正是在他们的支").
    if Self.unspacedLetters(head, limit: Self.unspacedProse) >= Self.unspacedProse
      && head.unicodeScalars.dropLast().contains(where: { Self.clauseMarks.contains($0) })
    {
      return true
    }
    // The first line of a wrapped paragraph: prose going on in lower case on the next line.
    guard words.count >= 8, index + 1 < lines.count,
      LineJoiner.startsLowercase(lines[index + 1].text)
    else { return false }
    return !stopLists || density >= 0.2 || isLowerCase(Array(words.dropFirst()))
  }

  /// The fewest letters of a script written without spaces that make a sentence of a line
  /// ending in a sentence mark ("这也凸显性别平等的重要性。"); a header states facts without one.
  static let unspacedSentence = 6

  /// The fewest letters of a script written without spaces that make prose of a line with
  /// a clause mark inside.
  static let unspacedProse = 20

  /// Commas and clause marks of Chinese and Japanese text, and the ASCII comma its copies use.
  static let clauseMarks: Set<Unicode.Scalar> = [",", "\u{FF0C}", "\u{3001}", "\u{FF1B}"]

  /// How many letters of `text` are of a script written without spaces (Han, kana, Thai),
  /// counted up to `limit`.
  static func unspacedLetters(_ text: String, limit: Int = unspacedSentence) -> Int {
    var count = 0
    for scalar in text.unicodeScalars where !scalar.isASCII && scalar.properties.isAlphabetic {
      let script = Script(of: scalar)
      if script == .han || script == .kana || script == .thai {
        count += 1
        if count >= limit { break }
      }
    }
    return count
  }

  /// Whether line `index` is speech and no furniture.
  func isSpeechLine(_ index: Int) -> Bool {
    furniture[index] == nil && isSpeech(index)
  }

  /// A label over page fields, shaped like a salutation ("Consular queries:" above a phone
  /// number): it ends with a colon, names no one addressed, and furniture follows it.
  func isFieldLabel(_ index: Int) -> Bool {
    let text = lines[index].text
    return LineShape.lastMark(text) == ":" && !salutation.isSalutation(text)
      && index + 1 < lines.count && furniture[index + 1] != nil
  }

  /// A dateline, which press copies put before the address: a place alone on its line, with
  /// a colon ("New Delhi:"), or with a comma right under the date ("Dubai,"). Not a salutation:
  /// it names no one addressed and holds no header word.
  func isDateline(_ index: Int) -> Bool {
    let text = lines[index].text
    let mark = LineShape.lastMark(text)
    let words = TextScan.words(text)
    let vocabulary = rules.vocabulary
    guard mark == ":" || mark == ",", (1...3).contains(words.count),
      words.allSatisfy({ $0.unicodeScalars.first?.properties.isUppercase == true }),
      !salutation.isSalutation(text)
    else { return false }
    let keys = words.map { WordKey.key($0) }
    if vocabulary.honorifics.containsAny(keys) || vocabulary.offices.containsAny(keys)
      || vocabulary.titles.containsAny(keys) || vocabulary.events.containsAny(keys)
    {
      return false
    }
    return mark == ":" || (index > 0 && vocabulary.dates.find(in: lines[index - 1].text) != nil)
  }

  /// A long line of prose that lacks only its final stop: kept, not taken for the tail.
  func isProse(_ text: String) -> Bool {
    let words = TextScan.words(text)
    return words.count >= 12 && rules.density(text) >= Self.proseDensity
      && isLowerCase(Array(words.dropFirst())) && !isHeadline(text)
  }

  /// Whether a line longer than a headline opens with one whose date ends it, and runs on
  /// into the address ("CEREMONY … ADDRESS BY THE MINISTER, ANA LIMA (Tromsø, 3 May 2011)
  /// Minister, dear friends, …").
  func isDatedRunIn(_ text: String) -> Bool {
    RunInHeader.split(
      text, rules.vocabulary, abbreviations: salutation.abbreviations, datedOnly: true) != nil
  }

  /// A short line that starts with an honorific: a person addressed ("Mr. President").
  func isAddress(_ text: String) -> Bool {
    let keys = WordKey.keys(text)
    return keys.count <= 6 && rules.vocabulary.honorifics.match(keys, at: 0) > 0
  }

  /// Whether most words that are no stop words are in lower case, as in prose (titles and
  /// names of events capitalize them).
  func isLowerCase(_ words: [String]) -> Bool {
    let content = words.filter {
      !rules.vocabulary.isStopWord(WordKey.key($0)) && $0.contains(where: \.isLetter)
    }
    let capitalized = content.filter { $0.first?.isUppercase == true }.count
    return capitalized * 2 < content.count
  }

  /// The first line of the address after a headline that comes soon after text that looked
  /// like prose (a page's teaser or counter above the headline): the headline and what is
  /// above it are the header. Nil when there is no such headline, or a salutation is before it.
  func headlineAfter(_ first: Int) -> Int? {
    let end = min(lines.count, first + 12)
    guard first + 1 < end, !(0..<first).contains(where: { isHeadline(lines[$0].text) }),
      let headline = (first + 1..<end).last(where: {
        furniture[$0] == nil && (isHeadline(lines[$0].text) || isDatedRunIn(lines[$0].text))
      }),
      // Furniture or a label ending in a colon right above the headline ("Diaporama de la
      // soirée :") opens nothing: a salutation is followed by the address, not by a title.
      !(first..<headline - 1).contains(where: {
        furniture[$0] == nil && salutation.isOpeningLine(lines[$0].text)
          && !isWelcomeLabel($0, above: headline)
      })
    else { return nil }
    // A headline in capitals run into the address's first words: the address starts on its
    // line, and the header is split from it there.
    if RunInHeader.split(
      lines[headline].text, rules.vocabulary, abbreviations: salutation.abbreviations) != nil
    {
      return headline
    }
    return (headline + 1..<lines.count).first { isSpeechLine($0) }
  }

  /// A site's greeting printed as the page's first line, above a headline that names who
  /// speaks ("Welcome" over "Speech by Ambassador …"): one or two words without a mark. A
  /// speech's own welcome comes after its headline, or ends with a mark ("Welcome!").
  func isWelcomeLabel(_ index: Int, above headline: Int) -> Bool {
    guard index == 0, headline > index, LineShape.lastMark(lines[index].text) == nil,
      TextScan.wordCount(lines[index].text, limit: 3) <= 2,
      salutation.isOpeningLine(lines[index].text),
      !LineShape.endsSentence(lines[headline].text)
    else { return false }
    let keys = WordKey.keys(TextScan.prefix(lines[headline].text, 160))
    return rules.vocabulary.by.containsAny(keys) || rules.vocabulary.honorifics.containsAny(keys)
  }

  /// Whether a line opens with a title ("Speech by …", "Discours de M. …") and reads as one:
  /// it names a speaker or an occasion, or it is short, or it ends without a sentence mark.
  func isHeadline(_ text: String) -> Bool {
    // A headline says what it is in its first words: only they are read (a long line of
    // prose costs no more than a short one). The title opens it, or follows a possessive
    // ("Ambassador Sung Kim's Arrival Statement").
    let vocabulary = rules.vocabulary
    let first = WordKey.keys(TextScan.prefix(text, 48))
    var titled =
      vocabulary.titles.match(first, at: 0) > 0 || vocabulary.titles.match(first, at: 1) > 0
    if !titled, TextScan.prefix(text, 120).contains(where: { $0 == "’" || $0 == "'" }) {
      let keys = WordKey.keys(TextScan.prefix(text, 120))
      titled = (2..<max(2, min(keys.count, 9))).contains {
        keys[$0 - 1] == "s" && vocabulary.titles.match(keys, at: $0) > 0
      }
    }
    guard titled else { return isNewsHeadline(text) }
    let keys = WordKey.keys(TextScan.prefix(text, 160))
    let count = TextScan.wordCount(text, limit: 81)
    guard count <= 80 else { return false }
    if !LineShape.endsSentence(text) || count <= 12
      || LineShape.endsWithDate(text, vocabulary.dates)
    {
      return true
    }
    let head = Array(keys.prefix(16))
    return vocabulary.by.containsAny(head) || vocabulary.honorifics.containsAny(head)
      || vocabulary.at.containsAny(head)
  }
}
