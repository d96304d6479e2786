import Testing

@testable import LecternText

/// Furniture is recognized by its shape, not by its words: these pages are made of invented
/// words that no language file lists (the heuristics cannot have seen them), with furniture of
/// every shape put where pages put it. Each furniture line must be dropped and listed, and
/// every word of the address spoken, in order.
@Suite struct FurnitureGeneralityTests {
  /// A page of invented words: its lines, which lines are furniture, and the address's text.
  struct Page {
    var lines: [String] = []
    var furniture: Set<Int> = []
    var speech: [String] = []

    mutating func add(_ line: String, furniture isFurniture: Bool = false) {
      lines.append(line)
      if isFurniture { furniture.insert(lines.count) } else if !line.isEmpty { speech.append(line) }
    }
  }

  /// Makes pages from syllables no word list holds.
  struct Maker {
    var random: SeededRandom
    static let syllables = ["zo", "qua", "vim", "tel", "rux", "pla", "nem", "kor", "ush", "bri"]

    mutating func word() -> String {
      (0..<Int.random(in: 2...3, using: &random)).map { _ in
        Self.syllables[Int.random(in: 0..<Self.syllables.count, using: &random)]
      }.joined()
    }

    mutating func name() -> String {
      let w = word()
      return w.prefix(1).uppercased() + w.dropFirst()
    }

    mutating func sentence() -> String {
      let words = (0..<Int.random(in: 6...14, using: &random)).map { _ in word() }
      return name() + " " + words.joined(separator: " ")
        + [".", "!", "?"][Int.random(in: 0..<3, using: &random)]
    }

    mutating func page() -> Page {
      var page = Page()
      let caption = (0..<3).map { _ in name() }.joined(separator: " ")
      page.add("Ωμεγα λινκ", furniture: true)  // another script at the top
      page.add("#\(name()) @\(word())", furniture: true)
      page.add("")
      for paragraph in 0..<Int.random(in: 3...5, using: &random) {
        page.add(sentence() + " " + sentence())
        page.add("")
        if paragraph == 1 {
          page.add(caption, furniture: true)  // a caption, repeated below
          page.add("")
          page.add(
            "\(name()) \(Int.random(in: 10...23, using: &random)):\(Int.random(in: 10...59, using: &random))",
            furniture: true)
          page.add("")
          page.add("(\(name()) \(word()).)", furniture: true)
          page.add("")
        }
      }
      page.add(caption, furniture: true)
      page.add("")
      page.add(sentence())
      page.add("")
      // A count, then the page's tail.
      page.add("\(Int.random(in: 100...999, using: &random)) \(word())", furniture: true)
      page.add("\(name()) \(name())", furniture: true)
      return page
    }
  }

  @Test(arguments: 0..<8)
  func furnitureOfInventedWordsIsDroppedAndTheAddressKept(seed: Int) {
    var maker = Maker(random: SeededRandom(state: UInt64(seed) &* 7919 &+ 17))
    let page = maker.page()
    let plan = LanguageTestSupport.planner.plan(
      Document(name: "invented", text: page.lines.joined(separator: "\n")))
    let dropped = Set(plan.dropped.filter { !$0.fragment }.map(\.line))
    #expect(dropped == page.furniture, "seed \(seed):\n\(page.lines.joined(separator: "\n"))")
    let spoken = plan.parts.filter { $0.kind != .intro }.flatMap(\.utterances).map(\.text)
    #expect(squeezed(spoken.joined()) == squeezed(page.speech.joined()), "seed \(seed)")
  }

  @Test(arguments: 0..<4)
  func aWordBrokenAtAPageBreakOfInventedWordsIsMended(seed: Int) {
    var maker = Maker(random: SeededRandom(state: UInt64(seed) &+ 101))
    let (head, tail) = (maker.word(), maker.word())
    let first = maker.sentence().dropLast() + " " + head + "-"
    let lines = [
      maker.sentence(), "", String(first), "", "\(Int.random(in: 2...99, using: &maker.random))",
      "",
      tail + " " + maker.word() + ".",
    ]
    let plan = LanguageTestSupport.planner.plan(
      Document(name: "invented", text: lines.joined(separator: "\n")))
    let spoken = plan.parts.flatMap(\.utterances).map(\.text).joined(separator: " ")
    #expect(spoken.contains(head + tail), "seed \(seed): \(spoken)")
    #expect(plan.dropped.map(\.line) == [5])
  }

  private func squeezed(_ text: String) -> String {
    String(text.unicodeScalars.filter { !$0.properties.isWhitespace })
  }
}
