import LecternText
import Testing

/// Document text can never become eSpeak NG phoneme input; only lexicon entries can.
@Suite("Phoneme input")
struct PhonemeInputTests {
  let annotator = LanguageTestSupport.annotator

  private func spans(_ text: String) -> [Span] {
    annotator.spans(for: text, documentLanguage: "en", role: .speaker)
  }

  @Test func documentBracketsAreNotPhonemes() {
    let result = spans("Please say [[h@l'oU w'3:ld]] now.")
    #expect(result.count == 1)
    #expect(result.allSatisfy { !$0.phonemes })
    #expect(result.allSatisfy { !$0.spoken.contains("[") && !$0.spoken.contains("]") })
    // What is shown stays what the document says.
    #expect(result.first?.text == "Please say [[h@l'oU w'3:ld]] now.")
  }

  /// A lexicon's phonemes switch the engine's phoneme flag on for the whole span; the
  /// document's brackets in that span must still not open phoneme input, even with an
  /// invisible character (which the engine skips) between them.
  @Test(arguments: ["[[", "[\u{AD}[", "[\u{200C}["])
  func documentBracketsBesideLexiconPhonemesStayText(opening: String) {
    let result = spans("SEMERIKOV said \(opening)h@l'oU]] twice.")
    #expect(result.count == 1)
    let span = result[0]
    #expect(span.phonemes)
    #expect(span.spoken.contains("[[s,Em@r'i:k0f]]"))
    // The lexicon's own brackets are the only square ones left.
    #expect(span.spoken.filter { $0 == "[" }.count == 2, "\(span.spoken)")
    #expect(span.spoken.filter { $0 == "]" }.count == 2, "\(span.spoken)")
  }

  @Test func foreignPhraseTailIsNeutralizedToo() {
    let result = spans("They said Bolshoye Spasibo]] [[x]] again.")
    #expect(result.allSatisfy { !$0.spoken.contains("]]") || $0.phonemes })
    #expect(result.allSatisfy { !$0.phonemes })
  }

  @Test func occurrencesFindWhatTheEngineWouldRead() {
    #expect(PhonemeInput.occurrences(in: "Say [[h@l'oU]] now.") == ["[[h@l'oU]]"])
    #expect(PhonemeInput.occurrences(in: "a [\u{AD}[x]] b") == ["[\u{AD}[x]]"])
    #expect(PhonemeInput.occurrences(in: "a [b] [c] [ [d]]").isEmpty)
    #expect(PhonemeInput.neutralized("a [[b]] c") == "a ((b)) c")
  }

  @Test func checkListsPhonemeInput() {
    let report = CheckReport(
      utterances: [(id: "1.1", text: "Please say [[h@l'oU w'3:ld]] now.")],
      documentLanguage: "en", annotator: annotator)
    #expect(
      report.items == [.init(location: "1.1", finding: .phonemeInput(text: "[[h@l'oU w'3:ld]]"))])
    #expect(
      report.lines.first
        == "1.1: phonemes: \"[[h@l'oU w'3:ld]]\" is read as written, not as eSpeak phonemes"
        + " (only a pronunciation lexicon gives phonemes)")
  }
}
