/// The header's pieces for one variant, with invented names put into the language's
/// templates: the headline with its speaker, the title and occasion alone, name and office.
struct VariationParts {
  let language: VariationLanguage
  var title: String
  /// "Speech by H.E. … at the Opening of …".
  var headline: String
  /// "Speech at the Opening of …" (no speaker).
  var titleAtEvent: String
  /// The speaker alone, nominative, with an honorific or none.
  var speaker: String
  /// The office alone, capitalized.
  var office: String

  init(
    language: VariationLanguage, person: VariationNames.Person, country: String, other: String,
    forum: String, random: inout SeededRandom
  ) {
    self.language = language
    title = language.titles.randomElement(using: &random) ?? language.titles[0]
    let honorific = language.honorifics.randomElement(using: &random) ?? ("", "")
    let office = language.offices.randomElement(using: &random) ?? language.offices[0]
    func filled(_ text: String) -> String {
      text.replacingOccurrences(of: "{C}", with: country).replacingOccurrences(
        of: "{D}", with: other
      )
      .replacingOccurrences(of: "{F}", with: forum)
    }
    func named(_ honorific: String, _ name: String) -> String {
      if honorific.isEmpty { return name }
      return language.honorificAfter ? name + honorific : honorific + " " + name
    }
    speaker = named(honorific.0, person.full)
    let oblique = named(honorific.1.isEmpty ? honorific.0 : honorific.1, person.oblique)
    let officeText = filled(office.0)
    let obliqueOffice = filled(office.1.isEmpty ? office.0 : office.1)
    let event = filled(language.event)
    let template = language.headlines.randomElement(using: &random) ?? language.headlines[0]
    let short = language.shortOffices.randomElement(using: &random) ?? ""
    headline = template.replacingOccurrences(of: "{T}", with: title)
      .replacingOccurrences(of: "{Sg}", with: oblique).replacingOccurrences(
        of: "{S}", with: speaker
      )
      .replacingOccurrences(of: "{Og}", with: obliqueOffice)
      .replacingOccurrences(of: "{Os}", with: short).replacingOccurrences(
        of: "{O}", with: officeText
      )
      .replacingOccurrences(of: "{E}", with: event)
    titleAtEvent = language.titleAtEvent.replacingOccurrences(of: "{T}", with: title)
      .replacingOccurrences(of: "{E}", with: event)
    self.office = officeText.prefix(1).uppercased() + officeText.dropFirst()
  }
}

/// Lays one variant's pieces out as a page of `layout`.
struct VariationPage {
  let parts: VariationParts
  /// "Place, date" as the language writes it.
  let placeDate: String
  let place: String
  let date: String
  let salutation: [String]
  let body: [String]

  private var language: VariationLanguage { parts.language }

  /// The body: salutation lines, the sentences in two paragraphs, the closing.
  private var speech: [String] {
    let half = body.count / 2
    let space = language.space
    return salutation.flatMap { [$0, ""] }
      + [body[..<half].joined(separator: space), "", body[half...].joined(separator: space), ""]
      + [language.closing]
  }

  /// The page's lines.
  func lines(_ layout: HeaderLayout) -> [String] {
    switch layout {
    case .headline: return [parts.headline, placeDate, ""] + speech
    case .nameOffice: return [parts.speaker, parts.office, placeDate, ""] + speech
    case .placeDateAbove: return [placeDate, "", parts.headline, ""] + speech
    case .dateAlone: return [parts.headline, "", date, ""] + speech
    case .labels:
      let labels = language.labels
      let space = language.code == "zh" ? "" : " "
      return [
        parts.titleAtEvent,
        labels.speaker + space + parts.speaker + (language.code == "zh" ? "，" : ", ")
          + parts.office,
        labels.place + space + place, labels.date + space + date, "",
      ] + speech
    case .wrapped:
      let joiner = language.code == "zh" ? "，" : language.code == "ar" ? "، " : ", "
      return Self.wrapped(parts.headline + joiner + placeDate, cjk: language.code == "zh") + [""]
        + speech
    case .capitals:
      return [parts.headline.uppercased(), placeDate.uppercased(), ""] + speech
    case .runIn:
      let space = language.space.isEmpty ? "" : " "
      return [
        parts.headline + space + placeDate + space + salutation.joined(separator: space) + space
          + body[0],
        "", body[1...].joined(separator: language.space), "", language.closing,
      ]
    case .speakerAtEnd:
      return [parts.titleAtEvent, placeDate, ""] + speech + ["", parts.speaker, parts.office]
    case .placeDateAtEnd: return [parts.headline, ""] + speech + ["", placeDate]
    case .deliveryNote: return [parts.headline, placeDate, "", language.deliveryNote, ""] + speech
    }
  }

  /// A long statement wrapped as a narrow page does, at about 50 characters (20 for Chinese,
  /// which wraps anywhere).
  static func wrapped(_ text: String, cjk: Bool) -> [String] {
    if cjk {
      var lines: [String] = []
      var rest = Substring(text)
      while !rest.isEmpty {
        lines.append(String(rest.prefix(20)))
        rest = rest.dropFirst(20)
      }
      return lines
    }
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if !line.isEmpty && line.count + word.count + 1 > 50 {
        lines.append(line)
        line = ""
      }
      line += (line.isEmpty ? "" : " ") + word
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }
}
