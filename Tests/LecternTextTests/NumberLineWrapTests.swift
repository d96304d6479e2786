import Testing

@testable import LecternText

/// A hard-wrapped line that ends on a function word goes on into a line that opens with a
/// number ("… qui accueillent cette" / "84ème session …"), in invented text; a line that ends
/// its sentence, or a word that is no function word, before such a line does not.
@Suite struct NumberLineWrapTests {
  private func utterances(_ lines: [String]) -> [String] {
    LanguageTestSupport.planPage(lines).parts.flatMap(\.utterances).map(\.text)
  }

  /// The wrapped paragraph around `end` / `start`, in English; the line that ends with `end`
  /// stops well short of the width, which alone would end the paragraph there.
  private func page(_ end: String, _ start: String) -> [String] {
    [
      "Remarks by Minister Odra Quilleth", "",
      "It is an honour to welcome you to the river towns of the north, and to thank",
      "the guilds of Brivonne for the care they have taken of the harbour and of",
      "the barges that sail again, as they did when \(end)",
      "\(start) guilds met on the quays of the northern towns for the whole season.",
      "The harbour will be open to all of you, and the river will carry the trade",
      "of the towns again, as it has done for more than a hundred years and more.",
    ]
  }

  @Test func aLineEndingOnAFunctionWordGoesOnIntoANumber() {
    let spoken = utterances(page("their", "150"))
    #expect(spoken.contains { $0.contains("as they did when their 150 guilds met") }, "\(spoken)")
    let french = utterances([
      "Discours de Mme Odra Quilleth", "",
      "C’est pour moi un grand honneur de remercier les autorités de la ville de Brivonne,",
      "qui accueillent avec générosité cette",
      "31ème session de l’assemblée des guildes du fleuve et de tous les ports du nord.",
      "Les péniches navigueront de nouveau au printemps, et le port sera ouvert à chacun",
      "de vous, comme il l’a été pour les guildes depuis plus de cent ans et davantage.",
    ])
    #expect(
      french.contains { $0.contains("cette 31ème session") || $0.contains("cette trente") },
      "\(french)")
  }

  /// A line that ends its sentence, or ends on a word that is no function word, before a
  /// line opening with a number: the number stays where the layout puts it, unjoined.
  @Test func aSentenceEndOrAContentWordKeepsTheNumberApart() {
    let ended = utterances(page("it rained.", "150"))
    #expect(!ended.contains { $0.contains("it rained. 150") }, "\(ended)")
    #expect(
      !LineJoiner.endsOnStopWord("the harbour", StructureVocabulary(LanguageTestSupport.knowledge)))
    #expect(
      LineJoiner.endsOnStopWord(
        "accueillent cette", StructureVocabulary(LanguageTestSupport.knowledge)))
  }
}
