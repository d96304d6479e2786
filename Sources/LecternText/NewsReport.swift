/// A news report that carries a speech: the headline makes the speaker the subject of a
/// speech verb (`[news-speech-verbs]`: "Rustam Khamitov spoke at …", "ألقى الوزير … كلمة",
/// "田政務次長出席…致詞稿"), and a reporter's lead tells, in the third person, who spoke where
/// and when before the address opens. Read by the verbs of the language files and by shape:
/// the subject is a name or an office (capitalized, or in a script without capitals) and
/// holds no title word ("Discours prononcé par …" names the address, not a speaker).
extension StructureVocabulary {
  /// Whether a text tells that someone gave an address: it holds a speech verb, as a word
  /// or, in a script written without spaces, inside a run of letters.
  func reportsSpeech(_ text: String) -> Bool {
    let head = TextScan.prefix(text, 600)
    if speechVerbs.containsAny(WordKey.keys(head)) { return true }
    return unspacedSpeechVerbs.contains { head.contains($0) }
  }
}

extension HeaderParser {
  /// The most words of a headline's subject before its speech verb.
  static let longestSubject = 10

  /// The length in words of a speech verb at `index` whose subject is all the words before
  /// it: a name or office, up to ``longestSubject`` words, at least one no function word,
  /// starting with a capital or in a script without capitals, and without a title word.
  func speechVerb(
    _ words: [(word: String, range: Range<Int>)], _ keys: [String], at index: Int
  ) -> Int? {
    guard (1...Self.longestSubject).contains(index), index < keys.count else { return nil }
    let count = vocabulary.speechVerbs.match(keys, at: index)
    guard count > 0, index + count < keys.count else { return nil }
    let subject = Array(keys[..<index])
    guard let first = words[0].word.unicodeScalars.first,
      first.properties.isUppercase || Self.isUncased(first),
      subject.contains(where: { !vocabulary.isStopWord($0) }),
      !vocabulary.titles.containsAny(subject)
    else { return nil }
    // A person: an office or honorific, or a name of two capitalized words ("Hoy no hablo
    // …" opens a sentence of the address with a capital, and says "I speak").
    let named = (0..<index).filter {
      words[$0].word.unicodeScalars.first?.properties.isUppercase == true
        && !vocabulary.isStopWord(keys[$0])
    }
    guard
      Self.isUncased(first) || named.count >= 2 || vocabulary.offices.containsAny(subject)
        || vocabulary.honorifics.containsAny(subject)
    else { return nil }
    return count
  }

  /// The most words of a subject after a headline's opening speech verb that a comma ends
  /// before the title word: a name and a chain of offices ("ألقى المستشار فلان الفلاني وكيل
  /// أول مجلس النواب رئيس الجلسة العامة اليوم، كلمة …").
  static let longestVerbFirstSubject = 14

  /// Where the subject ends in a headline that opens with its speech verb ("ألقى الوزير فلان
  /// كلمة في …"): at the first title word after one to `longest` words, in a script without
  /// capitals (a capitalized verb first is an imperative or a headline's noun).
  func verbFirstSubjectEnd(
    _ words: [(word: String, range: Range<Int>)], _ keys: [String],
    longest: Int = longestSubject
  ) -> Int? {
    let count = vocabulary.speechVerbs.match(keys, at: 0)
    guard count > 0, count + 1 < keys.count, let first = words[0].word.unicodeScalars.first,
      Self.isUncased(first),
      let title = (count + 1..<min(keys.count, count + longest + 1)).first(where: {
        vocabulary.titles.match(keys, at: $0) > 0
      })
    else { return nil }
    return title
  }

  /// A headline's subject and what follows its speech verb ("Rustam Khamitov | spoke | at
  /// the Congress …"), or, when the verb opens it, what follows the subject from the title
  /// word on ("ألقى | الوزير … | كلمة …"); nil without a speech verb so placed.
  func subjectOfSpeechVerb(
    _ text: String, longest: Int = longestSubject
  ) -> (speaker: String, rest: String, verbAfter: Bool)? {
    let words = Self.wordRanges(text)
    let keys = words.map { WordKey.key($0.word) }
    let scalars = Array(text.unicodeScalars)
    func cut(_ from: Int, _ to: Int) -> String {
      TextScan.trimmed(TextScan.string(scalars[from..<to]))
    }
    if let end = verbFirstSubjectEnd(words, keys, longest: longest) {
      let verb = vocabulary.speechVerbs.match(keys, at: 0)
      return (
        cut(words[verb].range.lowerBound, words[end - 1].range.upperBound),
        cut(words[end].range.lowerBound, scalars.count), false
      )
    }
    guard keys.count >= 2,
      let index = (1..<min(keys.count, Self.longestSubject + 1)).first(where: {
        speechVerb(words, keys, at: $0) != nil
      }), let verb = speechVerb(words, keys, at: index)
    else { return nil }
    return (
      cut(words[0].range.lowerBound, words[index - 1].range.upperBound),
      cut(words[index + verb].range.lowerBound, scalars.count), true
    )
  }

