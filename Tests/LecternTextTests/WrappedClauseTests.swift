import Testing

@testable import LecternText

/// A sentence hard-wrapped after a comma, right after the salutation, with words no language
/// file lists: a short line that ends in a comma and opens with no word of address is not a
/// salutation, so the clause on the next line, written small, goes on in the same sentence
/// (before, the first half was read as part of the opening and the second as a paragraph of
/// its own). The look-alike: a list of forms of address wrapped one per line stays one
/// utterance per line.
@Suite struct WrappedClauseTests {
  /// The salutation, the wrapped sentence's two halves, and a closing sentence, per language.
  private static let pages: [(salutation: String, head: String, tail: String, end: String)] = [
    (
      "Señoras y señores:",
      "Quiero agradecer a los organizadores de Velmorach su invitación a este congreso,",
      "que ha reunido a más de 450 participantes de 12 países.",
      "Muchas gracias por su atención."
    ),
    (
      "Mesdames, Messieurs,",
      "Je remercie les organisateurs de Quorvanta pour cette invitation,",
      "qui nous réunit pour la troisième fois dans cette belle ville.",
      "Je vous remercie de votre attention."
    ),
    (
      "Sehr geehrte Damen und Herren,",
      "ich danke den Veranstaltern in Trivessa für diese Einladung,",
      "die uns zum dritten Mal in dieser schönen Stadt zusammenführt.",
      "Vielen Dank für Ihre Aufmerksamkeit."
    ),
    (
      "Ladies and gentlemen,",
      "Let me thank the organisers in Orvessa for this invitation,",
      "which brings us together for the third time in this fine city.",
      "Thank you for your attention."
    ),
  ]

  @Test(arguments: pages.indices)
  func theClauseAfterTheCommaGoesOnInTheSentence(index: Int) {
    let page = Self.pages[index]
    let plan = LanguageTestSupport.planPage([page.salutation, page.head, page.tail, page.end])
    let utterances = LanguageTestSupport.spoken(plan)
    #expect(utterances.contains(page.head + " " + page.tail), "\(utterances)")
    let opening = plan.parts.filter { $0.kind == .opening }.flatMap(\.utterances).map(\.text)
    #expect(!opening.contains { $0.contains(page.head) }, "\(opening)")
  }

  /// Forms of address wrapped one per line, the later ones written small, stay one utterance
  /// each: each opens with a word of address.
  @Test func aListOfFormsOfAddressStaysOneUtterancePerLine() {
    let lines = [
      "Monsieur le Maire de Quorvanta,", "chers collègues,", "chers amis,",
      "Je remercie les organisateurs pour cette invitation, qui nous réunit pour la troisième "
        + "fois dans cette belle ville.",
    ]
    let utterances = LanguageTestSupport.spokenPage(lines)
    #expect(Array(utterances.prefix(3)) == Array(lines.prefix(3)), "\(utterances)")
  }
}
