/// How the main language of a document is found: the language of its longest stretch of
/// text in one language, not the language of most of its letters.
///
/// A copied page holds the address and the page around it: navigation, links to other
/// speeches, captions, notes, in the site's language. That furniture can outweigh a short
/// address ("Spanish translation unavailable for …" under a Spanish speech on an English
/// site), but it comes in pieces before, after and between the parts of the body, while the
/// body is one stretch. Code-switching inside an address is the other way round: a foreign
/// greeting, quotation or paragraph is shorter than the body around it. So the identifier
/// cuts the text into stretches of one language (CLD2's own chunks), neighbouring stretches
/// of one language are joined (stretches it is unsure of neither join nor break them, nor do
/// shorter interruptions), and the longest joined stretch names the main language. Its limit:
/// an address with a foreign part longer than any stretch of its own language (a bilingual
/// address in two halves) is taken for the foreign language; `--language` states it.
enum DocumentLanguage {
  /// A run of neighbouring stretches of one language.
  struct Run: Hashable {
    /// The language.
    var language: String
    /// Its characters (Unicode scalars).
    var characters: Int
  }

  /// The longest run of `stretches` in one known language (the first of equal ones), with
  /// `canonical` applied to each stretch's language first. A run of another language shorter
  /// than the runs of one language on both sides of it interrupts nothing: a name, a phrase,
  /// or a sentence the identifier misnames (Spanish called Galician) inside a body.
  static func longestRun(
    _ stretches: [LanguageStretch], canonical: (String) -> String
  ) -> Run? {
    var runs: [Run] = []
    for stretch in stretches where stretch.language != "und" {
      let language = canonical(stretch.language)
      if runs.last?.language == language {
        runs[runs.count - 1].characters += stretch.characters
      } else {
        runs.append(Run(language: language, characters: stretch.characters))
      }
      // Bridge interruptions as they appear: each run is pushed once and merged at most
      // once, so this stays linear.
      while runs.count >= 3 {
        let (before, inside, after) = (
          runs[runs.count - 3], runs[runs.count - 2], runs[runs.count - 1]
        )
        guard before.language == after.language,
          inside.characters < min(before.characters, after.characters)
        else { break }
        runs.removeLast(3)
        runs.append(
          Run(
            language: before.language, characters: before.characters + after.characters))
      }
    }
    return runs.reduce(nil) { longest, run in
      run.characters > longest?.characters ?? 0 ? run : longest
    }
  }

  /// The share of the known stretches' characters that are in `language`, 0…1.
  static func share(
    of language: String, in stretches: [LanguageStretch], canonical: (String) -> String
  ) -> Double {
    let known = stretches.filter { $0.language != "und" }
    let total = known.reduce(0) { $0 + $1.characters }
    let mine = known.filter { canonical($0.language) == language }.reduce(0) { $0 + $1.characters }
    return total == 0 ? 0 : Double(mine) / Double(total)
  }

  /// At most about `limit` bytes of `text`: the whole text when it is short, else evenly
  /// spaced slices cut at spaces, so that time stays bounded whatever the document's size
  /// (identification of 64 KB is as sure as of megabytes).
  static func sample(_ text: String, limit: Int = 1 << 16) -> String {
    let utf8 = text.utf8
    guard utf8.count > limit else { return text }
    let slices = 16
    let size = limit / slices
    let stride = utf8.count / slices
    var sample: [UInt8] = []
    sample.reserveCapacity(limit + slices)
    var offset = 0
    for _ in 0..<slices {
      // Whole scalars, whole words: from the first space after the slice's start to the last
      // one before its end. Cut as bytes: split as characters, the slices cost as much as
      // identifying them.
      let start = scalarBoundary(text, atOrBefore: offset)
      let end = scalarBoundary(text, atOrBefore: min(utf8.count, offset + size))
      let words = utf8[start..<end].split(separator: UInt8(ascii: " ")).dropFirst().dropLast()
      for (number, word) in words.enumerated() {
        if number > 0 { sample.append(UInt8(ascii: " ")) }
        sample += word
      }
      sample.append(UInt8(ascii: "\n"))
      offset += stride
    }
    return String(decoding: sample, as: UTF8.self)
  }

  /// The index of the scalar boundary at or before UTF-8 offset `offset` of `text`.
  private static func scalarBoundary(_ text: String, atOrBefore offset: Int) -> String.Index {
    var offset = offset
    while offset > 0 {
      let index = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
      if let boundary = String.Index(index, within: text.unicodeScalars) { return boundary }
      offset -= 1
    }
    return text.startIndex
  }
}

extension LanguageIdentifying {
  /// The language of `text`, identified on at most about `limit` bytes of it (see
  /// ``DocumentLanguage/sample(_:limit:)``).
  func identifySampled(
    _ text: String, limit: Int = 1 << 16, bestEffort: Bool = false
  ) -> LanguageGuess {
    identify(DocumentLanguage.sample(text, limit: limit), bestEffort: bestEffort)
  }
}

extension LanguageAnnotator {
  /// The document's language: the language of its longest stretch in one language (see
  /// ``DocumentLanguage``), identified on a bounded sample of it, else the script most of its
  /// letters are in.
  public func identifyDocument(_ text: String) -> LanguageGuess {
    guard let identifier else { return scriptGuess(text) }
    let (whole, stretches) = identifier.stretches(DocumentLanguage.sample(text))
    var guess = canonical(whole)
    let tag = { (language: String) in self.canonical(language) }
    if let body = DocumentLanguage.longestRun(stretches, canonical: tag),
      body.language != guess.language
    {
      let share = DocumentLanguage.share(of: body.language, in: stretches, canonical: tag)
      guess = LanguageGuess(
        language: body.language, confidence: guess.reliable ? share : share / 2,
        reliable: guess.reliable, letters: guess.letters,
        secondLanguage: guess.isKnown ? guess.language : nil,
        secondShare: guess.isKnown ? guess.confidence : 0)
    }
    return guess.isKnown ? guess : scriptGuess(text)
  }
}