  /// Whether a letter is of a script without capitals (Arabic, Han).
  static func isUncased(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic && !scalar.properties.isUppercase
      && !scalar.properties.isLowercase
  }
}

extension DocumentZones {
  /// Whether a line is a news headline: one statement with no mark at its end, no photo
  /// credit, at most 30 words, and a speech verb after its subject (or, in Arabic, before
  /// it), or in Chinese a speech verb inside the first run of letters of a line that names an
  /// address ("田政務次長出席…致詞稿").
  func isNewsHeadline(_ text: String) -> Bool {
    guard LineShape.lastMark(text) == nil, TextScan.wordCount(text, limit: 31) <= 30,
      !LineShape.holdsSentences(text)
    else { return false }
    let head = TextScan.prefix(text, 300)
    let words = HeaderParser.wordRanges(head)
    let keys = words.map { WordKey.key($0.word) }
    // A caption tells who spoke too, and ends with its credit ("… UN Photo/Cia Pak").
    guard !keys.isEmpty, !rules.vocabulary.credits.containsAny(keys) else { return false }
    let parser = HeaderParser(vocabulary: rules.vocabulary, rules: rules)
    if parser.verbFirstSubjectEnd(words, keys) != nil
      || (1..<min(keys.count, HeaderParser.longestSubject + 1)).contains(where: {
        parser.speechVerb(words, keys, at: $0) != nil
      })
    {
      return true
    }
    guard let first = words[0].word.unicodeScalars.first, Script(of: first).isUnspaced,
      rules.vocabulary.titles.containsAny(keys)
    else { return false }
    return rules.vocabulary.unspacedSpeechVerbs.contains { verb in
      guard let found = words[0].word.range(of: verb) else { return false }
      let offset = words[0].word.distance(from: words[0].word.startIndex, to: found.lowerBound)
      return (1...HeaderReader.longestUnspacedSubject).contains(offset)
    }
  }
}

extension DocumentZones {
  /// The fewest words of a reporter's lead told by its speech verb.
  static let shortestReport = 10

  /// Whether a sentence is a reporter's lead, which tells who spoke in names and dates, too
  /// few function words for prose ("26 декабря во Дворце культуры «…» Президент … выступил на
  /// …"): a speech verb, ten words or more, no word that joins an address to its speaker
  /// (a header line says "… delivered by …") and no photo credit (a caption tells who spoke
  /// too: "… addresses the general debate. UN Photo/…").
  func readsAsReport(_ head: String, _ keys: [String]) -> Bool {
    keys.count >= Self.shortestReport && rules.vocabulary.reportsSpeech(head)
      && !rules.vocabulary.by.containsAny(keys) && !rules.vocabulary.credits.containsAny(keys)
  }
}

extension HeaderReader {
  /// The most letters of a subject before a speech verb in a Chinese headline.
  static let longestUnspacedSubject = 14
}

extension DocumentStructure {
  /// The speaker a lead in a script written without spaces names before its speech verb,
  /// inside one run of letters ("10月31日,國務院總理溫家寶出席…"): the run's letters before the
  /// verb, two to ``HeaderReader/longestUnspacedSubject`` of them, holding an office
  /// (`[header-offices]`, an ending: "…總理"), the name after it included. Nil when no run
  /// of the lead's first sentences reads so.
  static func unspacedSpeaker(in lead: String, _ vocabulary: StructureVocabulary) -> String? {
    for word in TextScan.words(TextScan.prefix(lead, 600)) {
      guard let first = word.unicodeScalars.first, Script(of: first).isUnspaced else {
        continue
      }
      let found = vocabulary.unspacedSpeechVerbs.compactMap { word.range(of: $0)?.lowerBound }
      guard let verb = found.min() else { continue }
      let subject = Array(word[..<verb])
      guard (2...HeaderReader.longestUnspacedSubject).contains(subject.count) else { continue }
      // An office ends somewhere in the subject: the name, if any, follows it.
      let holdsOffice = (2...subject.count).contains { end in
        vocabulary.offices.containsAny([WordKey.key(String(subject[..<end]))])
      }
      if holdsOffice { return String(subject) }
    }
    return nil
  }
}

