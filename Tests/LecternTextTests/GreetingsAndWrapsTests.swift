import Testing

@testable import LecternText

/// Lines a page repeats or wraps short, with invented names and an invented greeting
/// ("Velu marenka, velu marenka katoi", a language no file knows):
/// - a greeting said as the address opens and again as it closes is spoken both times, where
///   a running header repeated between the paragraphs is still dropped;
/// - on a page that prints its paragraphs' first lines short, such a line goes on into the
///   next even when it ends on a word that is no function word.
@Suite struct GreetingsAndWrapsTests {
  private static let greeting = "Velu marenka, velu marenka katoi"

  private static let paragraphs = [
    "I write to you at the close of a long year at Tarvel School, and I thank every family for "
      + "its patience while the new hall was built.",
    "Our teachers gave more than anyone asked of them, and our students answered with work we "
      + "are proud of. The river walk, the choir and the science fair were theirs.",
    "To those who leave us this summer: go well, and come back to tell us what you found.",
  ]

  @Test func aGreetingThatOpensAndClosesTheAddressIsSpokenBothTimes() {
    let plan = LanguageTestSupport.planPage(
      [Self.greeting, ""] + Self.paragraphs.flatMap { [$0, ""] } + [Self.greeting, "", "Odra Vell"])
    let spoken = LanguageTestSupport.spoken(plan)
    #expect(spoken.filter { $0 == Self.greeting }.count == 2, "\(spoken)")
    #expect(!plan.dropped.contains { $0.text == Self.greeting }, "\(plan.dropped)")
  }

  @Test func aLineRepeatedBetweenTheParagraphsIsStillARunningHeader() {
    let header = "Tarvel School Newsletter Winter Edition"
    let plan = LanguageTestSupport.planPage(
      [Self.paragraphs[0], "", header, "", Self.paragraphs[1], "", header, "", Self.paragraphs[2]])
    let spoken = LanguageTestSupport.spoken(plan)
    #expect(!spoken.contains { $0.contains("Newsletter") }, "\(spoken)")
  }

  @Test func aShortFirstLineGoesOnWhereThePagePrintsThemShort() {
    let lines = [
      "Al recibir de nuevo esta querida",
      "Navidad, me alegra enviaros otra vez mi saludo más cordial y mi deseo de paz para",
      "todas las familias de Velmar, que este año han trabajado juntas como nunca antes en",
      "las calles, en las escuelas y en los campos que rodean nuestro pueblo de Tarvel.",
      "Ya han llegado los vientos del norte y las",
      "lluvias largas sobre los campos de Tarvel, que esperan el trigo nuevo de la primavera",
      "con paciencia y con esperanza, como esperan los niños la noche de los regalos y las",
      "luces de colores que adornan la plaza mayor durante todas las fiestas.",
      "Por eso encendemos las luces en",
      "nuestras casas y en nuestras calles, y nos deseamos lo mejor para el año que empieza,",
      "con la alegría de siempre y con el recuerdo de quienes ya no están entre nosotros en",
      "estas fechas tan señaladas para todos los vecinos.",
    ]
    let plan = LanguageTestSupport.planPage(lines)
    let spoken = LanguageTestSupport.spoken(plan)
    #expect(
      spoken.contains { $0.hasPrefix("Al recibir de nuevo esta querida Navidad, me alegra") },
      "\(spoken)")
    #expect(plan.parts.filter { $0.kind == .paragraph }.count == 3, "\(spoken)")
  }
}
