@testable import LecternText

/// A page built by the furniture-variation suite: its lines, the substrings of its furniture
/// that must never be spoken, and the substrings of the address that must be.
struct FurnishedPage {
  var lines: [String] = []
  var probes: [String] = []
  var spoken: [String] = []

  /// The address of `language`.
  static func body(_ language: String) -> VariationBody {
    guard let body = VariationBody.all[language] ?? VariationBody.more[language] else {
      fatalError("no address in \(language)")
    }
    return body
  }

  /// The languages the suite builds pages in.
  static let languages = ["en", "fr", "es", "ar", "ru", "zh", "de", "pt"]

  /// A page in `language` with one block of `kind` at `placement`, its words in
  /// `wordsLanguage`; `seed` picks separators, blank lines and invented words.
  static func make(
    _ language: String, _ kind: FurnitureClass, _ placement: FurniturePlacement,
    words wordsLanguage: String, seed: UInt64
  ) -> FurnishedPage {
    make(language, [(kind, placement)], words: wordsLanguage, seed: seed)
  }

  /// A page in `language` with a block of each class at its place, and a look-alike of
  /// furniture in the address when `lookAlike` is given.
  static func make(
    _ language: String, _ blocks: [(FurnitureClass, FurniturePlacement)],
    words wordsLanguage: String, seed: UInt64, lookAlike: LookAlike? = nil
  ) -> FurnishedPage {
    var body = Self.body(language)
    var maker = FurnitureMaker(
      inventor: FurnitureInventor(seed: seed, language: language),
      words: PageWords.of(wordsLanguage), body: body)
    let made = blocks.map { (maker.block($0.0), $0.1, $0.0) }
    let blank = maker.inventor.toss()
    var page = FurnishedPage()
    let address =
      [body.headline] + body.salutations + body.paragraphs.flatMap { $0 } + [body.closing]
      + (lookAlike?.lines(body) ?? [])
    let text = FurnitureVariationTests.fold(address.joined(separator: " "))
    // The whole line, and its longer tokens (a line may be spoken in part).
    page.probes = made.flatMap { block, _, _ in
      block.probes ?? block.lines + tokens(block.lines, han: language == "zh")
    }.filter { !FurnitureVariationTests.holds(text, FurnitureVariationTests.fold($0)) }
    page.spoken =
      body.salutations + [body.paragraphs[0][0], body.paragraphs[3][1], body.closing]
    if let lookAlike {
      let lines = lookAlike.lines(body)
      // A printed point's number is not spoken.
      page.spoken += lines.map { line in
        LineShape.paragraphNumber(line) == nil ? line : String(line.dropFirst(3))
      }
      body.paragraphs.insert(lines, at: lookAlike == .short ? 3 : 1)
    }
    if let (block, placement, kind) = made.first,
      placement == .pageBreak || placement == .midSentence
    {
      page.pdf(body, block, kind, midSentence: placement == .midSentence, blank: blank)
    } else {
      page.web(body, made.map { ($0.0, $0.1) }, blank: blank, lookAlike: lookAlike)
    }
    return page
  }

  /// The tokens of furniture lines long enough to be told apart from the address's words.
  static func tokens(_ lines: [String], han: Bool) -> [String] {
    let separators = Set(" \t|·»«/>›,:;()•：，。".unicodeScalars)
    return lines.flatMap { line in
      line.unicodeScalars.split { separators.contains($0) }.map {
        String(String.UnicodeScalarView($0))
      }
    }.filter {
      // Numbers are tried with their line: a year may be the header's date, said in the intro.
      $0.unicodeScalars.count >= (han ? 2 : 4) && !$0.allSatisfy(\.isNumber)
    }
  }

  private mutating func add(_ block: [String], blank: Bool) {
    for line in block {
      lines.append(line)
      if blank { lines.append("") }
    }
    if !blank { lines.append("") }
  }