extension DocumentStructure {
  /// Whether a reporter's lead that told who spoke (`[news-speech-verbs]`: "On 14 March the
  /// minister spoke at …") ends with this sentence: the address opens right after it with a
  /// salutation or greeting, and the sentence is none.
  static func reportEnds(
    _ sentence: String, next: String?, reported: Bool, _ salutation: Salutation
  ) -> Bool {
    // A salutation ends with a comma, colon or exclamation, a greeting is short: a sentence
    // of prose that opens with a word of address ("Participants discussed …") goes on with
    // the report.
    // The address may open quoted whole after the report ("\"En déposant, ce matin, …").
    guard reported, let next, opensAfterReport(next, salutation) || opensQuotation(next) else {
      return false
    }
    return !salutation.isSalutation(sentence) && !endsInSalutation(sentence, salutation)
  }

  /// Whether a sentence after a report opens the address: a salutation ends with a comma,
  /// colon or exclamation, a greeting is short; a sentence of prose that opens with a word of
  /// address ("Participants discussed …") goes on with the report.
  static func opensAfterReport(_ sentence: String, _ salutation: Salutation) -> Bool {
    salutation.isOpeningSentence(sentence)
      && (LineShape.lastMark(sentence) != "."
        || TextScan.wordCount(sentence, limit: Salutation.longestGreeting + 1)
          <= Salutation.longestGreeting)
  }

  /// The place a reporter's lead names: a dateline's capitalized words before a comma and a
  /// date ("NAIROBI, 14 March 2019 – …"), else the first run of capitalized words after a
  /// word before a place (`[header-in]`, an article between: "in Nairobi", "at the Kelvera
  /// Conference Centre"), or a building and the name in quotation marks after it ("во Дворце
  /// культуры «Нефтяник»"). A run holding an occasion, office, title or honorific word (but
  /// for a building's: "Palacio de Congresos …"), or a date, is none; so is a run after an
  /// office ("Ambassador of X in Y" names where the ambassador serves); nil when there is none.
  static func leadPlace(in lead: String, _ vocabulary: StructureVocabulary) -> String? {
    let words = LeadPlaceWords(TextScan.prefix(lead, longestAnnouncement), vocabulary)
    if let dateline = words.dateline() { return dateline }
    // The last place of the sentence that names one: "at the … Centre in Nairobi", "India in
    // Vietnam … a reception in Hanoi" name the city last.
    var found: (text: String, end: Int)?
    var subject: Int?
    var index = 0
    while index < words.keys.count {
      if let last = found, words.endsSentence(between: last.end, and: index) { break }
      // "a statement about the incident in Lancaster": a place after the subject's word, in
      // its clause, is the subject's ("… sobre el Agua, en Zobel" is the lead's). Short words
      // of `[header-about]` ("on", "sur", "о") have other senses.
      let about = vocabulary.about.match(words.keys, at: index)
      if about > 1 || (about == 1 && words.keys[index].count >= 4) { subject = index }
      // A one-letter ASCII word is an article or "to" ("a Tarvel officer", "a Madrid"),
      // though its key is that of "à".
      let letter =
        words.words[index].word.count == 1 && words.words[index].word.first?.isASCII == true
      let locative = letter ? 0 : vocabulary.locatives.match(words.keys, at: index)
      guard locative > 0, !words.followsOffice(index), !words.inClause(of: subject, index) else {
        index += 1
        continue
      }
      let start = words.skippingArticle(index + locative)
      let end = words.runEnd(start)
      if end > start, let quoted = words.quotedName(after: start),
        vocabulary.venues.containsAny(Array(words.keys[start..<end]))
      {
        let close = words.words.lastIndex { $0.range.upperBound <= quoted } ?? end - 1
        found = (
          TextScan.string(words.scalars[words.words[start].range.lowerBound..<quoted]), close + 1
        )
      } else if end > start && words.isPlace(start..<end) {
        found = (words.span(start..<end), end)
      }
      index = max(end, index + 1)
    }
    return found?.text
  }

}
