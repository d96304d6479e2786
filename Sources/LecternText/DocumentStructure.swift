/// The structure of an address: its header facts, its opening (salutations and greetings),
/// its paragraphs, and the lines that are not spoken.
///
/// Read from the shape of the lines, not from any one document's sentences: the header is the
/// run of leading lines that are not sentences (titles, names, dates, page labels); the
/// opening is the run of salutations and greetings after it (in a numbered address, all that
/// precedes paragraph 1); paragraphs are numbered lines ("12. …", the number not spoken) or,
/// in an unnumbered address, lines or blocks of wrapped lines.
struct DocumentStructure: Sendable {
  /// A run of paragraph text to be segmented on its own: one line, or wrapped lines joined.
  struct Section: Sendable, Equatable {
    /// The printed paragraph number, or a sequence number in an unnumbered address.
    var id: String
    /// The section's texts, in order; an utterance never spans two of them.
    var pieces: [String]
  }

  /// What the header says about the address.
  var metadata = DocumentMetadata()
  /// Header lines with facts the reader does not recognize: spoken in the intro.
  var introExtras: [String] = []
  /// The opening's texts: salutations and greetings, one per source line.
  var opening: [String] = []
  /// Salutations and greetings moved from the start of the first paragraph (one line holding
  /// "Excellencies, Ladies and Gentlemen, good morning. It is …").
  var openingUtterances: [String] = []
  /// The paragraphs, in order.
  var sections: [Section] = []
  /// Lines that are not spoken, in line order.
  var dropped: [DroppedLine] = []
  /// Whether the paragraphs carry printed numbers.
  var numbered = false

  private struct Line {
    var number: Int
    var text: String
    var block: Int
  }

  /// Reads the structure of `document`.
  static func read(_ document: Document, segmenter: Segmenter = Segmenter()) -> DocumentStructure {
    let salutation = segmenter.conventions.salutation
    var structure = DocumentStructure()
    var lines: [Line] = []
    var block = 0
    var previousBlank = true
    for (index, raw) in document.lines.enumerated() {
      let text = TextScan.trimmed(raw)
      if text.isEmpty {
        if !previousBlank { block += 1 }
        previousBlank = true
        continue
      }
      previousBlank = false
      lines.append(Line(number: index + 1, text: text, block: block))
    }
    // A header line is header-like, and so is every line of its block if they are wrapped
    // (else the first lines of a hard-wrapped paragraph would pass for a title).
    var blockIsHeader: [Int: Bool] = [:]
    for line in lines {
      blockIsHeader[line.block] =
        (blockIsHeader[line.block] ?? true) && isHeaderLike(line.text, salutation)
    }
    let wrappedBlocks = Set(
      Dictionary(grouping: lines, by: \.block).filter {
        isWrapped($0.value.map(\.text), salutation)
      }.keys)
    var headerEnd =
      lines.prefix {
        isHeaderLike($0.text, salutation)
          && (!wrappedBlocks.contains($0.block) || blockIsHeader[$0.block] == true)
      }.count
    if headerEnd == lines.count {
      // No sentence anywhere: rather than drop it all as a header, speak what is not furniture.
      headerEnd = lines.prefix { LineShape.furnitureReason($0.text) != nil }.count
    }
    var header = HeaderReader()
    for line in lines[..<headerEnd] { header.read(line: line.number, text: line.text) }
    header.finish()
    structure.metadata = header.metadata
    structure.introExtras = header.extras
    structure.dropped = header.dropped

    var body: [Line] = []
    for line in lines[headerEnd...] {
      if let reason = LineShape.furnitureReason(line.text) ?? structure.repeatReason(line.text) {
        structure.dropped.append(DroppedLine(line: line.number, text: line.text, reason: reason))
      } else {
        body.append(line)
      }
    }
    structure.dropped.sort { $0.line < $1.line }
    // Printed numbers: two or more, or a lone "1." (an address of one numbered paragraph).
    let numbers = body.compactMap { LineShape.paragraphNumber($0.text)?.number }
    structure.numbered = numbers.count >= 2 || numbers == [1]
    let units = structure.units(body, salutation)
    let openingCount =
      structure.numbered
      ? units.prefix { $0.number == nil }.count
      : units.prefix { salutation.isOpeningLine($0.text) }.count
    structure.opening = units[..<openingCount].map(\.text)
    structure.assemble(units[openingCount...])
    if !structure.numbered { structure.moveLeadingSalutations(segmenter) }
    return structure
  }

  /// Whether a line can belong to the header: furniture, or a short line that is no sentence,
  /// salutation or numbered paragraph.
  private static func isHeaderLike(_ text: String, _ salutation: Salutation) -> Bool {
    if LineShape.furnitureReason(text) != nil { return true }
    return text.unicodeScalars.count <= LineShape.longestHeaderLine
      && LineShape.paragraphNumber(text) == nil && !salutation.isOpeningLine(text)
      && LineShape.lastMark(text) == nil && salutation.isOneSentence(text)
  }

