import Testing

@testable import LecternText

/// A feed's or a page's call to action ("Click the blue words above to subscribe", "点击上方蓝字
/// 即可订阅"), copied above an address, is dropped in the page's own language; a sentence of the
/// address that opens with the same verb is spoken. The account names are invented (no language
/// file holds them), so the line is told by its opening words and its shape alone.
@Suite struct CallToActionTests {
  /// One page: the call to action, the address's first sentence, and a look-alike sentence.
  struct Case: Sendable, CustomStringConvertible {
    var language: String
    var call: String
    var opening: String
    var lookalike: String

    var description: String { language }

    var text: String { [call, opening, "", lookalike].joined(separator: "\n") }
  }

  static let cases: [Case] = [
    Case(
      language: "en", call: "Click the blue words “Varnholt Consulate” above to subscribe",
      opening: "Ladies and gentlemen, it is a joy to welcome you to our spring reception tonight.",
      lookalike:
        "Click by click, our consular services moved online, and every citizen gained hours."),
    Case(
      language: "fr", call: "Cliquez sur « Maison Quelvoran » pour vous abonner",
      opening:
        "Mesdames et messieurs, c’est une joie de vous accueillir ce soir à notre réception.",
      lookalike:
        "Cliquez, nous disait-on, et tout sera simple : la réalité de nos services fut autre."),
    Case(
      language: "es", call: "Haz clic en «Casa Dorvelia» para suscribirte",
      opening:
        "Señoras y señores, es una alegría darles la bienvenida a esta recepción de primavera.",
      lookalike:
        "Pulse quien pulse la puerta de este consulado, encontrará siempre una mano tendida."),
    Case(
      language: "ru", call: "Нажмите на синие слова «Дом Варнхольта», чтобы подписаться",
      opening: "Дамы и господа, я рад приветствовать вас сегодня на нашем весеннем приёме.",
      lookalike:
        "Нажмите на любую клавишу архива, и вы увидите, сколько граждан мы приняли за год."),
    Case(
      language: "ar", call: "اضغط على الكلمات الزرقاء «دار فارنهولت» للاشتراك",
      opening: "أيها السيدات والسادة، يسعدني أن أرحب بكم هذا المساء في حفل الاستقبال الربيعي.",
      lookalike: "اضغط على أي باب في هذه القنصلية، تجد يدا ممدودة وخدمة سريعة لكل مواطن."),
    Case(
      language: "zh", call: "点击上方蓝字“瓦恩霍尔特之家”即可订阅",
      opening: "女士们、先生们,晚上好!很高兴与各位新老朋友欢聚一堂,共度春节佳节。",
      lookalike: "点击率不是我们的目标,我们的目标是让每一位同胞都感受到温暖和帮助。"),
    Case(
      language: "de", call: "Klicken Sie auf „Haus Varnholt“, um zu abonnieren",
      opening: "Meine Damen und Herren, es ist mir eine Freude, Sie heute Abend zu begrüßen.",
      lookalike:
        "Klicken Sie nicht nur, sondern kommen Sie vorbei: unsere Türen stehen allen offen."),
    Case(
      language: "pt", call: "Clique em «Casa Dorvelia» para se inscrever",
      opening: "Senhoras e senhores, é uma alegria recebê-los nesta recepção de primavera.",
      lookalike:
        "Clique quem clicar no nosso portal, encontrará sempre uma resposta em poucas horas."),
  ]

  @Test(arguments: cases)
  func callToActionIsDroppedAndALookalikeSentenceSpoken(_ page: Case) {
    let plan = LanguageTestSupport.identifyingPlanner.plan(
      Document(name: "call-\(page.language)", text: page.text))
    #expect(plan.language == page.language)
    #expect(plan.dropped.contains { $0.line == 1 && !$0.fragment }, "\(plan.dropped)")
    let spoken = LanguageTestSupport.squeezed(plan.parts.flatMap(\.utterances).map(\.text).joined())
    #expect(!spoken.contains(LanguageTestSupport.squeezed(page.call)))
    for sentence in [page.opening, page.lookalike] {
      #expect(spoken.contains(LanguageTestSupport.squeezed(sentence)), "not spoken: \(sentence)")
    }
  }

}
