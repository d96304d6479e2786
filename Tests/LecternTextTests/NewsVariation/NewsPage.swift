/// Lays one news page out in a ``NewsLayout``: the reporter's lines, then the speech.
struct NewsPage {
  let language: NewsLanguage
  let facts: NewsFacts

  private var speech: VariationLanguage { language.speech }

  /// The speech: an optional salutation, the body in two paragraphs, the closing.
  private func address(salutation: Bool, opening: [String] = []) -> [String] {
    let body = speech.body
    let half = body.count / 2
    return (salutation ? [speech.salutation, ""] : []) + opening.flatMap { [$0, ""] }
      + [body[..<half].joined(separator: speech.space), ""]
      + [body[half...].joined(separator: speech.space), "", speech.closing]
  }

  /// The page's lines, its reporter's lines (which must not be spoken) and the names any of
  /// which is its place.
  func lines(
    _ layout: NewsLayout, random: inout SeededRandom
  ) -> (
    lines: [String], furniture: [String], places: [String]
  ) {
    let headline = facts.filled(language.headlines.randomElement(using: &random) ?? "")
    let venue = Int.random(in: 0..<3, using: &random) == 0
    let lead = facts.filled(
      (venue ? language.venueLeads : language.leads).randomElement(using: &random) ?? "")
    let places = venue ? [facts.city, facts.venue] : [facts.city]
    let event = facts.filled(language.eventSentences.randomElement(using: &random) ?? "")
    let announcement = facts.filled(language.announcements.randomElement(using: &random) ?? "")
    let joiner = speech.space
    switch layout {
    case .lead:
      return ([headline, "", lead, ""] + address(salutation: true), [lead], places)
    case .announced:
      return (
        [headline, "", lead, "", announcement, ""] + address(salutation: true),
        [lead, announcement], places
      )
    case .captioned:
      let caption = facts.filled(language.caption)
      let both = lead + joiner + event
      return (
        [headline, caption, "", both, "", announcement, ""] + address(salutation: true),
        [caption, lead, event, announcement], places
      )
    case .dateline:
      let cased = speech.cased ? facts.city.uppercased() : facts.city
      let comma = speech.code == "zh" ? "，" : speech.code == "ar" ? "، " : ", "
      let line = cased + comma + facts.date.text + language.dash + facts.filled(language.datelined)
      return ([headline, "", line, ""] + address(salutation: true), [line], [facts.city])
    case .twoParagraphs:
      return (
        [headline, "", lead, "", event, "", announcement, ""] + address(salutation: true),
        [lead, event, announcement], places
      )
    case .narrative, .leadless:
      let placeDate = speech.placeDate.replacingOccurrences(of: "{P}", with: facts.city)
        .replacingOccurrences(of: "{DATE}", with: facts.date.text)
      let opening = layout == .narrative ? [facts.narrative] : []
      return (
        [headline, placeDate, ""] + address(salutation: false, opening: opening), [],
        [facts.city]
      )
    }
  }
}
