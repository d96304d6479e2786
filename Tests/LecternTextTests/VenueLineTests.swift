import Testing

@testable import LecternText

/// A line under the title that names the venue, then after a full stop the place and the
/// date ("Palacio de Ferias de Tarvela. Brivonne , 14.03.2031"), is a header line: its place
/// and date are the address's, and it is not spoken as the address's first words. Venues,
/// places and forums are invented (Tarvela, Brivonne, Velmar).
@Suite struct VenueLineTests {
  private func plan(_ lines: [String]) -> RenderPlan {
    LanguageTestSupport.planner.plan(Document(name: "venue", text: lines.joined(separator: "\n")))
  }

  /// What is spoken of the address, without the intro.
  private func body(_ plan: RenderPlan) -> String {
    plan.parts.filter { $0.kind != .intro }.flatMap(\.utterances).map(\.text)
      .joined(separator: " ")
  }

  private let speech = [
    "", "",
    "Hace pocas semanas compartimos aquí en Brivonne una jornada muy especial dedicada a los "
      + "jóvenes y a la innovación.", "",
    "Por eso quiero agradecer a todos ustedes que vuelvan tan seguido a visitarnos.",
  ]

  @Test func theVenuePlaceAndDateLineIsTheHeaders() {
    let result = plan(
      [
        "Palabras del Presidente de la Liga de Velmar en el III Foro de Rectores de Velmar",
        "Palacio de Ferias y Congresos de Tarvela. Brivonne , 14.03.2031",
      ] + speech)
    #expect(result.metadata.date?.contains("2031") == true, "\(result.metadata)")
    #expect(result.metadata.place?.contains("Brivonne") == true, "\(result.metadata)")
    #expect(!body(result).contains("Tarvela"))
    #expect(body(result).contains("Hace pocas semanas"))
  }

  /// A stop after an honorific ("Dr.") is no venue's: the name after it stays the speaker's.
  @Test func aStopAfterAnHonorificDoesNotCutTheSpeaker() {
    let result = plan(
      [
        "Remarks by the Rev. Dr. Quillon Marrevie, Tessaly 5 May 2031", "",
        "A good morning to all of you! We meet again in this hall after a long year.",
      ])
    #expect(result.metadata.speaker?.contains("Dr. Quillon Marrevie") == true)
  }

  /// Two sentences whose second goes on after its date are the address's.
  @Test func twoSentencesGoingOnAfterADateAreSpoken() {
    let line = "Llegamos a Brivonne. El 14.03.2031 abrimos el foro de Velmar"
    let result = plan(["Palabras del Presidente de la Liga de Velmar", "", line] + speech)
    #expect(body(result).contains("Llegamos a Brivonne"))
  }
}
