/// Reads the header of an address (the lines before its first salutation or sentence) into
/// ``DocumentMetadata``, once per fact.
///
/// Web pages and press releases state the title, speaker, event, place and date two or three
/// times in different forms; each line is read for the facts it holds, a fact already known
/// is recognized by word overlap (accents, case and spelling variants aside), and every line
/// ends up either in the metadata (and so in the spoken intro), or dropped with a reason, or,
/// when nothing in it is recognized, spoken in the intro as it is.
struct HeaderReader {
  /// Word overlap from which a line repeats a known fact.
  static let repeatOverlap = 0.75

  /// The facts read so far.
  private(set) var metadata = DocumentMetadata()
  /// Header lines with no recognized fact: spoken in the intro, in order.
  private(set) var extras: [String] = []
  /// Header lines not spoken, with reasons.
  private(set) var dropped: [DroppedLine] = []

  private var expectingSpeaker = false
  private var lastWasSpeaker = false
  private var lastWasDate = false
  private var pendingPlace: (text: String, line: Int)?

  /// Words that name an occasion.
  static let eventWords: Set<String> = [
    "conference", "congress", "summit", "assembly", "forum", "meeting", "symposium", "seminar",
    "workshop", "council", "convention", "ceremony", "dialogue", "roundtable", "colloquium",
    "session", "plenary", "committee", "parliament", "celebration", "commemoration",
    "anniversary", "graduation", "commencement", "launch", "festival", "expo", "summit",
  ]
  /// Words before "by" that introduce the speaker without naming the address.
  static let connectives: Set<String> = [
    "delivered", "presented", "given", "read", "prepared", "spoken", "made", "as delivered",
  ]
  /// Words that name a kind of address.
  static let titleWords: Set<String> = [
    "address", "remarks", "speech", "statement", "keynote", "lecture", "message", "opening",
    "closing", "welcome", "welcoming", "toast", "briefing", "testimony", "oration",
    "intervention", "greetings", "introduction", "presentation",
  ]
  /// Words that name an office.
  static let officeWords: Set<String> = [
    "secretary", "general", "president", "minister", "director", "chair", "chairman",
    "chairperson", "chairwoman", "ambassador", "commissioner", "governor", "mayor", "chief",
    "head", "executive", "ceo", "king", "queen", "prince", "princess", "excellency", "professor",
    "senator", "deputy", "vice", "representative", "envoy", "officer", "commander", "prosecutor",
    "judge", "rector", "dean", "founder", "chancellor", "premier", "sheikh", "emir",
  ]

