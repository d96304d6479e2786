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

  private func check(_ address: GeneratedAddress, label: String) {
    let document = Document(name: "generated", text: address.lines.joined(separator: "\n"))
    let plan = Planner().plan(document)
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
