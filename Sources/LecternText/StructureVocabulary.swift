/// What structure reading knows of words, compiled once per planner from every language's
/// `.language` file: page-furniture phrases, page labels, header words, stop words, dates.
///
/// Furniture and header words of all languages are used together, whatever the document's
/// language: an English "Skip to main content" sits on French and Chinese pages too, and a
/// French page may print its header with Spanish month names.
struct StructureVocabulary: Sendable {
  /// Links, buttons and player or viewer text (`[furniture-links]`): "Skip to main content".
  var links: PhraseSet
  /// Notes about the text (`[furniture-notes]`): "Check against delivery", "Transcription".
  var notes: PhraseSet
  /// Words of a photo credit (`[furniture-credits]`): "photo", "摄".
  var credits: PhraseSet
  /// Labels in brackets that end a headline with the page's media, in scripts without
  /// capitals (`[furniture-media-marks]`): "(附图)".
  var mediaMarks: PhraseSet
  /// Words of a page's code that a copy keeps on a line of their own (`[furniture-code]`):
  /// an image's "alt", a script's "undefined".
  var code: PhraseSet
  /// Words that make a short line a reporter's byline (`[furniture-bylines]`): "staff
  /// writer", "корреспондент", "بقلم".
  var bylines: PhraseSet
  /// Openings of a site's notice that make a line furniture, sentence or not
  /// (`[furniture-notices]`): "This site uses cookies".
  var notices: PhraseSet
  /// Words of a site's terms for its readers' comments (`[furniture-site-terms]`):
  /// "comments", "commentaires".
  var siteTerms: PhraseSet
  /// Words of a time told beside a number, relative to now or as a reading time
  /// (`[furniture-time-words]`): "hours", "ago", "min read".
  var timeWords: PhraseSet
  /// Words of a reporter's announcement that the address follows in full
  /// (`[lead-announcements]`): "text of the speech", "texte intégral", "نص الكلمة".
  var announcements: PhraseSet
  /// Verbs by which a report says its speaker gave the address (`[news-speech-verbs]`):
  /// "delivers", "s’adresse", "выступи*", "ألقى".
  var speechVerbs: PhraseSet
  /// The entries of `[news-speech-verbs]` in a script written without spaces ("出席"): a
  /// run of such letters holds them anywhere, so they are looked for inside it.
  var unspacedSpeechVerbs: [String]
  /// Names of a site's sections of pages (`[page-sections]`): "Speeches", "Foreign Affairs".
  var sections: PhraseSet
  /// Formulas that open an address in the first person (`[address-openings]`): "it is with
  /// great pleasure", "c'est un honneur", "يسعدني".
  var openings: PhraseSet
  /// Headings of a page's comment form (`[furniture-comment-forms]`): "leave a reply".
  var commentForms: PhraseSet
  /// A press release's end marks (`[furniture-end-marks]`), as ``DocumentZones/endMarkKey(_:)``
  /// compares them: "###", "30", "ends", "fin".
  var endMarks: Set<String>
  /// Invocations an address opens with (`[address-invocations]`): "بسم الله الرحمن الرحيم".
  var invocations: PhraseSet
  /// Formulas that close an address (`[address-closings]`): thanks, blessings, farewells and
  /// cheers ("thank you", "vive", "спасибо", "والله ولي التوفيق").
  var closings: PhraseSet
  /// The entries of `[address-closings]` in a script written without spaces ("谢谢").
  var unspacedClosings: [String]
  /// How wishes that close an address open in a script written without spaces
  /// (`[address-wishes]`: "祝福", "祝愿"): a line of wishes runs on longer than thanks do.
  var unspacedWishes: [String]
  /// Words by which a speaker says I or we (`[first-person]`): "I", "nous", "мы"; those of a
  /// script written without spaces ("我") are looked for inside a run.
  var firstPerson: PhraseSet
  /// The entries of `[first-person]` in a script written without spaces.
  var unspacedFirstPerson: [String]
  /// Words by which a speaker addresses the audience (`[second-person]`): "you", "vous",
  /// "вы"; those of a script written without spaces ("你们") are looked for inside a run.
  var secondPerson: PhraseSet
  /// The entries of `[second-person]` in a script written without spaces.
  var unspacedSecondPerson: [String]
  /// Field labels (`[page-labels]`): label words → the fact its value states, or `-`.
  var labels: [[String]: String]
  /// Labels of a posting stamp only when they stand alone (`posted-alone`: "时间:" stamps a
  /// page, "会议时间:" gives a meeting's time).
  var aloneStamps: Set<String>
  /// The fact of a label that stamps a page alone, and compounds into no stamp.
  static let postedAlone = "posted-alone"
  /// Words naming a kind of address (`[header-titles]`): "speech", "discours".
  var titles: PhraseSet
  /// Words naming an office (`[header-offices]`): "minister", "президент*".
  var offices: PhraseSet
  /// Words naming an occasion (`[header-events]`): "conference", "session".
  var events: PhraseSet
  /// Words joining an address to its speaker (`[header-by]`): "by", "par", "por".
  var by: PhraseSet
  /// Words joining an address to its occasion (`[header-at]`): "at", "lors de".
  var at: PhraseSet
  /// Words joining an address to its subject (`[header-about]`): "on", "sur".
  var about: PhraseSet
  /// Words joining an address to its audience (`[header-to]`): "to", "à", "к".
  var to: PhraseSet
  /// Words before a place's name in a header (`[header-in]`): "at", "in", "в".
  var locatives: PhraseSet
  /// Buildings an address is given in (`[header-venues]`): "residence", "palais".
  var venues: PhraseSet
  /// Words before a person's name (`[header-honorifics]`): "Mr", "Mme", "H.E.".
  var honorifics: PhraseSet
  /// Words naming a copy of an address's text before its speaker (`[header-text-of]`):
  /// "text of", "English rendering of", "texte intégral de".
  var textOf: PhraseSet
  /// Words before the year of a graduating class or an edition (`[header-cohorts]`): "class
  /// of", "promoción", "دفعة".
  var cohorts: PhraseSet
  /// Words naming the unit of an office or the mission that runs a page
  /// (`[header-site-units]`): "Office of the", "Cabinet du", "Consulado de", "سفارة".
  var siteUnits: PhraseSet
  /// Words joining a title to its speaker only after the title (`[header-by-after-title]`):
  /// "from" of "Message from the Secretary-General", not of "From our Principal".
  var byAfterTitle: PhraseSet
  /// Feasts and occasions an unspaced headline's title may open with (`[header-occasions]`):
  /// "新春" of "…市长郭志泉新春致辞".
  var occasions: PhraseSet
  /// Words by which a reporter attributes a quotation that goes on (`[news-attributions]`):
  /// "he added", "وأضاف", "agregó".
  var attributions: PhraseSet
  /// Stop words of each language (`[stop-words]`).
  var stopWords: StopWords
  /// Dates and times, with ICU's month names of every language that has a file.
  var dates: DateFinder