  /// Reads one header line (1-based `line`).
  mutating func read(line: Int, text raw: String) {
    let text = TextScan.trimmed(raw)
    let wasSpeaker = lastWasSpeaker
    let wasDate = lastWasDate
    lastWasSpeaker = false
    lastWasDate = false
    if let reason = LineShape.furnitureReason(text) {
      if let label = LineShape.label(text), label != "|", metadata.date == nil,
        let found = DateFinder.find(in: text)
      {
        metadata.date = found.date
      }
      return drop(line, text, reason)
    }
    if text.lowercased() == "by" {
      expectingSpeaker = true
      return drop(line, text, "header: joins the title to the speaker")
    }
    if expectingSpeaker {
      expectingSpeaker = false
      lastWasSpeaker = true
      return drop(line, text, use("speaker", text, into: \.speaker))
    }
    var notes = Notes()
    var rest = text
    if let found = DateFinder.find(in: text) {
      lastWasDate = true
      notes.add("date", dateFact(found.date))
      let chars = Array(text)
      rest = Self.cleaned(
        String(chars[..<found.range.lowerBound]) + " " + String(chars[found.range.upperBound...]))
    }
    if rest.isEmpty { return drop(line, text, notes.reason) }
    let keys = Set(TextScan.words(rest).map { $0.lowercased() })
    var unknown = false
    if let by = rest.range(of: " by "), TextScan.words(String(rest[..<by.lowerBound])).count <= 8 {
      // "TITLE by SPEAKER[, at EVENT[, PLACE]]"; "Delivered by SPEAKER" names no title.
      let left = String(rest[..<by.lowerBound])
      var speaker = String(rest[by.upperBound...])
      if !Self.connectives.contains(left.lowercased()) {
        unknown = !notes.add("title", fact(left, into: \.title))
      }
      if let at = speaker.range(of: " at "),
        !Set(TextScan.words(String(speaker[at.upperBound...])).map { $0.lowercased() })
          .isDisjoint(with: Self.eventWords)
      {
        var event = String(speaker[at.upperBound...])
        speaker = String(speaker[..<at.lowerBound])
        if let place = Self.trailingPlace(event) {
          event = Self.cleaned(String(event.dropLast(place.count)))
          notes.add("place", placeFact(place))
        }
        unknown = !notes.add("event", fact(event, into: \.event)) || unknown
      }
      unknown = !notes.add("speaker", fact(speaker, into: \.speaker)) || unknown
      lastWasSpeaker = true
    } else if metadata.title == nil, let first = TextScan.words(rest).first,
      Self.titleWords.contains(first.lowercased()), TextScan.words(rest).count <= 10
    {
      notes.add("title", fact(rest, into: \.title))  // "Remarks at the Police Summit"
    } else if !keys.isDisjoint(with: Self.eventWords) {
      var event = rest
      if let place = Self.trailingPlace(rest) {
        event = Self.cleaned(String(rest.dropLast(place.count)))
        notes.add("place", placeFact(place))
      }
      if event.lowercased().hasPrefix("at ") { event = String(event.dropFirst(3)) }
      unknown = !notes.add("event", fact(event, into: \.event))
    } else if let name = repeatedFact(rest) {
      notes.repeated.append(name)
    } else if metadata.title == nil && !keys.isDisjoint(with: Self.titleWords)
      && TextScan.words(rest).count <= 10
    {
      notes.add("title", fact(rest, into: \.title))
    } else if wasSpeaker && !keys.isDisjoint(with: Self.officeWords),
      let speaker = metadata.speaker
    {
      metadata.speaker = speaker + ", " + rest
      notes.used.append("speaker's office")
      lastWasSpeaker = true
    } else if Self.isPlaceShaped(rest) && (wasDate || lastWasDate) {
      unknown = !notes.add("place", placeFact(rest))
    } else if metadata.speaker == nil && !keys.isDisjoint(with: Self.officeWords) {
      notes.add("speaker", fact(rest, into: \.speaker))
      lastWasSpeaker = true
    } else if Self.isPlaceShaped(rest) && pendingPlace == nil && metadata.place == nil
      && metadata.date == nil
    {
      // Perhaps a place before its date ("SANTIAGO, CHILE" then "15 October 2019").
      pendingPlace = (rest, line)
      return
    } else {
      unknown = true
    }
    if unknown {
      // Something this reader does not know: spoken in the intro rather than lost.
      extras.append(rest)
      return
    }
    drop(line, text, notes.reason)
  }

  /// Ends the header: a place-shaped line is taken as the place if a date line followed it.
  mutating func finish() {
    guard let pending = pendingPlace else { return }
    if metadata.place == nil && metadata.date != nil {
      metadata.place = pending.text
      drop(pending.line, pending.text, "header: place, spoken in the intro")
      dropped.sort { $0.line < $1.line }
    } else {
      extras.append(pending.text)
    }
  }

  /// What a line contributed: facts first used and facts it repeats.
  private struct Notes {
    var used: [String] = []
    var repeated: [String] = []

    /// Records the fact; false when the line states it differently from what is known.
    @discardableResult
    mutating func add(_ name: String, _ result: FactResult) -> Bool {
      switch result {
      case .new: used.append(name)
      case .repeated: repeated.append(name)
      case .different: return false
      }
      return true
    }

    var reason: String {
      var parts: [String] = []
      if !used.isEmpty { parts.append(Self.list(used) + ", spoken in the intro") }
      if !repeated.isEmpty { parts.append("repeats the " + Self.list(repeated)) }
      return "header: " + (parts.isEmpty ? "nothing to speak" : parts.joined(separator: "; "))
    }

    static func list(_ names: [String]) -> String {
      guard names.count > 1, let last = names.last else { return names.first ?? "" }
      return names.dropLast().joined(separator: ", ") + " and " + last
    }
  }

