/// The shapes of a news page that carries a speech, and two pages of the same look whose first
/// paragraph is the speech's own (the negatives).
enum NewsLayout: String, CaseIterable, Sendable {
  /// Headline, the lead, the speech.
  case lead
  /// Headline, the lead, the announcement of the transcript, the speech.
  case announced
  /// Headline, a photo caption, a lead of two sentences, the announcement, the speech.
  case captioned
  /// Headline, "CITY, DATE – lead", the speech.
  case dateline
  /// Headline, the lead, a paragraph about the event, the announcement, the speech.
  case twoParagraphs
  /// Headline, "Place, date", a speech that opens by narrating in the first person.
  case narrative
  /// Headline, "Place, date", a speech without a salutation: no lead to take away.
  case leadless
}

/// One generated news page and what its plan must say.
struct NewsVariant: CustomStringConvertible {
  var language: String
  var layout: NewsLayout
  var lines: [String]
  var surname: String
  /// Any of these is the place (the city, or the venue the lead names).
  var places: [String]
  var date: VariationDateFormat.Written
  /// Lines of the reporter (lead, event paragraph, caption, announcement): not spoken.
  var furniture: [String]
  /// Sentences of the speech that must be spoken: salutation, first and last.
  var spoken: [String]

  var description: String {
    "\(language)/\(layout.rawValue):\n" + lines.joined(separator: "\n")
  }
}

/// Makes seeded news pages: every language × layout, `samples` each.
enum NewsVariationGenerator {
  /// The date formats a reporter's lead writes in running text.
  static let leadFormats: [VariationDateFormat] = [.long, .full, .written, .medium]

  static func variants(samples: Int = 4) -> [NewsVariant] {
    var result: [NewsVariant] = []
    for (languageIndex, language) in NewsLanguage.all.enumerated() {
      for (layoutIndex, layout) in NewsLayout.allCases.enumerated() {
        for sample in 0..<samples {
          let seed = UInt64(50_000 + languageIndex * 10_000 + layoutIndex * 100 + sample + 1)
          result.append(variant(language, layout, seed: seed))
        }
      }
    }
    return result
  }

  /// One page of `layout` in `language`.
  static func variant(_ language: NewsLanguage, _ layout: NewsLayout, seed: UInt64) -> NewsVariant {
    let speech = language.speech
    var names = VariationNames(seed: seed, style: speech.script)
    var random = SeededRandom(state: seed &* 7919)
    let facts = NewsFacts(language: language, names: &names, random: &random)
    let page = NewsPage(language: language, facts: facts)
    let (lines, furniture, places) = page.lines(layout, random: &random)
    let body = layout == .narrative ? [facts.narrative] + speech.body : speech.body
    var spoken = [body[0], body[body.count - 1]]
    if layout != .narrative && layout != .leadless { spoken.append(speech.salutation) }
    return NewsVariant(
      language: speech.code, layout: layout, lines: lines, surname: facts.surname,
      places: places, date: facts.date, furniture: furniture, spoken: spoken)
  }
}

/// The invented facts of one page, and the templates filled with them.
struct NewsFacts {
  let language: NewsLanguage
  var speaker: String
  var oblique: String
  var surname: String
  var office: String
  var shortOffice: String
  var event: String
  var forum: String
  var city: String
  var venue: String
  var date: VariationDateFormat.Written
  var narrative: String

  init(language: NewsLanguage, names: inout VariationNames, random: inout SeededRandom) {
    self.language = language
    let speech = language.speech
    let person = names.person()
    let country = names.place()
    let other = names.place()
    forum = names.place()
    venue = names.place()
    let invented = names.place()
    let honorific = speech.honorifics.randomElement(using: &random) ?? ("", "")
    func named(_ honorific: String, _ name: String) -> String {
      if honorific.isEmpty { return name }
      return speech.honorificAfter ? name + honorific : honorific + " " + name
    }
    speaker = named(honorific.0, person.full)
    oblique = named(honorific.1.isEmpty ? honorific.0 : honorific.1, person.oblique)
    surname = person.surname
    let office = speech.offices.randomElement(using: &random) ?? speech.offices[0]
    self.office = office.0.replacingOccurrences(of: "{C}", with: country)
      .replacingOccurrences(of: "{D}", with: other)
    shortOffice = speech.shortOffices.randomElement(using: &random) ?? ""
    event = speech.event.replacingOccurrences(of: "{F}", with: forum)
    city =
      Bool.random(using: &random)
      ? invented : (speech.capitals.randomElement(using: &random) ?? speech.capitals[0]).city
    let format =
      NewsVariationGenerator.leadFormats.randomElement(using: &random) ?? .long
    date = format.write(
      Int.random(in: 2008...2024, using: &random), Int.random(in: 1...12, using: &random),
      Int.random(in: 13...28, using: &random), in: speech)
    narrative = language.narrative.replacingOccurrences(of: "{CITY}", with: city)
  }

  /// `template` with the facts put in, its first letter capitalized.
  func filled(_ template: String) -> String {
    let text = template.replacingOccurrences(of: "{Sg}", with: oblique)
      .replacingOccurrences(of: "{S}", with: speaker)
      .replacingOccurrences(of: "{Os}", with: shortOffice)
      .replacingOccurrences(of: "{O}", with: office)
      .replacingOccurrences(of: "{E}", with: event)
      .replacingOccurrences(of: "{DATE}", with: date.text)
      .replacingOccurrences(of: "{CITY}", with: city)
      .replacingOccurrences(of: "{V}", with: venue)
    return text.prefix(1).uppercased() + text.dropFirst()
  }
}
