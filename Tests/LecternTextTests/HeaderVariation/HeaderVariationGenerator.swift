/// The header layouts real address pages use, each a way of arranging the same facts.
enum HeaderLayout: String, CaseIterable, Sendable {
  /// "Speech by <speaker> at <event>" over "Place, date".
  case headline
  /// A name line, an office line, "Place, date".
  case nameOffice
  /// "Place, date" above the headline.
  case placeDateAbove
  /// A headline without a place, and the date alone on its line: no place is stated.
  case dateAlone
  /// Title and occasion, then labelled lines: speaker, place, date.
  case labels
  /// The headline and "Place, date" as one statement wrapped over lines of ~50 characters.
  case wrapped
  /// The headline and its place and date in capitals.
  case capitals
  /// The header run into the first line of the speech.
  case runIn
  /// Title and occasion at the top; the speaker's name and office after the closing.
  case speakerAtEnd
  /// The headline at the top; "Place, date" after the closing.
  case placeDateAtEnd
  /// A delivery note between the header and the salutation.
  case deliveryNote
}

/// One generated page and what its plan must say.
struct HeaderVariant: CustomStringConvertible {
  var language: String
  var layout: HeaderLayout
  var dateFormat: VariationDateFormat
  var lines: [String]
  var surname: String
  /// The place's city, or nil when the page states none.
  var place: String?
  var date: VariationDateFormat.Written
  /// The title word, which the speaker must not hold.
  var title: String
  /// A person the salutation addresses, who is not the speaker.
  var addressee: String?
  /// The year of a past event the body dates.
  var historicalYear: String?
  var firstSentence: String
  var lastSentence: String

  var description: String {
    "\(language)/\(layout.rawValue)/\(dateFormat.rawValue):\n" + lines.joined(separator: "\n")
  }
}

/// Makes seeded header variants: every language × layout, `samples` each, the date formats
/// cycling so that each language meets each format.
struct HeaderVariationGenerator {
  static func variants(samples: Int = 4) -> [HeaderVariant] {
    var result: [HeaderVariant] = []
    for (languageIndex, language) in VariationLanguage.all.enumerated() {
      let formats = VariationDateFormat.formats(of: language)
      for (layoutIndex, layout) in HeaderLayout.allCases.enumerated() {
        if layout == .capitals && !language.cased { continue }
        for sample in 0..<samples {
          let seed = UInt64(languageIndex * 10_000 + layoutIndex * 100 + sample + 1)
          let format = formats[(layoutIndex * samples + sample) % formats.count]
          result.append(variant(language, layout, format, seed: seed))
        }
      }
    }
    return result
  }

  /// One page of `layout` in `language` with dates in `format`.
  static func variant(
    _ language: VariationLanguage, _ layout: HeaderLayout, _ format: VariationDateFormat,
    seed: UInt64
  ) -> HeaderVariant {
    var names = VariationNames(seed: seed, style: language.script)
    var random = SeededRandom(state: seed &* 7919)
    let person = names.person()
    let country = names.place()
    let other = names.place()
    let forum = names.place()
    let invented = names.place()
    let addressee = names.person()
    let parts = VariationParts(
      language: language, person: person, country: country, other: other, forum: forum,
      random: &random)
    let capital = language.capitals.randomElement(using: &random) ?? language.capitals[0]
    let placeText: String
    let city: String
    switch Int.random(in: 0..<3, using: &random) {
    case 0: (placeText, city) = (invented, invented)
    case 1: (placeText, city) = (capital.city, capital.city)
    default:
      (placeText, city) = (
        capital.city + (language.code == "zh" ? "，" : ", ") + capital.country, capital.city
      )
    }
    let date = format.write(
      Int.random(in: 2008...2024, using: &random), Int.random(in: 1...12, using: &random),
      Int.random(in: 13...28, using: &random), in: language)
    var body = language.body
    var historicalYear: String?
    if Bool.random(using: &random) {
      let year = Int.random(in: 1961...1999, using: &random)
      let past = VariationDateFormat.long.write(
        year, Int.random(in: 1...12, using: &random), 12, in: language)
      historicalYear = past.year
      body.insert(language.historical.replacingOccurrences(of: "{HDATE}", with: past.text), at: 2)
    }
    let addressed = Bool.random(using: &random)
    let salutation =
      addressed
      ? [
        language.addressing.replacingOccurrences(of: "{A}", with: addressee.surname),
        language.salutation,
      ]
      : [language.salutation]
    let page = VariationPage(
      parts: parts,
      placeDate: language.placeDate.replacingOccurrences(of: "{P}", with: placeText)
        .replacingOccurrences(of: "{DATE}", with: date.text),
      place: placeText, date: date.text, salutation: salutation, body: body)
    let lines = page.lines(layout)
    return HeaderVariant(
      language: language.code, layout: layout, dateFormat: format, lines: lines,
      surname: person.surname, place: layout == .dateAlone ? nil : city, date: date,
      title: parts.title, addressee: addressed ? addressee.surname : nil,
      historicalYear: historicalYear, firstSentence: body[0], lastSentence: body[body.count - 1])
  }
}
