/// A generated address: its lines, which of them are header and body, and what the body
/// should say.
struct GeneratedAddress {
  /// One body line: its 1-based number and its text as it should be spoken (no number).
  struct BodyLine {
    var line: Int
    var spokenText: String
  }

  var lines: [String] = []
  var header: [(line: Int, text: String)] = []
  var body: [BodyLine] = []
  var numbered = false
  var numbers: [Int] = []

  mutating func add(header text: String) {
    lines.append(text)
    header.append((lines.count, text))
  }

  mutating func add(body text: String, spoken: String? = nil) {
    lines.append(text)
    body.append(BodyLine(line: lines.count, spokenText: spoken ?? text))
  }

  mutating func blank() { lines.append("") }
}

/// SplitMix64: a small seeded generator, so that every run makes the same documents.
struct SeededRandom: RandomNumberGenerator {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Makes random addresses in the shapes real ones have.
struct AddressGenerator {
  var random: SeededRandom

  init(seed: UInt64) { random = SeededRandom(state: seed) }

  static let names = ["Amina Diallo", "Jürgen Stock", "Li Wei", "María Gómez", "Olusegun Obi"]
  static let offices = ["Secretary General", "Director of Police", "Minister of the Interior"]
  static let events = [
    "International Conference on Border Security", "88th General Assembly",
    "Regional Forum on Cybercrime", "Annual Meeting of Police Chiefs",
  ]
  static let titles = ["Opening address", "Keynote speech", "Closing remarks", "Welcome remarks"]
  static let places = ["Moscow, Russia", "Santiago, Chile", "Lyon", "Dakar, Senegal"]
  static let dates = ["30 October 2019", "15 October 2019", "March 3, 2021", "2022-05-12"]
  static let salutations = [
    "Excellencies", "Distinguished guests", "Ladies and Gentlemen", "Dear colleagues",
    "Honourable Ministers", "Mr. President", "Your Excellency, Minister of the Interior",
  ]
  static let fragments = [
    "Mr. Smith and Dr. Lee arrived", "see No. 5 of the annex", "tools, e.g. radios, were shared",
    "the U.S. team agreed", "J. K. Rowling wrote", "growth of 3.5 per cent was seen",
    "the 7th meeting on 30.10.2019 went well", "our host – the city – helped",
    "the ‘frontlines’ matter", "“we act,” she said", "INTERPOL’s databases grew",
    "on Oct. 30 at 9 a.m. we met", "costs, approx. 4.5 million, etc., rose",
    "police forces across national borders work together", "we thank the organizers",
  ]

  mutating func pick<T>(_ items: [T]) -> T {
    items[Int.random(in: 0..<items.count, using: &random)]
  }

  mutating func chance(_ percent: Int) -> Bool {
    Int.random(in: 0..<100, using: &random) < percent
  }

  mutating func sentence() -> String {
    if chance(5) {
      // A very long sentence: clauses joined by commas, well past the length bound.
      let count = Int.random(in: 12...30, using: &random)
      let clauses = (0..<count).map { _ in pick(Self.fragments) }
      return "It " + clauses.joined(separator: ", and ") + "."
    }
    let first = pick(Self.fragments)
    let text = first.prefix(1).uppercased() + first.dropFirst()
    let end = pick([".", ".", ".", "!", "?"])
    return chance(30) ? text + ", and " + pick(Self.fragments) + end : text + end
  }

  mutating func paragraphText() -> String {
    let count = Int.random(in: 1...4, using: &random)
    var text = sentence()
    for _ in 1..<max(count, 1) { text += (chance(15) ? "\u{00A0}" : " ") + sentence() }
    return text
  }

  mutating func header(_ address: inout GeneratedAddress) {
    let (title, name, office) = (pick(Self.titles), pick(Self.names), pick(Self.offices))
    let (event, place, date) = (pick(Self.events), pick(Self.places), pick(Self.dates))
    switch Int.random(in: 0..<3, using: &random) {
    case 0:
      address.add(header: "\(title) by \(office) \(name)")
      address.add(header: "\(place), \(date)")
      if chance(50) { address.add(header: "Version: Final | \(date)") }
      if chance(50) { address.add(header: "\(name) \(office)") }
      address.blank()
    case 1:
      let upper = chance(50)
      for line in [title, "by", name, office, event, date, place] {
        address.add(header: upper && line != "by" ? line.uppercased() : line)
      }
      if chance(50) { address.add(header: "AS DELIVERED") }
      address.blank()
    default:
      break
    }
  }

  mutating func address() -> GeneratedAddress {
    var address = GeneratedAddress()
    header(&address)
    address.numbered = chance(50)
    let salutations = (0..<Int.random(in: 0...3, using: &random)).map { _ in pick(Self.salutations)
    }
    if !salutations.isEmpty {
      if chance(50) {
        address.add(body: salutations.joined(separator: "; ") + ";")
      } else {
        for salutation in salutations { address.add(body: salutation + pick([",", ";"])) }
      }
      if chance(50) { address.add(body: pick(["Good morning.", "Good afternoon to you all."])) }
      address.blank()
    }
    let wrap = !address.numbered && chance(30)
    for number in 1...Int.random(in: 1...8, using: &random) {
      let text = paragraphText()
      if address.numbered {
        address.numbers.append(number)
        address.add(body: "\(number). \(text)", spoken: text)
      } else if wrap {
        for line in wrapped(text) { address.add(body: line) }
      } else {
        address.add(body: text)
      }
      address.blank()
    }
    if chance(50) { address.add(header: "Back to the all news") }
    return address
  }

  /// The text hard-wrapped near 60 characters, never right after a sentence's end.
  func wrapped(_ text: String) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ") {
      if current.count > 60, let last = current.last, !".!?".contains(last) {
        lines.append(current)
        current = String(word)
      } else {
        current += current.isEmpty ? String(word) : " " + word
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }
}
