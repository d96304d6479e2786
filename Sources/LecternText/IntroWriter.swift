import Foundation

/// Writes the narrator's introduction from what the header says: what the address is, who
/// gives it, at which event, where and when, each fact once, worded in the document's
/// language by the `[intro]` templates of its `voices/<lang>.language`.
///
/// "Opening Session by INTERPOL Secretary General Jürgen Stock. International conference of
/// the Collective Security Treaty Organization "On the Role …". Moscow, Russia, 30 October
/// 2019." Facts printed in capitals are title-cased so that the engine reads them as words.
struct IntroWriter {
  /// `title-by-speaker`, `speaker`, `place-date` templates with `{title}`, `{speaker}`,
  /// `{place}`, `{date}` slots; a missing template leaves its facts joined by commas.
  var templates: [String: String]
  /// Small words kept in lower case inside a title-cased phrase (`[title-small-words]`).
  var smallWords: Set<String>
  /// The ICU locale numeric dates are written out in (`date-locale`, e.g. `fr_FR`).
  var dateLocale: String?
  /// Titles abbreviated before a name (`[abbreviations-titles]`): "MR." in a heading in
  /// capitals is "Mr.", not an acronym.
  var titles: Set<String>
  /// The words joining an address to its occasion (`[header-at]`), lower case, longest first.
  var connectives: [String]
  /// The words before a place's name (`[header-in]`), lower case, longest first.
  var locatives: [String]
  /// Words joining a title to its speaker that the intro says as the page does
  /// (`kept-joining-words`, e.g. "from").
  var kept: [String]
  /// Reads the header's date, to state it in the narrator's form (``narrated(_:)``).
  var dates: DateFinder?

  /// The writer of `data`'s language (an empty one writes facts joined by commas).
  init(_ data: LanguageData) {
    templates = data.table("intro")
    connectives = data.list("header-at").map { $0.lowercased() }.sorted { $0.count > $1.count }
    // An abbreviation before a place ("г." for город) is no preposition that governs the
    // place's case: the place is read without it.
    locatives = data.list("header-in").map { $0.lowercased() }.filter { !$0.hasSuffix(".") }
      .sorted { $0.count > $1.count }
    smallWords = Set(data.list("title-small-words").map { $0.lowercased() })
    dateLocale = templates["date-locale"]
    kept = (templates["kept-joining-words"] ?? "").split(separator: " ").map(String.init)
    titles = Set(
      data.list("abbreviations-titles").map { $0.lowercased().filter { $0 != "." } })
  }

  /// The sentence naming the address and its speaker, `title` and `speaker` as spoken.
  private func titleAndSpeaker(
    _ metadata: DocumentMetadata, _ title: String, _ speaker: String, _ wording: SourceWording
  ) -> String {
    guard let writtenTitle = metadata.title, let writtenSpeaker = metadata.speaker else {
      return fill("title-by-speaker", ["title": title, "speaker": speaker])
    }
    // A joining word the page writes, where the language keeps it ("Message from the
    // Secretary-General": a message is sent from someone, not given by them).
    for word in kept where wording.adjoins(writtenTitle + " " + word, writtenSpeaker) {
      return "\(title) \(word) \(speaker)"
    }
    let adjacent = wording.adjoins(writtenTitle, writtenSpeaker)
    if adjacent && templates["title-of-speaker"] != nil {
      return fill("title-of-speaker", ["title": title, "speaker": speaker])
    }
    // A title that ends in its own joining word ("Le mot du", "A word from") is read straight
    // into the speaker, as the page writes them: a "by" would be said twice. Where the page
    // joins them with small words of its own ("Discurso de la Consejera …"), they are read as
    // the page writes them: the words agree with the speaker's office.
    let ownJoin = Self.endsInSmallWord(title)
    let joining =
      ownJoin && adjacent
      ? ""
      : ownJoin || templates["keep-connective"] == "yes"
        ? wording.joiningWords(between: writtenTitle, and: writtenSpeaker) : nil
    // A title's own joining word with no speaker after it on the page (the speaker signs
    // below) is left out: "Le mot par …", not "Le mot du par …".
    let bare = ownJoin ? withoutJoiningWord(title) : title
    return joining.map { "\(title) \($0)\(speaker)" }
      ?? fill("title-by-speaker", ["title": bare, "speaker": speaker])
  }