  /// Compiles the vocabulary of `knowledge`.
  init(_ knowledge: LanguageKnowledge = LanguageKnowledge()) {
    func phrases(_ section: String) -> PhraseSet {
      PhraseSet(knowledge.lists(section).map(\.entry))
    }
    links = phrases("furniture-links")
    notes = phrases("furniture-notes")
    credits = phrases("furniture-credits")
    mediaMarks = phrases("furniture-media-marks")
    code = phrases("furniture-code")
    bylines = phrases("furniture-bylines")
    notices = phrases("furniture-notices")
    siteTerms = phrases("furniture-site-terms")
    timeWords = phrases("furniture-time-words")
    announcements = phrases("lead-announcements")
    speechVerbs = phrases("news-speech-verbs")
    unspacedSpeechVerbs = knowledge.lists("news-speech-verbs").map(\.entry).filter { entry in
      entry.unicodeScalars.first.map { Script(of: $0).isUnspaced } ?? false
    }
    sections = phrases("page-sections")
    openings = phrases("address-openings")
    closings = phrases("address-closings")
    invocations = phrases("address-invocations")
    commentForms = phrases("furniture-comment-forms")
    endMarks = Set(
      knowledge.lists("furniture-end-marks").map { DocumentZones.endMarkKey($0.entry) })
    unspacedWishes = knowledge.lists("address-wishes").map(\.entry)
    unspacedClosings = knowledge.lists("address-closings").map(\.entry).filter { entry in
      entry.unicodeScalars.first.map { Script(of: $0).isUnspaced } ?? false
    }
    firstPerson = phrases("first-person")
    unspacedFirstPerson = knowledge.lists("first-person").map(\.entry).filter { entry in
      entry.unicodeScalars.first.map { Script(of: $0).isUnspaced } ?? false
    }
    secondPerson = phrases("second-person")
    unspacedSecondPerson = knowledge.lists("second-person").map(\.entry).filter { entry in
      entry.unicodeScalars.first.map { Script(of: $0).isUnspaced } ?? false
    }
    titles = phrases("header-titles")
    offices = phrases("header-offices")
    events = phrases("header-events")
    by = phrases("header-by")
    at = phrases("header-at")
    about = phrases("header-about")
    to = phrases("header-to")
    honorifics = phrases("header-honorifics")
    textOf = phrases("header-text-of")
    cohorts = phrases("header-cohorts")
    siteUnits = phrases("header-site-units")
    attributions = phrases("news-attributions")
    occasions = phrases("header-occasions")
    byAfterTitle = phrases("header-by-after-title")
    locatives = phrases("header-in")
    venues = phrases("header-venues")
    var labels: [[String]: String] = [:]
    var aloneStamps: Set<String> = []
    for language in knowledge.languages {
      for (label, fact) in knowledge[language].table("page-labels") {
        let keys = WordKey.keys(label)
        guard !keys.isEmpty && labels[keys] == nil else { continue }
        labels[keys] = fact == Self.postedAlone ? "posted" : fact
        if fact == Self.postedAlone, keys.count == 1 { aloneStamps.insert(keys[0]) }
      }
    }
    self.labels = labels
    self.aloneStamps = aloneStamps
    stopWords = StopWords(knowledge.languages.map { ($0, knowledge[$0].list("stop-words")) })
    // Regional ICU locales name months differently (Levantine Arabic: أيلول for سبتمبر).
    // An era's mark after the year ("2025م") is part of the date, not a place after it.
    dates = DateFinder(
      vocabulary: DateVocabulary(
        locales: knowledge.dateLocales, trailers: knowledge.lists("date-trailers").map(\.entry)))
  }

