import Foundation
import Testing

@testable import LecternText

/// Sentence boundaries, salutation cuts and the length bound.
@Suite struct SegmenterTests {
  let segmenter = Segmenter(
    conventions: LanguageConventions(
      language: "en", knowledge: LanguageTestSupport.annotator.languages))

  @Test(arguments: [
    ("Mr. Smith met Dr. Jones. They spoke.", ["Mr. Smith met Dr. Jones.", "They spoke."]),
    ("See No. 5 and Art. 12 here. Next.", ["See No. 5 and Art. 12 here.", "Next."]),
    ("Use tools, e.g. radios. Then stop.", ["Use tools, e.g. radios.", "Then stop."]),
    ("The U.S. Army came. It left.", ["The U.S. Army came.", "It left."]),
    ("J. R. R. Tolkien wrote it. Yes.", ["J. R. R. Tolkien wrote it.", "Yes."]),
    ("It rose 3.5 per cent. Good.", ["It rose 3.5 per cent.", "Good."]),
    ("On 30.10.2019 we met. Fine.", ["On 30.10.2019 we met.", "Fine."]),
    ("The 7th meeting. The 8th one.", ["The 7th meeting.", "The 8th one."]),
    ("Met on Oct. 30 at 9 a.m. in Moscow.", ["Met on Oct. 30 at 9 a.m. in Moscow."]),
    ("Why? Because. Really!", ["Why?", "Because.", "Really!"]),
    ("“Stop.” He stopped.", ["“Stop.”", "He stopped."]),
    ("He said (quietly.) Then left.", ["He said (quietly.)", "Then left."]),
    ("Wait… then go. Done… Next.", ["Wait… then go.", "Done…", "Next."]),
    ("Host – Russia – leads. Yes.", ["Host – Russia – leads.", "Yes."]),
    ("Tools, guns, etc. The end.", ["Tools, guns, etc.", "The end."]),
    ("We act—now. Then—later.", ["We act—now.", "Then—later."]),
    ("Born 1st May 2019. Next.", ["Born 1st May 2019.", "Next."]),
    ("Said: ‘Go.’ And went.", ["Said: ‘Go.’", "And went."]),
    ("attention.\u{00A0}Bolshoye Spasibo.", ["attention.", "Bolshoye Spasibo."]),
    ("Say [ru: Спасибо. Большое.] Then.", ["Say [ru: Спасибо. Большое.] Then."]),
    ("No period at the end", ["No period at the end"]),
  ])
  func sentences(text: String, expected: [String]) {
    #expect(segmenter.utterances(in: text) == expected)
  }

  /// Arabic and Hebrew have no capitals: a letter and a full stop is an initial or a title
  /// (invented names), and a sentence's last word before its full stop still ends it.
  @Test(arguments: [
    (
      "ar", "رحبت السفيرة د. رنيم قاسل بالوفود. ثم بدأ الاجتماع.",
      ["رحبت السفيرة د. رنيم قاسل بالوفود.", "ثم بدأ الاجتماع."]
    ),
    ("ar", "وصل م. ساهر دلوان أمس. وتحدث.", ["وصل م. ساهر دلوان أمس.", "وتحدث."]),
  ])
  func initialsWithoutCapitals(language: String, text: String, expected: [String]) {
    let segmenter = Segmenter(
      conventions: LanguageConventions(
        language: language, knowledge: LanguageTestSupport.annotator.languages))
    #expect(segmenter.utterances(in: text) == expected)
  }

  @Test func semicolonSalutationsAreSeparate() {
    let line = "Excellencies; Ladies and Gentlemen; dear friends; good morning."
    #expect(
      segmenter.utterances(in: line, splittingAllSemicolons: true) == [
        "Excellencies;", "Ladies and Gentlemen;", "dear friends;", "good morning.",
      ])
    // Inside a paragraph only a leading salutation is cut off; other semicolons stay.
    #expect(
      segmenter.utterances(in: "Excellencies, Ladies and Gentlemen; it is good; thank you.") == [
        "Excellencies, Ladies and Gentlemen;", "it is good; thank you.",
      ])
    #expect(segmenter.utterances(in: "We met; we spoke.") == ["We met; we spoke."])
  }

  @Test func longSentenceSplitsAtClausesThenWords() {
    let clause = "the delegates of the member countries met in the hall to discuss the budget"
    let sentence = (0..<12).map { _ in clause }.joined(separator: ", ") + "."
    let pieces = segmenter.utterances(in: sentence)
    #expect(pieces.count > 1)
    #expect(pieces.allSatisfy { $0.unicodeScalars.count <= Segmenter.defaultMaximumLength })
    #expect(pieces.dropLast().allSatisfy { $0.hasSuffix(",") })
    #expect(squeezed(pieces.joined()) == squeezed(sentence))

    let words = (0..<300).map { "word\($0)" }.joined(separator: " ")
    let wordPieces = segmenter.utterances(in: words)
    #expect(wordPieces.count > 1)
    #expect(wordPieces.allSatisfy { $0.unicodeScalars.count <= Segmenter.defaultMaximumLength })
    #expect(wordPieces.joined(separator: " ") == words)
  }

  @Test func hardCutKeepsCharactersWhole() {
    // No space at all, and combining accents everywhere: cut, but never between a letter
    // and its accent.
    let text = String(repeating: "e\u{0301}", count: 1000)
    let pieces = segmenter.utterances(in: text)
    #expect(pieces.allSatisfy { $0.unicodeScalars.count <= Segmenter.defaultMaximumLength })
    #expect(pieces.allSatisfy { $0.unicodeScalars.first == "e" })
    #expect(pieces.joined() == text)
  }

  /// (Its time is measured by `scripts/bench`, not asserted here.)
  @Test func hugeLineIsCutIntoBoundedPieces() {
    let line = String(repeating: "lorem ipsum dolor sit amet ", count: 200_000)  // 5.4 MB
    let pieces = segmenter.utterances(in: line)
    #expect(pieces.allSatisfy { $0.unicodeScalars.count <= Segmenter.defaultMaximumLength })
    #expect(pieces.reduce(0) { $0 + $1.count } >= line.count - pieces.count - 1)
  }

  @Test func boundIsConfigurable() {
    let small = Segmenter(maximumLength: 20)
    let pieces = small.utterances(in: "one two three four five six seven eight nine ten")
    #expect(pieces == ["one two three four", "five six seven eight", "nine ten"])
  }

  private func squeezed(_ text: String) -> String {
    String(text.unicodeScalars.filter { !$0.properties.isWhitespace })
  }
}