  /// The title or occasion without a small word it ends in, whose speaker is not beside it
  /// on the page ("Opening Address by", "Le mot du"): "Opening Address", "Le mot".
  private func withoutJoiningWord(_ title: String) -> String {
    let words = title.split(separator: " ")
    guard words.count > 1, let last = words.last, smallWords.contains(last.lowercased()) else {
      return title
    }
    return words.dropLast().joined(separator: " ")
  }

  /// Whether the phrase's last word is a small one in lower case, of up to four letters
  /// ("du", "from", "del"): a joining word, not a name or an office.
  private static func endsInSmallWord(_ phrase: String) -> Bool {
    guard let last = phrase.split(separator: " ").last else { return false }
    return (1...4).contains(last.count) && last.allSatisfy { $0.isLetter && $0.isLowercase }
  }

  /// The intro's text, or an empty string when the header states nothing. `header` is the
  /// start of the page, where the facts' own wording is looked up (``SourceWording``).
  func text(for metadata: DocumentMetadata, extras: [String] = [], header: String = "") -> String {
    var sentences: [String] = []
    let title = metadata.title.map(spoken)
    let speaker = metadata.speaker.map(spoken)
    let wording = SourceWording(header: header)
    switch (title, speaker) {
    case (let title?, let speaker?):
      sentences.append(titleAndSpeaker(metadata, title, speaker, wording))
    case (let title?, nil): sentences.append(withoutJoiningWord(title))
    case (nil, let speaker?): sentences.append(fill("speaker", ["speaker": speaker]))
    case (nil, nil): break
    }
    sentences += extras.map(spoken)
    // A joining word that governs the case of an occasion or a place is read with it
    // ("на Форуме …", "в Кремле").
    let keeping = templates["keep-connective"] == "yes"
    func joined(_ fact: String, _ words: [String]) -> String {
      let word = keeping ? wording.connective(before: fact, among: words) : nil
      return word.map { "\($0) \(spoken(fact))" } ?? spoken(fact)
    }
    if let event = metadata.event {
      sentences.append(joined(withoutJoiningWord(event), connectives))
    }
    // Each fact is read once: a date the title, an extra or the event already states is not
    // read again ("Pressekonferenz zum Europäischen Rat am 16./17. Dezember").
    let stated = ([metadata.title, metadata.event].compactMap { $0 } + extras)
    let date = metadata.date.flatMap { date in
      stated.contains { $0.contains(date) }
        ? nil : spelledOut(date) ?? narrated(date) ?? yearAlone(date) ?? date
    }
    switch (metadata.place.map { joined($0, locatives) }, date) {
    case (let place?, let date?):
      sentences.append(fill("place-date", ["place": place, "date": date]))
    case (let place?, nil): sentences.append(place)
    case (nil, let date?): sentences.append(date)
    case (nil, nil): break
    }
    let stop = templates["full-stop"] ?? "."
    // A title cut from the middle of a headline ("PM's address at …") opens a sentence here.
    return sentences.map { Self.closed(Self.capitalizedFirst($0), stop: stop) }
      .joined(separator: stop == "." ? " " : "")
  }

  /// The template `name` with its slots filled; without the template, the values joined.
  func fill(_ name: String, _ values: [String: String]) -> String {
    guard var text = templates[name] else {
      return values.sorted { $0.key > $1.key }.map(\.value).joined(separator: ", ")
    }
    for (key, value) in values { text = text.replacingOccurrences(of: "{\(key)}", with: value) }
    return text
  }

  /// A date that is a year alone, in the `year` template ("{date}年": "2021" is read as a
  /// number without its word), or nil.
  func yearAlone(_ date: String) -> String? {
    guard templates["year"] != nil, date.count == 4, date.allSatisfy({ $0.isASCII && $0.isNumber })
    else { return nil }
    return fill("year", ["date": date])
  }

  /// A numeric date ("30.10.2019", "2019-10-30") written out in the language's words by ICU
  /// ("30 octobre 2019", "30 октября 2019 г."); English months without a `date-locale`.
  func spelledOut(_ date: String) -> String? {
    guard let english = DateFinder.spelledOut(date) else { return nil }
    guard let dateLocale, let found = DateFinder.numericOnly.find(in: date) else { return english }
    return DateFinder.longForm(found, locale: dateLocale) ?? english
  }