  /// Why a body line is not spoken because it repeats the header (a title printed again).
  private func repeatReason(_ text: String) -> String? {
    guard text.unicodeScalars.count <= LineShape.longestHeaderLine,
      LineShape.lastMark(text) == nil, TextScan.words(text).count >= 2
    else { return nil }
    let facts = [
      ("title", metadata.title), ("event", metadata.event), ("speaker", metadata.speaker),
    ]
    for case (let name, let value?) in facts
    where TextScan.overlap(text, value) >= HeaderReader.repeatOverlap {
      return "repeats the \(name) from the header"
    }
    return nil
  }

  /// A paragraph's text as the page prints it: one line, or a block of wrapped lines joined,
  /// with its printed number if it has one.
  private struct Unit {
    var number: Int?
    var text: String
  }

  /// Joins wrapped lines and takes printed numbers off numbered paragraphs. A number must
  /// grow ("3." after "2."): a line starting with a smaller one is text, said as written.
  private func units(_ lines: [Line], _ salutation: Salutation) -> [Unit] {
    var units: [Unit] = []
    var lastNumber = 0
    var pendingNumber: Int?
    var index = 0
    while index < lines.count {
      let block = lines[index...].prefix { $0.block == lines[index].block }
      let wrapped = Self.isWrapped(block.map(\.text), salutation)
      for (offset, line) in block.enumerated() {
        var text = line.text
        var number: Int?
        if numbered, let found = LineShape.paragraphNumber(text), found.number > lastNumber {
          lastNumber = found.number
          text = TextScan.string(Array(text.unicodeScalars)[found.textStart...])
          if text.isEmpty {
            pendingNumber = found.number  // "7." alone on its line numbers the next line
            continue
          }
          number = found.number
        } else if let pending = pendingNumber {
          number = pending
        }
        pendingNumber = nil
        if number == nil && wrapped && offset > 0, let last = units.indices.last {
          units[last].text += " " + text
        } else {
          units.append(Unit(number: number, text: text))
        }
      }
      index += block.count
    }
    return units
  }

  /// Makes sections of the units after the opening: each unit is a section. In a numbered
  /// address a numbered unit takes its printed number and an unnumbered block after it
  /// (a quotation, a closing line, a repeated "1.") the number with a suffix: `15-1`, `15-2`.
  /// Folding such blocks into the paragraph before would make one part of arbitrary length.
  private mutating func assemble(_ units: ArraySlice<Unit>) {
    var lastNumbered: (id: String, suffix: Int)?
    for unit in units {
      if let number = unit.number {
        sections.append(Section(id: String(number), pieces: [unit.text]))
        lastNumbered = (String(number), 0)
      } else if numbered, let (id, suffix) = lastNumbered {
        sections.append(Section(id: "\(id)-\(suffix + 1)", pieces: [unit.text]))
        lastNumbered = (id, suffix + 1)
      } else {
        sections.append(Section(id: String(sections.count + 1), pieces: [unit.text]))
      }
    }
  }

  /// Whether a block's lines are one hard-wrapped paragraph: most lines but the last end
  /// without a sentence or clause mark and are no salutation.
  private static func isWrapped(_ lines: [String], _ salutation: Salutation) -> Bool {
    guard lines.count >= 2 else { return false }
    // A salutation ending in a comma ("Distinguished guests,") ends its line on purpose.
    let open = lines.dropLast().filter {
      !LineShape.endsSentence($0) && LineShape.lastMark($0) != ";" && LineShape.lastMark($0) != ":"
        && !salutation.isSalutationLine($0)
    }
    return open.count * 2 > lines.count - 1
  }

  /// Moves salutations and greetings that open the first paragraph into the opening, and
  /// renumbers the paragraphs if the first one is used up.
  private mutating func moveLeadingSalutations(_ segmenter: Segmenter) {
    guard let first = sections.first, let piece = first.pieces.first else { return }
    var utterances = segmenter.utterances(in: piece)
    while let head = utterances.first, utterances.count > 1 || first.pieces.count > 1,
      segmenter.conventions.salutation.isOpeningSentence(head)
    {
      openingUtterances.append(head)
      utterances.removeFirst()
    }
    guard !openingUtterances.isEmpty else { return }
    if utterances.isEmpty {
      sections[0].pieces.removeFirst()
    } else {
      sections[0].pieces[0] = utterances.joined(separator: " ")
    }
    if sections[0].pieces.isEmpty {
      sections.removeFirst()
      for index in sections.indices { sections[index].id = String(index + 1) }
    }
  }
}
