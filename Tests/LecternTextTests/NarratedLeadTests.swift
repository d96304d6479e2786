import Testing

@testable import LecternText

/// A news page's lead told without a speech verb, before an address that opens with a formula
/// of the first person, in six languages, with names and places no language file lists
/// (Varnholt, Dorvel …). The lead is not spoken and names the speaker and the place; an
/// address that opens by telling of someone stays spoken whole.
@Suite struct NarratedLeadTests {
  /// One page: the lead, the address's opening paragraph, and a second paragraph.
  struct Case: Sendable, CustomStringConvertible {
    var language: String
    var lead: String
    var opening: String
    var next: String
    /// The surname and the place the lead names.
    var surname: String
    var place: String

    var description: String { language }
    var lines: [String] { [lead, "", opening, "", next] }
  }

  static let cases: [Case] = [
    Case(
      language: "en",
      lead:
        "The harbour academy held its graduation on Friday. At the ceremony, which took place on the quay in Dorvel, Commissioner Aldo Varnholt, the head of the academy, reeled out the year's results.",
      opening:
        "It is with great pleasure that I welcome you all to the graduation of the river police course.",
      next: "The cadets who graduate today have trained for many months on the river.",
      surname: "Varnholt", place: "Dorvel"),
    Case(
      language: "fr",
      lead:
        "L’académie portuaire a célébré vendredi la fin de sa formation. Lors de la cérémonie, tenue à Dorvel, le commissaire Aldo Varnholt, directeur de l’académie, a présenté le bilan de l’année.",
      opening:
        "C’est avec un grand plaisir que je vous souhaite la bienvenue à cette cérémonie de fin de formation.",
      next:
        "Les élèves qui terminent aujourd’hui ont suivi de longs mois de formation sur le fleuve.",
      surname: "Varnholt", place: "Dorvel"),
    Case(
      language: "es",
      lead:
        "La academia portuaria celebró el viernes su graduación. En la ceremonia, realizada en Dorvel, el comisario Aldo Varnholt, director de la academia, presentó los resultados del año.",
      opening:
        "Es un gran honor darles la bienvenida a la graduación del curso de policía fluvial.",
      next: "Los cadetes que se gradúan hoy se formaron durante muchos meses en el río.",
      surname: "Varnholt", place: "Dorvel"),
    Case(
      language: "ru",
      lead:
        "В пятницу портовая академия провела выпуск курсантов. На церемонии в Дорвеле комиссар Альдо Варнхольт, начальник академии, подвёл итоги года.",
      opening: "Мне очень приятно приветствовать всех вас на выпуске курса речной полиции.",
      next: "Курсанты, которые сегодня выпускаются, много месяцев учились на реке.",
      surname: "Варнхольт", place: "Дорвел"),
    Case(
      language: "de",
      lead:
        "Die Hafenakademie feierte am Freitag ihren Abschluss. Bei der Feier am Kai in Dorvel zog Kommissar Aldo Varnholt, der Leiter der Akademie, die Bilanz des Jahres.",
      opening:
        "Es ist mir eine große Freude, Sie alle zum Abschluss des Lehrgangs der Flusspolizei zu begrüßen.",
      next:
        "Die Kadetten, die heute ihren Abschluss machen, haben viele Monate auf dem Fluss geübt.",
      surname: "Varnholt", place: "Dorvel"),
    Case(
      language: "pt",
      lead:
        "A academia portuária celebrou na sexta-feira a sua formatura. Na cerimônia, realizada em Dorvel, o comissário Aldo Varnholt, diretor da academia, apresentou os resultados do ano.",
      opening:
        "É com grande prazer que dou as boas-vindas a todos à formatura do curso de polícia fluvial.",
      next: "Os cadetes que se formam hoje treinaram durante muitos meses no rio.",
      surname: "Varnholt", place: "Dorvel"),
  ]

  @Test(arguments: cases)
  func aLeadWithoutASpeechVerbIsNotSpokenAndNamesTheSpeaker(_ page: Case) {
    let plan = LanguageTestSupport.planPage(page.lines)
    let text = plan.parts.filter { $0.kind != .intro }.flatMap(\.utterances).map(\.text)
    #expect(plan.language == page.language)
    #expect(text.first.map { page.opening.hasPrefix($0) } == true, "\(text)")
    #expect(!text.contains { $0.contains(page.surname) }, "\(text)")
    #expect(plan.dropped.contains { $0.line == 1 }, "\(plan.dropped)")
    #expect(plan.metadata.speaker?.contains(page.surname) == true, "\(plan.metadata)")
    #expect(plan.metadata.place?.contains(page.place) == true, "\(plan.metadata)")
  }

  /// Addresses that open by telling of someone: in the first person in the same paragraph,
  /// with a next paragraph that is no opening formula, or naming no one by office: spoken.
  @Test(arguments: [
    [
      "Ten years ago, President Aldo Varnholt stood on this quay in Dorvel, and I stood beside him.",
      "", "It is a great honour to stand here again with all of you.",
    ],
    [
      "Ten years ago, President Aldo Varnholt stood on this quay in Dorvel.", "",
      "Today the quay is rebuilt, and the barges sail again to every town of the river.",
    ],
    [
      "Ten years ago, the quay of Dorvel lay in ruins after the great flood.", "",
      "It is a great honour to open the rebuilt quay with all of you today.",
    ],
  ])
  func anAddressThatOpensByTellingOfSomeoneIsSpoken(_ lines: [String]) {
    let text = LanguageTestSupport.spokenPage(lines).joined(separator: " ")
    for line in lines where !line.isEmpty { #expect(text.contains(line), "\(text)") }
  }
}
