import Testing

@testable import LecternText

/// Properties of plans over hundreds of generated addresses (seeded, so reproducible):
/// random headers, salutations one per line or run together, numbered or unnumbered and
/// wrapped paragraphs, sentences full of abbreviations, numbers, dashes and quotes.
@Suite struct PlanPropertyTests {
  @Test(arguments: 0..<6)
  func generatedAddressesKeepEveryWordInOrder(batch: Int) {
    for index in 0..<60 {
      var generator = AddressGenerator(seed: UInt64(batch * 1000 + index))
      let address = generator.address()
      check(address, label: "seed \(batch * 1000 + index)")
    }
  }

  /// Random text from a hostile alphabet (dots, brackets, quotes, digits, no-break spaces,
  /// combining marks, emoji, Cyrillic): the planner never crashes, every non-blank line is
  /// either dropped or spoken, and the bounds and ids hold.
  @Test(arguments: 0..<4)
  func randomTextNeverBreaksThePlanner(batch: Int) {
    let alphabet = Array(
      "aAbZ09 .. ;,:!?\"'()[]“”‘’–—-|\u{00A0}\u{0301}\u{200D}👍🏽Жж.\t1. No. U.S. Mr. by by"
    )
    .map(String.init)
    for index in 0..<50 {
      var random = SeededRandom(state: UInt64(batch * 100 + index))
      var lines: [String] = []
      for _ in 0..<Int.random(in: 1...12, using: &random) {
        let length = Int.random(in: 0...(index % 5 == 0 ? 900 : 80), using: &random)
        lines.append(
          (0..<length).map { _ in alphabet.randomElement(using: &random) ?? "" }.joined())
      }
      let plan = LanguageTestSupport.planner.plan(
        Document(name: "fuzz", text: lines.joined(separator: "\n")))
      // Compared by words, in lower case: the intro re-words header lines and title-cases them.
      let texts = plan.parts.flatMap(\.utterances).map(\.text)
      let spoken = Set(texts.flatMap(TextScan.words).map { $0.lowercased() })
      let dropped = Set(plan.dropped.map(\.line))
      for (number, line) in lines.enumerated() where !dropped.contains(number + 1) {
        // Every kept word is spoken somewhere (header facts are re-worded, so by words).
        for word in TextScan.words(line) {
          #expect(
            spoken.contains(word.lowercased()),
            "fuzz \(batch).\(index): \(word) of line \(number + 1) lost")
        }
      }
      for part in plan.parts {
        for utterance in part.utterances {
          #expect(utterance.text.unicodeScalars.count <= Segmenter.defaultMaximumLength)
          #expect(!utterance.text.isEmpty)
        }
      }
      #expect(Set(plan.parts.map(\.id)).count == plan.parts.count)
    }
  }

  private func check(_ address: GeneratedAddress, label: String) {
    let document = Document(name: "generated", text: address.lines.joined(separator: "\n"))
    let plan = LanguageTestSupport.planner.plan(document)
    let spoken = plan.parts.filter { $0.kind != .intro }.flatMap(\.utterances)

    // No word of a kept line lost or duplicated, and all in source order.
    let expected = squeezed(address.body.map(\.spokenText).joined())
    let actual = squeezed(spoken.map(\.text).joined())
    #expect(
      actual == expected, "\(label): spoken text differs\n\(address.lines.joined(separator: "\n"))")

    // No body line is dropped; every header line is dropped or said in the intro.
    let dropped = Set(plan.dropped.map(\.line))
    let bodyLines = Set(address.body.map(\.line))
    #expect(dropped.isDisjoint(with: bodyLines), "\(label): a body line was dropped")
    let intro = squeezed(plan.part(id: "intro")?.utterances.map(\.text).joined() ?? "")
    for (line, text) in address.header where !dropped.contains(line) {
      #expect(intro.contains(squeezed(text)), "\(label): header line \(line) lost: \(text)")
    }

    // Bounded utterances, well-formed and unique ids.
    for utterance in plan.parts.flatMap(\.utterances) {
      #expect(utterance.text.unicodeScalars.count <= Segmenter.defaultMaximumLength)
      #expect(!utterance.text.isEmpty)
      #expect(squeezed(utterance.spans.map(\.text).joined()) == squeezed(utterance.text))
    }
    #expect(Set(plan.parts.map(\.id)).count == plan.parts.count, "\(label): duplicate part ids")
    for part in plan.parts {
      #expect(part.utterances.map(\.id) == part.utterances.indices.map { "\(part.id).\($0 + 1)" })
    }
    if address.numbered {
      let ids = plan.parts.filter { $0.kind == .paragraph }.map(\.id)
      #expect(ids == address.numbers.map(String.init), "\(label): paragraph ids")
    }
  }

  private func squeezed(_ text: String) -> String {
    String(text.unicodeScalars.filter { !$0.properties.isWhitespace })
  }
}
