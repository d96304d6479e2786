import Testing

@testable import LecternText

/// The header read as a model of fields, in any order, wrapping and supported language: each
/// fact once, the headline's facts over a banner's, a person never a place, a headline never
/// a speaker, and every header line listed with what became of it.
@Suite struct HeaderModelTests {
  private func plan(_ lines: [String]) -> RenderPlan {
    LanguageTestSupport.planner.plan(Document(name: "page", text: lines.joined(separator: "\n")))
  }

  private let speech = ["", "Dear friends,", "", "We are glad to work together on this today."]

  /// A header line, its expected speaker (part of), place and date, and a sentence of the
  /// address in the same script (a header in another script than the address is furniture).
  static let headers: [(String, String, String, String, String)] = [
    (
      "Discours de M. François Mitterrand, Président de la République, Lyon, le 27 novembre 1989.",
      "Mitterrand", "Lyon", "27 novembre 1989", "Nous sommes heureux de travailler ensemble."
    ),
    (
      "Discurso del Secretario General Ban Ki-moon, Nueva York, 7 de octubre de 2008",
      "Ban Ki-moon", "Nueva York", "7 de octubre de 2008", "Es un honor estar aquí con ustedes."
    ),
    (
      "Выступление Генерального секретаря Пан Ги Муна, Женева, 30 октября 2019 г.",
      "Генерального секретаря", "Женева", "30 октября 2019 г.", "Мы рады работать вместе."
    ),
    (
      "كلمة معالي الأمين العام، القاهرة، ٣٠ أكتوبر ٢٠١٩", "الأمين العام", "القاهرة",
      "30 أكتوبر 2019", "يسعدنا أن نعمل معا اليوم من أجل هذا الهدف."
    ),
    (
      "Rede von Bundeskanzlerin Angela Merkel, Berlin, 30. Oktober 2019", "Merkel", "Berlin",
      "30. Oktober 2019", "Wir freuen uns, heute hier zu sein."
    ),
    (
      "Discurso do Presidente da República, Lisboa, 26 de Março de 2012", "Presidente",
      "Lisboa", "26 de Março de 2012", "É uma honra estar aqui convosco."
    ),
  ]

  @Test(arguments: 0..<headers.count)
  func aOneLineHeaderInAnySupportedLanguage(index: Int) {
    let (line, speaker, place, date, sentence) = Self.headers[index]
    let facts = plan([line, "", sentence]).metadata
    #expect(facts.speaker?.contains(speaker) == true, "speaker of \(line): \(facts.speaker ?? "-")")
    #expect(facts.place == place, "place of \(line)")
    #expect(facts.date == date, "date of \(line)")
    #expect(facts.title != nil && facts.title != facts.speaker)
  }

  @Test func aWrappedHeaderInAnyOrderIsReadWhole() {
    let result = plan(
      [
        "Discours d’ouverture", "par", "Mme Mireille BALLESTRAZZI", "Présidente d’INTERPOL",
        "84ème session de l’Assemblée générale de", "l’O.I.P.C.-INTERPOL", "2 novembre 2015",
        "Kigali (Rwanda)",
      ] + speech)
    #expect(result.metadata.speaker == "Mme Mireille BALLESTRAZZI, Présidente d’INTERPOL")
    #expect(result.metadata.event == "84ème session de l’Assemblée générale de l’O.I.P.C.-INTERPOL")
    #expect(result.metadata.place == "Kigali (Rwanda)")
    #expect(result.metadata.date == "2 novembre 2015")
    #expect(Set(result.dropped.map(\.line)).isSuperset(of: 1...8))
  }

  @Test func theHeadlinesSpeakerWinsOverThePagesBanner() {
    let result = plan(
      [
        "Prime Minister of Freedonia", "Rufus T. Firefly",
        "Speech by the Minister of Culture, Dr. Ana Lima",
      ]
        + speech)
    #expect(result.metadata.speaker == "the Minister of Culture, Dr. Ana Lima")
    #expect(result.dropped.filter { $0.reason.contains("banner") }.map(\.line) == [1, 2])
    let intro = result.part(id: "intro")?.utterances.map(\.text).joined(separator: " ") ?? ""
    #expect(!intro.contains("Firefly") && !intro.contains("Freedonia"))
  }

  @Test func aPersonBeforeTheDateIsNoPlace() {
    let result = plan(
      ["Remarks", "Marc Knapper", "Chargé d’Affaires, U.S. Embassy", "5 March 2021"] + speech)
    #expect(result.metadata.speaker == "Marc Knapper, Chargé d’Affaires, U.S. Embassy")
    #expect(result.metadata.place == nil)
  }

  @Test func aDateAndTimeStampIsListedWithItsTime() {
    let result = plan(["Statement by the Spokesperson", "5 March 202114:07"] + speech)
    #expect(result.metadata.date == "5 March 2021")
    let stamp = result.dropped.first { $0.line == 2 }
    #expect(stamp?.reason.contains("date") == true && stamp?.reason.contains("time") == true)
    let intro = result.part(id: "intro")?.utterances.map(\.text).joined(separator: " ") ?? ""
    #expect(!intro.contains("14:07"))
  }

  @Test func slashedAndNumericDatesAreDatesAndEachFactIsSaidOnce() {
    let result = plan(
      ["Remarks by Director Li Wei", "2021/3/5", "Remarks by Director Li Wei, 5 March 2021"]
        + speech)
    #expect(result.metadata.date == "5 March 2021")
    let intro = result.part(id: "intro")?.utterances.map(\.text).joined(separator: " ") ?? ""
    #expect(intro.components(separatedBy: "Li Wei").count == 2)
    #expect(intro.components(separatedBy: "2021").count == 2)
  }

  @Test func aHeaderRunIntoTheFirstSentenceIsCutOffAndListed() {
    let result = plan([
      "Remarks by the Secretary-General at the Security Council, 5 March 2021 Mr. President, "
        + "thank you for convening this meeting on a subject that matters to every member."
    ])
    #expect(result.metadata.date == "5 March 2021")
    #expect(result.metadata.speaker == "the Secretary-General")
    let spoken = result.parts.filter { $0.kind != .intro }.flatMap(\.utterances).map(\.text)
    #expect(spoken.first?.hasPrefix("Mr. President") == true)
    #expect(result.dropped.contains { $0.fragment && $0.text.hasPrefix("Remarks by") })
  }

  @Test func absentFactsAreLeftOutOfTheIntro() {
    let result = plan(["Keynote speech"] + speech)
    #expect(result.metadata.speaker == nil && result.metadata.date == nil)
    #expect(result.part(id: "intro")?.utterances.map(\.text) == ["Keynote speech."])
  }
}