  /// The label a line starts with ("Date:", "Publié le :"): its words and the fact its value
  /// states (`date`, `place`, `speaker`, `event`, `title`), or `-` for a label of furniture.
  func label(_ line: String) -> (label: String, fact: String, value: String)? {
    // A byte scan first: most lines hold no colon (":" is 0x3A, "：" ends in 0x9A).
    guard TextScan.holdsAny(in: line, where: { $0 == 0x3A || $0 == 0x9A }) else { return nil }
    guard let colon = line.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
    let head = TextScan.words(String(line[..<colon]))
    guard (1...3).contains(head.count) else { return nil }
    let keys = head.map { WordKey.key($0) }
    guard let fact = labels[keys] ?? compoundStamp(keys) else { return nil }
    let value = TextScan.trimmed(String(line[line.index(after: colon)...]))
    return (head.joined(separator: " "), fact, value)
  }

  /// `posted` for a label written without spaces that ends in a source or posting stamp's
  /// label ("新闻来源", "稿件来源", "消息來源" end in 来源/來源): such compounds name the
  /// kind of source, and the site's stamp is furniture whatever its kind. Only stamps
  /// compound so: "时间" alone is a stamp (`posted-alone`), "会议时间" (a meeting's time) is none.
  private func compoundStamp(_ keys: [String]) -> String? {
    guard keys.count == 1, let word = keys.first, (3...6).contains(word.count),
      word.unicodeScalars.first.map({ Script(of: $0).isUnspaced }) == true
    else { return nil }
    for length in stride(from: word.count - 1, through: 2, by: -1) {
      let suffix = String(word.suffix(length))
      if labels[[suffix]] == "posted" && !aloneStamps.contains(suffix) { return "posted" }
    }
    return nil
  }

  /// Whether the words are a site's section name, alone or after the office or name whose
  /// pages it gathers ("Speeches", "Ambassador's Speeches", "Foreign Affairs"). Words joined
  /// to it by a function word make an office or a title instead ("Minister of Foreign
  /// Affairs").
  func isSection(_ keys: [String]) -> Bool {
    guard !keys.isEmpty else { return false }
    return (0...min(2, keys.count - 1)).contains { start in
      sections.match(keys, at: start) == keys.count - start
        // A lone letter is a possessive's "s" ("Ambassador's") or an initial, no function word.
        && !keys[..<start].contains { $0.count > 1 && isStopWord($0) }
    }
  }

  /// Whether a word is a stop word of some language (a function word: "de", "the", "и").
  func isStopWord(_ key: String) -> Bool {
    // A run of Chinese is one key: it is a function word only when all its characters are
    // ("的", not the place "尔凯利" that starts with the particle 尔).
    stopWords.density([key]) >= 1
  }
}

extension StructureVocabulary {
  /// A page's banner naming the office or mission that runs it ("Office of the Chancellor",
  /// "Cabinet du Maire", "Consulado de México en Little Rock, Arkansas"): a unit's words
  /// (`[header-site-units]`), then up to six capitalized words and small words, no more.
  /// It names no speaker: the office's holder may sign below, or staff may write for it.
  func isSiteName(_ text: String) -> Bool {
    let words = TextScan.words(text)
    let keys = words.map { WordKey.key($0) }
    let unit = siteUnits.match(keys, at: 0)
    guard unit > 0, unit < keys.count, keys.count <= unit + 6 else { return false }
    // A script without case ("سفارة دولة …") has no lower-case word to stop at.
    func named(_ word: String) -> Bool { word.first.map { !$0.isLowercase } ?? false }
    return words[unit...].allSatisfy { named($0) || isStopWord(WordKey.key($0)) }
      && words.last.map(named) == true
  }
}