  private mutating func web(
    _ body: VariationBody, _ blocks: [(FurnitureBlock, FurniturePlacement)], blank: Bool,
    lookAlike: LookAlike?
  ) {
    func place(_ placement: FurniturePlacement, repeatedOnly: Bool = false) {
      for (block, at) in blocks where at == placement && (block.repeated || !repeatedOnly) {
        add(block.lines, blank: blank)
      }
    }
    place(.top)
    add([body.headline], blank: true)
    place(.underHeadline)
    add(body.salutations, blank: blank)
    for (index, paragraph) in body.paragraphs.enumerated() {
      // Numbered points are lines of their own; sentences of a paragraph share one.
      add(
        lookAlike == .points && paragraph.first?.first?.isNumber == true
          ? paragraph : [paragraph.joined(separator: " ")], blank: true)
      if index == 0 { place(.between) }
      if index == 2 { place(.between, repeatedOnly: true) }
    }
    add([body.closing], blank: true)
    place(.bottom)
  }

  /// A PDF copy: hard-wrapped lines, a page break after the second paragraph or inside its
  /// first sentence (two breaks for a running header).
  private mutating func pdf(
    _ body: VariationBody, _ block: FurnitureBlock, _ kind: FurnitureClass, midSentence: Bool,
    blank: Bool
  ) {
    let han = body.closing.unicodeScalars.contains { $0.value >= 0x3000 }
    var paragraphs = body.paragraphs.map { $0.joined(separator: han ? "" : " ") }
    if kind == .footnote {
      // The mark glued to a word of the first sentence of the second paragraph.
      let sentence = body.paragraphs[1][0]
      let words = sentence.split(separator: " ")
      let marked =
        han
        ? String(sentence.prefix(6)) + "¹" + sentence.dropFirst(6)
        : (words.prefix(4) + [words[4] + "¹"] + words.dropFirst(5)).joined(separator: " ")
      paragraphs[1] = paragraphs[1].replacingOccurrences(of: sentence, with: marked)
    }
    var breaks = block.lines + (kind == .footnote ? ["- 3 -"] : [])
    if kind == .runningHeader { breaks = ["\(3)"] + block.lines }
    lines = [body.headline] + body.salutations
    if blank { lines.append("") }
    for (index, paragraph) in paragraphs.enumerated() {
      let wrapped = Self.wrap(paragraph, width: han ? 24 : 72)
      let breakAt = midSentence ? 1 : wrapped.count
      let breaking = index == 1 || (index == 2 && block.repeated)
      for (number, line) in wrapped.enumerated() {
        lines.append(line)
        if breaking && number + 1 == breakAt { lines += breaks }
      }
      if blank { lines.append("") }
    }
    lines.append(body.closing)
  }

  /// Greedy wrapping at `width` scalars (at spaces, or anywhere in a text without them).
  static func wrap(_ text: String, width: Int) -> [String] {
    guard text.contains(" ") else {
      let scalars = Array(text.unicodeScalars)
      return stride(from: 0, to: scalars.count, by: width).map {
        String(String.UnicodeScalarView(scalars[$0..<min($0 + width, scalars.count)]))
      }
    }
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if !line.isEmpty && line.unicodeScalars.count + word.unicodeScalars.count + 1 > width {
        lines.append(line)
        line = ""
      }
      line += (line.isEmpty ? "" : " ") + word
    }
    return lines + [line]
  }
}

/// Lines of an address that look like furniture and must stay spoken.
enum LookAlike: String, CaseIterable, Sendable {
  /// A one-line paragraph of a short sentence.
  case short
  /// A sentence that holds a date and a time.
  case dated
  /// A sentence that holds a count of people.
  case counted
  /// A sentence that quotes a title.
  case quoted
  /// A sentence thanking people by name and office.
  case thanks
  /// Three numbered points, one a line.
  case points

  /// The look-alike's lines in the address `body`.
  func lines(_ body: VariationBody) -> [String] {
    switch self {
    case .short: [body.short]
    case .dated: [body.dated]
    case .counted: [body.counted]
    case .quoted: [body.quoted]
    case .thanks: [body.thanks]
    case .points: body.points
    }
  }
}
