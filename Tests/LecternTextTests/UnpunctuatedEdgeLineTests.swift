import Testing

@testable import LecternText

/// The lines that open and close an address without their stop, as transcripts print them,
/// are spoken: a closing ("Je vous remercie de votre attention", "والله ولي التوفيق", "谢谢大家")
/// in every language with a file, a hug or warm wishes too ("Un fuerte abrazo a todos"),
/// while the page's tail after it (a name, a footer) is dropped; a salutation written without
/// spaces and without its colon ("尊敬的各位来宾"), while the headline above it is read in the
/// intro. The bodies, names and footers are
/// invented; only the formulas and words of address are the files'.
@Suite struct UnpunctuatedEdgeLineTests {
  private func plan(_ lines: [String]) -> RenderPlan {
    LanguageTestSupport.planPage(lines.flatMap { [$0, ""] })
  }

  private func spoken(_ plan: RenderPlan) -> [String] {
    LanguageTestSupport.spoken(plan)
  }

  private static let footer = "Velmar Herald Archive"
  private static let english =
    "The river towns of Velmar have rebuilt their docks after the floods of last spring."

  @Test(arguments: [
    (english, "God bless the river towns of Velmar"),
    (english, "Thank you all for listening"),
    (
      "Les villes du fleuve de Velmar ont reconstruit leurs quais après les crues du printemps.",
      "Je vous remercie de votre attention"
    ),
    (
      "Los pueblos del río de Velmar han reconstruido sus muelles después de las inundaciones.",
      "Muchas gracias por su atención"
    ),
    (
      "Города на реке Велмар восстановили свои причалы после весеннего наводнения.",
      "Благодарю за внимание"
    ),
    ("أعادت مدن نهر فلمار بناء أرصفتها بعد فيضانات الربيع الماضي.", "والله ولي التوفيق"),
    (
      "أعادت مدن نهر فلمار بناء أرصفتها بعد فيضانات الربيع الماضي.",
      "والسلام عليكم ورحمة الله وبركاته"
    ),
    ("沿河各个城镇在去年春天的洪水之后重建了码头。", "谢谢大家"),
    (
      "Die Städte am Fluss Velmar haben ihre Anleger nach dem Hochwasser wieder aufgebaut.",
      "Vielen Dank für Ihre Aufmerksamkeit"
    ),
    (
      "As cidades do rio Velmar reconstruíram os seus cais depois das cheias da primavera.",
      "Muito obrigado a todos"
    ),
    (
      "Kota-kota di tepi sungai Velmar telah membangun kembali dermaga mereka setelah banjir.",
      "Sekian dan terima kasih"
    ),
    (
      "Byene langs elven Velmar har bygget opp igjen bryggene sine etter flommen i vår.",
      "Takk for oppmerksomheten"
    ),
    // A hug or warm wishes close a message as thanks do.
    (english, "Warm regards to the river towns of Velmar"),
    (
      "Los pueblos del río de Velmar han reconstruido sus muelles después de las inundaciones.",
      "Un fuerte abrazo a todos los vecinos de Velmar"
    ),
    (
      "Les villes du fleuve de Velmar ont reconstruit leurs quais après les crues du printemps.",
      "Je vous embrasse tous"
    ),
    (
      "Города на реке Велмар восстановили свои причалы после весеннего наводнения.",
      "Обнимаю всех жителей Велмара"
    ),
  ])
  func aClosingFormulaWithoutAStopIsSpoken(body: String, closing: String) {
    let result = plan([body, closing, "Odran Veskel", Self.footer])
    #expect(spoken(result) == [body, closing])
    #expect(result.dropped.map(\.text) == ["Odran Veskel", Self.footer], "\(result.dropped)")
  }

  /// Short lines without a stop that open with no closing formula stay the tail, and so does
  /// a run of letters too long after "谢谢" to be thanks alone (a link's title).
  @Test(arguments: [
    (english, "Brivonne harbour at dawn"),
    ("沿河各个城镇在去年春天的洪水之后重建了码头。", "谢谢你们的来信与支持和关注本网站"),
  ])
  func otherTailLinesStayDropped(body: String, line: String) {
    let result = plan([body, line])
    #expect(spoken(result) == [body])
    #expect(result.dropped.contains { $0.text == line }, "\(result.dropped)")
  }

  /// A salutation of a script written without spaces, its colon lost in the copy, opens the
  /// address: one run or several, each opening with a word of address.
  @Test(arguments: ["尊敬的各位来宾", "女士们、先生们", "亲爱的同学们", "尊敬的柯文澜主任，尊敬的各位来宾"])
  func anUnspacedSalutationWithoutItsColonIsSpoken(line: String) {
    let body = "沿河各个城镇在去年春天的洪水之后重建了码头。"
    let result = plan(["柯文澜主任在码头论坛上的致辞", line, body])
    #expect(spoken(result) == [line, body], "\(result.dropped)")
  }

  /// An invocation the speaker opens with, printed above the headline (as Arabic pages print
  /// the basmala), is the address's first line: spoken, not dropped as the page's banner.
  @Test(arguments: [
    (
      "بسم الله الرحمن الرحيم", "كلمة رئيس بلدية فلمار في افتتاح منتدى الميناء",
      "يسعدني أن أكون معكم اليوم هنا مع جميع شركائنا من مدن النهر في هذا اللقاء."
    ),
    (
      "In the name of God, the Most Gracious, the Most Merciful",
      "Address by the Mayor of Velmar at the Harbour Forum",
      "It is a pleasure to be here today with all of you and our partners from the river towns."
    ),
  ])
  func anInvocationAboveTheHeadlineOpensTheAddress(
    invocation: String, headline: String, body: String
  ) {
    let result = plan([invocation, headline, body])
    #expect(spoken(result) == [invocation, body], "\(result.dropped)")
    #expect(result.dropped.map(\.text) == [headline])
  }
}
