import Testing

@testable import LecternText

/// A page that prints its headline twice, the second time naming the speaker another way and
/// adding the hall ("Speech by Dr. … at the ceremony" over "Speech by the Rector of …, …, at
/// the ceremony in the Great Hall of …"), with names no language file lists (Tarvel, Odra
/// Quilleth, Velmar):
/// - the second headline is the header's, not the address's first paragraph: no one is
///   addressed by a title;
/// - the building after a locative is the place, though words written small stand between
///   ("в Колонном зале Дома Велмара", "in the Great Hall of Velmar");
/// - a name after "им." ("имени") is no new sentence;
/// - a second headline glued to the address's first sentence ("…at the Tarvel ParadeIt gives
///   me …") keeps that sentence;
/// - a region in a conference's name ("in the Middle North") is no building, and no place;
/// - a headline that names its occasion twice reads the fuller name ("ante la Asamblea en el
///   12º período de sesiones de la Asamblea de Velmar");
/// - a speech archive's notice that a translation is missing ("Spanish translation
///   unavailable for Remarks at …") is no headline.
@Suite struct SecondHeadlineTests {
  private let english = InventedSpeech.english
  private let russian =
    "Мы рады снова встретиться с вами в этом прекрасном зале. Сегодня праздничный день для "
    + "всех выпускников и их семей, и мы от души поздравляем вас."

  @Test func anEnglishSecondHeadlineIsTheHeadersAndNamesTheHall() {
    let plan = LanguageTestSupport.planPage([
      "Speech by Dr. Odra Quilleth at the graduation ceremony", "",
      "Speech by the Rector of Tarvel University Odra Quilleth at the graduation ceremony in "
        + "the Great Hall of Velmar", "",
      english,
    ])
    let spoken = LanguageTestSupport.spoken(plan)
    #expect(!spoken.contains { $0.contains("Rector of Tarvel") }, "\(spoken)")
    #expect(plan.metadata.place == "Great Hall of Velmar", "\(plan.metadata)")
    #expect(plan.metadata.speaker?.contains("Quilleth") == true, "\(plan.metadata)")
  }

  @Test func aRussianSecondHeadlineAfterAnAbbreviatedNameIsTheHeaders() {
    let plan = LanguageTestSupport.planPage([
      "Выступление О.Н. Квиллет на церемонии вручения дипломов выпускникам института им. "
        + "В.В. Тарвелова", "",
      "Выступление ректора института им. В.В. Тарвелова Одры Квиллет на церемонии вручения "
        + "дипломов в Колонном зале Дома Велмара", "",
      russian,
    ])
    let spoken = LanguageTestSupport.spoken(plan)
    #expect(!spoken.contains { $0.contains("ректора") }, "\(spoken)")
    #expect(plan.metadata.place == "Колонном зале Дома Велмара", "\(plan.metadata)")
    #expect(plan.metadata.event?.hasSuffix("им. В.В. Тарвелова") == true, "\(plan.metadata)")
  }

  @Test func aSecondHeadlineGluedToTheFirstSentenceKeepsTheSentence() {
    let plan = LanguageTestSupport.planPage([
      "Speech by Dr. Odra Quilleth at the Tarvel Parade", "",
      "Speech by the Rector of Tarvel University, Dr. Odra Quilleth at the Tarvel ParadeIt "
        + "gives me great pleasure to stand before the graduates of the river academy today.",
      "",
      english,
    ])
    let spoken = LanguageTestSupport.spoken(plan)
    #expect(spoken.contains { $0.contains("It gives me great pleasure") }, "\(spoken)")
  }

  @Test func aRegionInAConferencesNameIsNoPlace() {
    let plan = LanguageTestSupport.planPage([
      "Remarks by Dr. Odra Quilleth at the Conference on Rivers in the Middle North", "",
      english,
    ])
    #expect(plan.metadata.place == nil, "\(plan.metadata)")
  }

  @Test func aHeadlineNamingItsOccasionTwiceReadsTheFullerName() {
    let plan = LanguageTestSupport.planPage([
      "Discurso de la Consejera Odra Quilleth ante la Asamblea en el 12º período de sesiones "
        + "de la Asamblea de Velmar", "",
      "Señoras y señores:", "", InventedSpeech.spanish,
    ])
    #expect(
      plan.metadata.event == "12º período de sesiones de la Asamblea de Velmar",
      "\(plan.metadata)")
  }

  @Test func aMissingTranslationNoticeIsNoHeadline() {
    let plan = LanguageTestSupport.planPage([
      "Spanish translation unavailable for Remarks at the Opening of the Velmar Barge House .",
      "",
      "Discurso de la Consejera Odra Quilleth en la Feria del Río de Tarvel", "",
      "Señoras y señores:", "", InventedSpeech.spanish,
    ])
    #expect(plan.metadata.title == "Discurso", "\(plan.metadata)")
    #expect(plan.metadata.speaker?.contains("Quilleth") == true, "\(plan.metadata)")
    let spoken = LanguageTestSupport.spoken(plan)
    #expect(!spoken.contains { $0.contains("translation") }, "\(spoken)")
  }
}
