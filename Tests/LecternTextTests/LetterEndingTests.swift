import Testing

@testable import LecternText

/// How letters to a community open and close, with invented names (Dorvaz, Velmar, Quilleth):
/// - an Arabic letter opens "إخوتي وأخواتي" and closes with warm regards, a feast's wish
///   ("وكل عام وأنتم بخير") and "أخوكم" before the signer's name: all spoken, and the name
///   under them is the speaker;
/// - a signature that puts the office on the name's line after a comma ("Ирина Велмарова,
///   председатель …") names the speaker;
/// - a reporter's lead that announces the text ("It reads as follows:") is not spoken, and a
///   place in the lead's subject ("a statement about the flood in Tarvel") is no place of
///   the address;
/// - Hebrew courtesy phrases in an English address are spoken by the Hebrew voice;
/// - a salutation whose comma or colon the copy dropped ("Querida Comunidad", "Уважаемые
///   тарвельцы") opens the address, but an office and its organization or a form's field do
///   not; "Amicalement" closes a French letter;
/// - a blog's name, a writer's "Por:" label and a wire lead's "Following is the message of …"
///   are not spoken;
/// - the paragraphs before a last "¡Muchas gracias!" are the address, not a reporter's
///   introduction to it.
@Suite struct LetterEndingTests {
  private let arabic =
    "يسعدني أن أرحب بكم في مدن النهر الشمالية. ستبحر القوارب من جديد في الربيع، وسيكون الميناء "
    + "مفتوحا لكم جميعا."

  @Test func anArabicLettersOpeningAndClosingAreSpokenAndItsSignerIsTheSpeaker() {
    let plan = LanguageTestSupport.planPage([
      "إخوتي وأخواتي", arabic, "محبتي وتقديري", "وكل عام وأنتم وأهلنا بخير", "أخوكم",
      "د. كويليث دورفاز", "سفير دولة فلمار",
    ])
    let spoken = LanguageTestSupport.spoken(plan)
    #expect(spoken.contains("إخوتي وأخواتي"), "\(spoken)")
    #expect(spoken.contains("وكل عام وأنتم وأهلنا بخير"), "\(spoken)")
    #expect(plan.metadata.speaker?.contains("دورفاز") == true, "\(plan.metadata)")
  }

  @Test func aSignatureWithItsOfficeAfterACommaNamesTheSpeaker() {
    let plan = LanguageTestSupport.planPage([
      "Мы рады снова встретиться с вами в этом прекрасном зале. Сегодня праздничный день для "
        + "всех выпускников и их семей!",
      "Ирина Велмарова, председатель Речного союза городов Тарвела и Велмара",
    ])
    #expect(plan.metadata.speaker?.hasPrefix("Ирина Велмарова") == true, "\(plan.metadata)")
  }

  @Test func aLeadThatAnnouncesTheTextIsNotSpokenAndItsSubjectsPlaceIsNoPlace() {
    let plan = LanguageTestSupport.planPage([
      "Velmar Harbour Master Odra Quilleth has issued a statement about the flood in Tarvel "
        + "on Sunday evening.", "",
      "It reads as follows:", "",
      "To the crews of the river fleet:", "",
      InventedSpeech.english,
    ])
    let spoken = LanguageTestSupport.spoken(plan)
    #expect(!spoken.contains { $0.contains("reads as follows") }, "\(spoken)")
    #expect(plan.metadata.place != "Tarvel", "\(plan.metadata)")
  }

  @Test func hebrewCourtesyPhrasesAreSpokenByTheHebrewVoice() {
    let plan = LanguageTestSupport.planPage([
      "Dear friends,", "", InventedSpeech.english, "",
      "L’Shana Tovah U’Metuka and G’mar Hatima Tova.",
    ])
    let spans = plan.parts.flatMap(\.utterances).flatMap(\.spans)
    #expect(spans.filter { $0.lang == "he" }.count == 2, "\(spans.map(\.lang))")
  }

  @Test func aSalutationWithoutItsMarkOpensTheAddress() {
    let spanish = LanguageTestSupport.planPage(["Querida Comunidad", InventedSpeech.spanish])
    #expect(spanish.parts.first { $0.kind == .opening } != nil, "\(spanish.parts.map(\.kind))")
    let russian = LanguageTestSupport.planPage([
      "Уважаемые тарвельцы",
      "Мы рады снова встретиться с вами в этом прекрасном зале. Сегодня праздничный день для "
        + "всех выпускников и их семей.",
    ])
    #expect(LanguageTestSupport.spoken(russian).contains("Уважаемые тарвельцы"))
    let office = LanguageTestSupport.planPage([
      "Welcome remark by the host Velmar University", "", "Odra Quilleth", "",
      "President, Velmar University", "", "Good morning. Ladies and gentlemen,", "",
      InventedSpeech.english,
    ])
    let spoken = LanguageTestSupport.spoken(office)
    #expect(!spoken.contains { $0.contains("President, Velmar") }, "\(spoken)")
  }

  @Test func amicalementClosesAFrenchLetter() {
    let spoken = LanguageTestSupport.spokenPage([
      "Chers amis,", "", InventedSpeech.french, "", "Amicalement", "", "Odra Quilleth",
    ])
    #expect(spoken.contains("Amicalement"), "\(spoken)")
  }

  @Test func aBlogsNameAWritersLabelAndAWireLeadAreNotSpoken() {
    let spanish = LanguageTestSupport.planPage([
      "Blog del Consulado de Velmar", "Por: Velmar en Español", InventedSpeech.spanish,
    ])
    let text =
      LanguageTestSupport.spoken(spanish)
      + (spanish.parts.first { $0.kind == .intro }?.utterances.map(\.text) ?? [])
    #expect(!text.contains { $0.contains("Blog") || $0.contains("Por:") }, "\(text)")
    let english = LanguageTestSupport.spokenPage([
      "Following is the message of Harbour Master Odra Quilleth to the river crews, read at "
        + "the quay on 28 October:", "",
      "\u{201C}" + InventedSpeech.english,
    ])
    #expect(!english.contains { $0.contains("Following is") }, "\(english)")
  }

  @Test func theParagraphsBeforeALastThanksAreTheAddress() {
    let spoken = LanguageTestSupport.spokenPage([
      "Blog del Consulado de Velmar", "Consulado de Velmar en Tarvel, Dorvania",
      "Por: Velmar en Español",
      "Con motivo de la fiesta del río, les hago llegar un saludo muy afectuoso. Desde enero "
        + "estoy cumpliendo la designación del Presidente Odran Quilleth como Embajador.",
      "Quiero comunicarles que Velmar está otra vez en movimiento, con avances y cambios de "
        + "fondo.",
      "Me interesa mucho conocer sus necesidades y aprender de ustedes.",
      "¡Muchas gracias!",
    ])
    #expect(spoken.contains { $0.hasPrefix("Con motivo de la fiesta del río") }, "\(spoken)")
  }
}