  private mutating func drop(_ line: Int, _ text: String, _ reason: String) {
    dropped.append(DroppedLine(line: line, text: text, reason: reason))
  }

  /// How a line's statement of a fact relates to what is known.
  enum FactResult {
    /// The fact was not known: now it is.
    case new
    /// The line states the known fact again.
    case repeated
    /// The line states something else than the known fact.
    case different
  }

  private mutating func use(
    _ name: String, _ text: String, into field: WritableKeyPath<DocumentMetadata, String?>
  ) -> String {
    switch fact(text, into: field) {
    case .new: "header: \(name), spoken in the intro"
    case .repeated: "header: repeats the \(name)"
    case .different: "header: a second \(name), not spoken"
    }
  }

  /// Sets the fact if it is not known yet.
  private mutating func fact(
    _ text: String, into field: WritableKeyPath<DocumentMetadata, String?>
  )
    -> FactResult
  {
    let value = Self.cleaned(text)
    guard let known = metadata[keyPath: field] else {
      metadata[keyPath: field] = value
      return .new
    }
    return TextScan.overlap(value, known) >= Self.repeatOverlap ? .repeated : .different
  }

  /// The date, keeping a written date ("30 October 2019") over a numeric one ("30.10.2019").
  private mutating func dateFact(_ date: String) -> FactResult {
    guard let known = metadata.date else {
      metadata.date = date
      return .new
    }
    if DateFinder.spelledOut(known) != nil && DateFinder.spelledOut(date) == nil {
      metadata.date = date
      return .new
    }
    return .repeated
  }

  /// Keeps the more precise place ("Moscow, Russia" over "Moscow").
  private mutating func placeFact(_ text: String) -> FactResult {
    let value = Self.cleaned(text)
    guard let known = metadata.place else {
      metadata.place = value
      return .new
    }
    let overlap = TextScan.overlap(value, known)
    if value.count > known.count && overlap >= 1 {
      metadata.place = value
      return .new
    }
    return overlap >= Self.repeatOverlap ? .repeated : .different
  }

  /// The name of a known fact that the text repeats, if any.
  private func repeatedFact(_ text: String) -> String? {
    let facts: [(String, String?)] = [
      ("title", metadata.title), ("speaker", metadata.speaker), ("event", metadata.event),
    ]
    for (name, value) in facts {
      if let value, TextScan.overlap(text, value) >= Self.repeatOverlap { return name }
    }
    return nil
  }

  /// A place after the last comma outside quotes ("…Terrorism", Moscow"), if place-shaped.
  static func trailingPlace(_ text: String) -> String? {
    var quoted = false
    var lastComma: String.Index?
    for index in text.indices {
      switch text[index] {
      case "\"", "\u{201C}", "\u{201D}", "«", "»": quoted.toggle()
      case "," where !quoted: lastComma = index
      default: break
      }
    }
    guard let comma = lastComma else { return nil }
    let tail = cleaned(String(text[text.index(after: comma)...]))
    return isPlaceShaped(tail) && TextScan.words(tail).count <= 3 ? tail : nil
  }

  /// Up to four words, each capitalized: "Moscow, Russia", "SANTIAGO, CHILE", "New York".
  static func isPlaceShaped(_ text: String) -> Bool {
    let words = TextScan.words(text)
    guard (1...4).contains(words.count) else { return false }
    let keys = Set(words.map { $0.lowercased() })
    guard keys.isDisjoint(with: titleWords), keys.isDisjoint(with: officeWords),
      keys.isDisjoint(with: eventWords)
    else { return false }
    return words.allSatisfy { $0.first?.isUppercase == true }
  }

  /// The text without separators at its ends and with single spaces.
  static func cleaned(_ text: String) -> String {
    let separators: Set<Character> = [",", ";", "|", "-", "\u{2013}", "\u{2014}", ":", "/"]
    let words = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    var result = Substring(words)
    while let first = result.first, separators.contains(first) || first.isWhitespace {
      result = result.dropFirst()
    }
    while let last = result.last, separators.contains(last) || last.isWhitespace {
      result = result.dropLast()
    }
    return String(result)
  }
}
