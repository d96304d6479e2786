import Testing

@testable import LecternText

/// A Russian intro keeps the page's own wording where its cases are: a speaker written right
/// after the title, in the genitive, is read after the title ("Выступление мэра Кравеца", not
/// "Выступает мэра Кравеца"), and the occasion and the place keep the preposition that
/// governs their case ("На Форуме порта Брифонн", "В Кравеле"), also when the title stands
/// alone on its line. Spanish and French intros keep the words that join the occasion to the
/// title ("En el IV Foro de Tarvel.", "Lors de la cérémonie d’ouverture du Salon de
/// Velmar."), and the small words that join the speaker to the title ("Discurso de la
/// Consejera …", not "Discurso, por Consejera …"). Names and places are invented.
@Suite struct SourceWordingTests {
  private static let body = [
    "Дорогие друзья!",
    "Мне очень приятно быть сегодня здесь вместе с вами и нашими партнерами из приречных "
      + "городов.",
    "Мы восстановили причалы после весеннего наводнения и будем продолжать работу вместе.",
  ]

  private func intro(_ header: [String]) -> [String] {
    let plan = LanguageTestSupport.planPage(header + Self.body)
    return plan.parts.filter { $0.kind == .intro }.flatMap(\.utterances).map(\.text)
  }

  @Test func aGenitiveSpeakerAfterTheTitleIsReadAfterIt() {
    let text = intro(["Выступление мэра Кравеца на Форуме порта Брифонн", "12.03.2031"])
    #expect(text.first == "Выступление мэра Кравеца.", "\(text)")
    #expect(text.contains("На Форуме порта Брифонн."), "\(text)")
  }

  @Test func aPlaceKeepsItsPreposition() {
    let text = intro([
      "Выступление губернатора Ольхова на встрече с ветеранами в Кравеле", "12 марта 2031 года",
    ])
    #expect(text.first == "Выступление губернатора Ольхова.", "\(text)")
    #expect(text.contains("На встрече с ветеранами."), "\(text)")
    #expect(text.contains { $0.hasPrefix("В Кравеле") }, "\(text)")
  }

  /// A title alone on its line, then the speaker in the genitive over two lines, then the
  /// occasion and a line with the city ("г.") and the date: the title still governs the
  /// speaker, and "г. Тарсянск" is the place, not the end of the occasion.
  @Test func aTitleAloneOnItsLineStillGovernsTheSpeakerBelow() {
    let plan = LanguageTestSupport.planPage(
      [
        "ВЫСТУПЛЕНИЕ", "Министра промышленности Кравельской области", "О.П. Ольхова",
        "на расширенном заседании коллегии", "г. Тарсянск, 14 февраля 2031 года",
      ] + Self.body)
    let text = plan.parts.filter { $0.kind == .intro }.flatMap(\.utterances).map(\.text)
    #expect(text.first?.hasPrefix("Выступление Министра промышленности") == true, "\(text)")
    #expect(text.contains("На расширенном заседании коллегии."), "\(text)")
    #expect(plan.metadata.place == "Тарсянск", "\(plan.metadata)")
  }

  @Test func wordingIsLookedUpOnlyWhereThePageHasIt() {
    let wording = SourceWording(header: "Выступление мэра Кравеца\nна Форуме порта")
    #expect(wording.adjoins("Выступление", "мэра Кравеца"))
    #expect(!wording.adjoins("Выступление", "Форуме"))
    #expect(wording.connective(before: "Форуме порта", among: ["во время", "на"]) == "на")
    // "сна" ends in "на" but is no joining word: the word before it must end there.
    let other = SourceWording(header: "после сна Форуме порта")
    #expect(other.connective(before: "Форуме порта", among: ["на"]) == nil)
  }

  @Test(arguments: [
    (
      ["Discurso de la Consejera Odra Quilleth en el IV Foro de Tarvel", "", "Señoras y señores:"],
      "En el IV Foro de Tarvel."
    ),
    (
      [
        "Discours de Mme Odra Quilleth lors de la cérémonie d’ouverture du Salon de Velmar", "",
        "Mesdames et Messieurs,",
      ],
      "Lors de la cérémonie d’ouverture du Salon de Velmar."
    ),
  ])
  func spanishAndFrenchIntrosKeepThePagesJoiningWords(header: [String], occasion: String) {
    let language = header[0].hasPrefix("Discurso") ? InventedSpeech.spanish : InventedSpeech.french
    let plan = LanguageTestSupport.planPage(header + ["", language])
    let intro = plan.parts.filter { $0.kind == .intro }.flatMap(\.utterances).map(\.text)
    #expect(intro.contains(occasion), "\(intro)")
    let title = language == InventedSpeech.spanish ? "Discurso de la Consejera" : "Discours de Mme"
    #expect(intro.first == "\(title) Odra Quilleth.", "\(intro)")
  }
}
