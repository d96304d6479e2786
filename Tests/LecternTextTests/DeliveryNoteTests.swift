import Testing

@testable import LecternText

/// The note that only the words as delivered count ("Sólo es válido lo pronunciado",
/// "العبرة بالإلقاء", "Сверить с произнесённым"), printed under the headline of an address in
/// its own language, is the page's note, not the address's first sentence. Speakers and places
/// are invented.
@Suite struct DeliveryNoteTests {
  private static let pages: [(note: String, lines: [String])] = [
    (
      "Sólo es válido lo pronunciado",
      [
        "Mensaje de la Rectora de la Universidad de Valdemora, Dra. Odra Quilleth",
        "Valdemora, 28 de junio de 2031", "Sólo es válido lo pronunciado", "Buenas tardes.",
        InventedSpeech.spanish,
      ]
    ),
    (
      "العبرة بالإلقاء",
      [
        "كلمة الدكتورة أودرا كويليث في افتتاح مؤتمر تارسيان البحري", "العبرة بالإلقاء",
        "السيدات والسادة،",
        "يسعدني أن أرحب بكم في مدينة النهر اليوم. إن هذا اليوم مناسبة لنا جميعا للعمل معا من "
          + "أجل السلام والتعاون بين بلداننا.",
      ]
    ),
    (
      "Сверить с произнесённым",
      [
        "Выступление мэра Кравеца на Форуме порта Брифонн", "Сверить с произнесённым",
        "Дорогие друзья!",
        "Мне очень приятно быть сегодня здесь вместе с вами и нашими партнерами из приречных "
          + "городов. Мы восстановили причалы после весеннего наводнения.",
      ]
    ),
  ]

  @Test(arguments: pages.indices)
  func theNoteIsNotSpoken(index: Int) {
    let page = Self.pages[index]
    let plan = LanguageTestSupport.planPage(page.lines)
    let spoken = plan.parts.flatMap(\.utterances).map(\.text)
    #expect(!spoken.contains { $0.contains(page.note) }, "\(spoken)")
    #expect(spoken.count >= 3, "\(spoken)")
  }
}