  /// A date written in words with its day in the narrator's own form: the language's long
  /// date without the day of the week or the time, as ICU writes it for `date-locale`
  /// ("miércoles, 22 de agosto de 2012" → "22 de agosto de 2012", "28 декабрь, 2017" → "28
  /// декабря 2017 г."), so that the narrator states every address's date one way where pages
  /// print it in many, a publication stamp often with its weekday. Nil unless the `[intro]`
  /// table says `narrate-dates = yes` (Arabic pages name the months as their region does:
  /// "كانون الثاني" is no "يناير"), or for a range of days ("4-6 October 2002").
  /// `narrate-dates = weekday` only leaves out the day of the week, in the page's order
  /// ("Thursday, December 25, 2008" → "December 25, 2008"): English month-first dates are read
  /// with an ordinal day ("December twenty-fifth"), which a day-first form would lose.
  func narrated(_ date: String) -> String? {
    let mode = templates["narrate-dates"]
    guard mode == "yes" || mode == "weekday", let dates,
      let found = dates.find(in: date), !found.numeric, Self.numberRuns(date) == 2
    else { return nil }
    guard mode == "yes", let dateLocale else { return withoutWeekday(date, dates) }
    return DateFinder.longForm(found, locale: dateLocale)
  }

  /// The date without the day of the week it opens with ("Thursday, December 25, 2008" →
  /// "December 25, 2008"), or nil when it opens with none.
  private func withoutWeekday(_ date: String, _ dates: DateFinder) -> String? {
    guard let first = date.split(separator: " ").first,
      dates.isWeekday(first.trimmingCharacters(in: .punctuationCharacters))
    else { return nil }
    let rest = date.dropFirst(first.count).drop { $0 == " " || $0 == "," || $0 == "\u{060C}" }
    return rest.isEmpty ? nil : String(rest)
  }

  /// How many runs of digits the text holds: a day and a year make two.
  static func numberRuns(_ text: String) -> Int {
    var runs = 0
    var inRun = false
    for character in text {
      if character.isNumber && !inRun { runs += 1 }
      inRun = character.isNumber
    }
    return runs
  }

  /// The phrase with its first letter in upper case ("the Annual Meeting" → "The Annual …").
  static func capitalizedFirst(_ phrase: String) -> String {
    guard let first = phrase.first, first.isLowercase else { return phrase }
    return first.uppercased() + phrase.dropFirst()
  }

  /// The phrase ending with a full stop (a final `,`, `;` or `:` is replaced).
  static func closed(_ phrase: String, stop: String = ".") -> String {
    var text = TextScan.trimmed(phrase)
    switch LineShape.lastMark(text) {
    case ".", "!", "?": return text
    case ",", ";", ":":
      if let index = text.lastIndex(where: { $0 == "," || $0 == ";" || $0 == ":" }) {
        text.remove(at: index)
      }
    default: break
    }
    return text + stop
  }

  /// The fact as it should be read: title-cased when written all in capitals.
  func spoken(_ fact: String) -> String {
    // Words with digits ("88th") do not count: their suffix is lower case in any style.
    let hasLower = fact.split(separator: " ").contains { word in
      !word.contains(where: \.isNumber) && word.contains(where: \.isLowercase)
    }
    return hasLower ? fact : titleCased(fact)
  }

  /// "SECRETARY GENERAL, INTERPOL" → "Secretary General, Interpol"; words of up to four
  /// letters other than small words stay in capitals, as they are likely acronyms (CSTO, UN),
  /// but a title abbreviated with its full stop is a title ("MR." → "Mr.").
  func titleCased(_ text: String) -> String {
    var words: [String] = []
    for (position, word) in text.split(separator: " ", omittingEmptySubsequences: false)
      .enumerated()
    {
      let letters = word.filter(\.isLetter)
      let key = letters.lowercased()
      if position > 0 && smallWords.contains(key) {
        words.append(word.lowercased())
      } else if word.contains(where: \.isNumber) {
        words.append(word.lowercased())
      } else if word.hasSuffix("."), letters.count == word.count - 1, titles.contains(key) {
        words.append(Self.capitalized(word.lowercased()))
      } else if letters.count <= 4 && !smallWords.contains(key) {
        words.append(String(word))
      } else {
        words.append(Self.capitalized(word.lowercased()))
      }
    }
    return words.joined(separator: " ")
  }

  /// The word with its first letter, and each letter after a hyphen, slash, bracket or full
  /// stop, in upper case.
  private static func capitalized(_ word: String) -> String {
    var result = ""
    var upperNext = true
    for character in word {
      if upperNext && character.isLetter {
        result += character.uppercased()
        upperNext = false
      } else {
        result.append(character)
      }
      // "Д.МЕДВЕДЕВ" → "Д.Медведев": an initial glued to the name by its full stop.
      if character == "-" || character == "/" || character == "(" || character == "." {
        upperNext = true
      }
    }
    return result
  }
}
