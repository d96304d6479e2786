import Testing

@testable import LecternText

/// Places and speakers of headers with names no language file lists (Puertollano de la
/// Quemada, Velmorach am Quell, Villaseca del Orvejo, Tarsiane, Odra Quilleth):
/// - a place whose name holds small joining words is still a place ("Puertollano de la
///   Quemada, 3 de noviembre de 2031"), but a small word at its edge joins nothing
///   ("Quorvanta le 1er juin 2031");
/// - the town of the speaker's office named on the date line is the place, not the speaker
///   again ("Alcaldesa de Villaseca del Orvejo" over "Villaseca del Orvejo, …");
/// - Arabic "في" joins a speaker to the occasion ("… في افتتاح مؤتمر …") and a place to its
///   date ("تارسيان في 12 مارس 2031"), and a lead written as the header line ends its
///   occasion where it announces the text ("… والتي جاءت على النحو التالي:");
/// - a news headline whose speaker greets or congratulates ("… поздравила студентов …")
///   names the speaker before its verb.
@Suite struct HeaderPlaceNameTests {
  private let spanish = InventedSpeech.spanish
  private let english = InventedSpeech.english
  private let french = InventedSpeech.french

  /// A reporter's lead written as the header line: its verb first, a name and a long office
  /// (twelve words) before the title word, and an announcement of the text at its end. The
  /// speaker is the verb's subject, and the occasion ends where the announcement starts.
  @Test func anArabicLeadLineThatAnnouncesTheTextEndsItsOccasion() {
    let plan = LanguageTestSupport.planPage([
      "ألقى الوزير المفوض د. أودرا كويليث مدير إدارة الموانئ البحرية بمجلس تارسيان الأعلى كلمة "
        + "في افتتاح مؤتمر تارسيان البحري والتي جاءت على النحو التالي:", "",
      "السيدات والسادة،", "",
      "يسعدني أن أرحب بكم في مدينة النهر اليوم. إن هذا اليوم مناسبة لنا جميعا للعمل معا من أجل "
        + "السلام والتعاون بين بلداننا.",
    ])
    let speaker = plan.metadata.speaker ?? ""
    #expect(speaker.hasPrefix("الوزير المفوض") && speaker.contains("كويليث"), "\(plan.metadata)")
    #expect(plan.metadata.event == "افتتاح مؤتمر تارسيان البحري", "\(plan.metadata)")
    let intro = plan.parts.filter { $0.kind == .intro }.flatMap(\.utterances).map(\.text)
    #expect(!intro.contains { $0.contains("النحو") || $0.contains("ألقى") }, "\(intro)")
  }

  @Test(arguments: ["Puertollano de la Quemada", "Villar del Orvejo", "San Tarsio de los Montes"])
  func aPlaceWithJoiningWordsIsThePlace(place: String) {
    let plan = LanguageTestSupport.planPage([
      "Discurso de la Consejera Odra Quilleth en la clausura del congreso anual", "",
      "\(place), 3 de noviembre de 2031", "", "Señoras y señores:", "", spanish,
    ])
    #expect(plan.metadata.place == place, "\(plan.metadata)")
  }

  @Test func aGermanPlaceWithItsJoiningWordIsThePlace() {
    let plan = LanguageTestSupport.planPage([
      "Rede von Bürgermeisterin Odra Quilleth zur Eröffnung der Messe", "",
      "Velmorach am Quell, 4. Mai 2031", "", "Sehr geehrte Damen und Herren,", "",
      "ich freue mich sehr, Sie heute hier in unserer Stadt begrüßen zu dürfen. Diese Messe "
        + "ist für unsere Region von großer Bedeutung, und ich danke allen, die sie möglich "
        + "gemacht haben.",
    ])
    #expect(plan.metadata.place == "Velmorach am Quell", "\(plan.metadata)")
  }

  /// The look-alike: "le" before the date is the date's, and "Quorvanta" alone the place.
  @Test func aSmallWordBeforeTheDateIsNoPartOfThePlace() {
    let plan = LanguageTestSupport.planPage([
      "Discours de Mme Odra Quilleth", "", "Quorvanta le 1er juin 2031", "", french,
    ])
    #expect(plan.metadata.place == "Quorvanta", "\(plan.metadata)")
  }

  @Test func theTownOfTheSpeakersOfficeIsThePlace() {
    let plan = LanguageTestSupport.planPage([
      "Palabras de la Alcaldesa de Villaseca del Orvejo, Odra Quilleth, en la entrega de los "
        + "premios de la ciudad", "",
      "Villaseca del Orvejo, 12 de marzo de 2031", "", spanish,
    ])
    #expect(plan.metadata.place == "Villaseca del Orvejo", "\(plan.metadata)")
  }

  /// The look-alike: the speaker's name alone under the title is no place.
  @Test func theSpeakersNameUnderTheTitleIsNoPlace() {
    let plan = LanguageTestSupport.planPage([
      "Remarks by Ambassador Odra Quilleth at the Tarsiane Forum", "", "Odra Quilleth", "",
      "June 4, 2031", "", english,
    ])
    #expect(plan.metadata.place == nil, "\(plan.metadata)")
  }

  @Test func arabicJoinsTheOccasionAndTheDateWithFi() {
    let plan = LanguageTestSupport.planPage([
      "كلمة معالي وزير الموانئ الدكتور أودرا كويليث في افتتاح مؤتمر تارسيان البحري", "",
      "تارسيان في 12 مارس 2031", "",
      "يسعدني أن أرحب بكم في مدينة النهر اليوم. إن هذا اليوم مناسبة لنا جميعا للعمل معا من أجل "
        + "السلام والتعاون بين بلداننا.",
    ])
    #expect(plan.metadata.place == "تارسيان", "\(plan.metadata)")
    #expect(plan.metadata.speaker?.hasSuffix("كويليث") == true, "\(plan.metadata)")
    #expect(plan.metadata.event?.hasPrefix("افتتاح مؤتمر") == true, "\(plan.metadata)")
  }

  @Test(arguments: [
    (
      "Ректор Тарсианского университета Одра Квиллет поздравила студентов с праздником",
      "Дорогие студенты!",
      "Поздравляю вас с праздником! Желаю вам успехов в учёбе, ярких "
        + "открытий и верных друзей на долгие годы."
    ),
    (
      "Mayor Odra Quilleth congratulates graduates of Tarsiane College", "Dear graduates,",
      InventedSpeech.english
    ),
    (
      "La maire Odra Quilleth félicite les lauréats du prix de Quorvanta", "Chers lauréats,",
      InventedSpeech.french
    ),
  ])
  func aHeadlineThatGreetsNamesTheSpeakerBeforeItsVerb(
    headline: String, salutation: String, body: String
  ) {
    let plan = LanguageTestSupport.planPage([headline, "", salutation, "", body])
    let speaker = plan.metadata.speaker ?? ""
    #expect(speaker.hasSuffix("Квиллет") || speaker.hasSuffix("Quilleth"), "\(plan.metadata)")
  }
}
