import Testing

@testable import LecternText

/// Headlines that name an occasion and an audience besides the speaker, with names no
/// language file lists (Dorvaz, Velmar, Quilleth, Tarvel):
/// - an occasion's year ends its event and dates the address ("on the occasion of the
///   National Day 2031", "بمناسبة اليوم الوطني لدولة فلمار 2031م");
/// - the audience after the person is the title's ("Saludo del canciller Dorvaz a los
///   velmarenses residentes en el exterior"), not when the "to" names the office's country
///   ("High Commissioner to Velmar") or is a name's particle ("Haya Al Dorvaz");
/// - "en el exterior" (abroad) names no occasion, "en la entrega de los Premios …" does;
/// - a word that also names an audience ("أمام", before a person) is no occasion's;
/// - a Chinese headline's speaker greets someone ("…大使给全体同胞拜年");
/// - an occasion and its reason are one event ("на приеме по случаю Дня Велмара");
/// - the French intro keeps the page's elided article ("Discours de l’ambassadeur"), though
///   a breadcrumb names the title first.
@Suite struct OccasionAndAudienceTests {
  private let english = InventedSpeech.english
  private let spanish = InventedSpeech.spanish
  private let arabic =
    "يسعدني أن أرحب بكم في مدن النهر الشمالية. ستبحر القوارب من جديد في الربيع، وسيكون الميناء "
    + "مفتوحا لكم جميعا."
  private let chinese = "今天,我们在北方的河畔城市欢聚一堂。春天到来时,船只将再次起航,港口将向大家开放。"

  @Test func anOccasionsYearDatesTheAddress() {
    let plan = LanguageTestSupport.planPage([
      "Message of the Ambassador on the occasion of the Velmar National Day 2031", "",
      english,
    ])
    #expect(plan.metadata.date == "2031", "\(plan.metadata)")
    #expect(plan.metadata.event == "the Velmar National Day", "\(plan.metadata)")
    #expect(plan.metadata.speaker == "Ambassador", "\(plan.metadata)")
  }

  @Test func anArabicOccasionsYearWithItsCalendarMarkDatesTheAddress() {
    let plan = LanguageTestSupport.planPage([
      "كلمة سعادة السفير بمناسبة اليوم الوطني لدولة فلمار 2031م", "", arabic,
    ])
    #expect(plan.metadata.date == "2031", "\(plan.metadata)")
    #expect(plan.metadata.speaker == "سعادة السفير", "\(plan.metadata)")
  }

  @Test func theAudienceAfterThePersonIsTheTitles() {
    let plan = LanguageTestSupport.planPage([
      "Saludo del canciller Dorvaz a los velmarenses residentes en el exterior", "", spanish,
    ])
    #expect(plan.metadata.speaker == "canciller Dorvaz", "\(plan.metadata)")
    #expect(
      plan.metadata.title == "Saludo a los velmarenses residentes en el exterior",
      "\(plan.metadata)")
    #expect(plan.metadata.event == nil, "\(plan.metadata)")
  }

  @Test func anOfficesCountryAndANamesParticleAreNoAudience() {
    let office = LanguageTestSupport.planPage([
      "Speech by Velmar High Commissioner to Tarvel", "", english,
    ])
    #expect(office.metadata.speaker == "Velmar High Commissioner to Tarvel", "\(office.metadata)")
    let particle = LanguageTestSupport.planPage([
      "Declaración de la Presidenta Haya Rashed Al Dorvaz", "", spanish,
    ])
    #expect(particle.metadata.speaker?.hasSuffix("Al Dorvaz") == true, "\(particle.metadata)")
  }

  @Test func aPrepositionAndArticleNameAnOccasionOnlyBeforeAName() {
    let named = LanguageTestSupport.planPage([
      "Palabras del alcalde Dorvaz en la entrega de los Premios Velmar 2031", "", spanish,
    ])
    #expect(named.metadata.event?.contains("Premios Velmar") == true, "\(named.metadata)")
  }

  @Test func aWordBeforeAPersonNamesNoOccasion() {
    let plan = LanguageTestSupport.planPage([
      "نص كلمة وزير الداخلية أمام الرئيس فلمار فى عيد الشرطة", "", "اللواء كويليث دورفاز", "",
      arabic,
    ])
    #expect(plan.metadata.event != "فلمار", "\(plan.metadata)")
    #expect(plan.metadata.speaker?.contains("دورفاز") == true, "\(plan.metadata)")
  }

  @Test func aChineseSpeakerWhoGreetsSomeoneIsTheHeadlines() {
    let plan = LanguageTestSupport.planPage(["李维大使给全体旅居同胞拜年", "2031/02/11", "", chinese])
    #expect(plan.metadata.speaker?.hasPrefix("李维") == true, "\(plan.metadata)")
  }

  @Test func anOccasionAndItsReasonAreOneEvent() {
    let plan = LanguageTestSupport.planPage([
      "Выступление Посла на приеме по случаю Дня Велмара", "",
      "Мы рады снова встретиться с вами в этом прекрасном зале. Сегодня праздничный день для "
        + "всех выпускников и их семей.",
    ])
    #expect(plan.metadata.event == "приеме по случаю Дня Велмара", "\(plan.metadata)")
  }

  @Test func theFrenchIntroKeepsTheElidedArticle() {
    let plan = LanguageTestSupport.planPage([
      "Accueil > Actualités > Discours", "Discours de l’ambassadeur à la fête du fleuve", "",
      InventedSpeech.french,
    ])
    let intro = plan.parts.first { $0.kind == .intro }?.utterances.map(\.text) ?? []
    #expect(intro.first?.hasPrefix("Discours de l’ambassadeur") == true, "\(intro)")
  }
}
