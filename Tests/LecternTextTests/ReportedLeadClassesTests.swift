import Testing

@testable import LecternText

/// News pages that report an address before giving it: a headline that puts the speaker's
/// name before the title, an announcement of the text as the body's first sentence, an Arabic
/// headline whose subject a comma ends, a report that ends with the address quoted whole, and
/// a government page's summary and "From:" label, an archive's page of comments to the
/// press, and a reporter's attribution that opens a later paragraph ("He added: “…").
/// Names and places are invented (Varnholt, Dorvel, Quelvoria).
@Suite struct ReportedLeadClassesTests {
  @Test func aNameBeforeTheTitleAndAnAnnouncementOfTheText() {
    let lines = [
      "Tag: Speeches", "",
      "  • Aldo Varnholt – 2014 Speech in Quelvoria", "",
      "Below is the text of the speech made by Aldo Varnholt, the Minister for Rivers, in Dorvel on 27th February 2014.",
      "",
      "Thank you, Mr President. Your Excellency, distinguished guests: I am honoured to be here today.",
      "", "It is a particular privilege to join you all on this important day for the river.",
    ]
    let plan = LanguageTestSupport.planPage(lines)
    let spoken = LanguageTestSupport.spokenPage(lines).joined(separator: " ")
    #expect(plan.metadata.speaker == "Aldo Varnholt", "\(plan.metadata)")
    #expect(plan.metadata.date?.contains("2014") == true, "\(plan.metadata)")
    #expect(!spoken.contains("Below is the text"), "\(spoken)")
    #expect(spoken.contains("I am honoured to be here today."))
  }

  /// A place after the title is no speaker ("Opening Remarks – Dorvel").
  @Test func aPlaceAfterTheTitleIsNoSpeaker() {
    let lines = [
      "Opening Remarks – Dorvel Harbour", "", "Excellencies,", "",
      "It is a pleasure to welcome you all to this meeting of the river authorities today.",
    ]
    #expect(LanguageTestSupport.planPage(lines).metadata.speaker == nil)
  }

  @Test func anArabicHeadlineWhoseSubjectACommaEnds() {
    let lines = [
      "ألقى المستشار فارس دورفل وكيل أول مجلس النواب رئيس الجلسة العامة اليوم، كلمة بمناسبة افتتاح متحف النهر الكبير خلال الجلسة العامة للمجلس",
      "", "وجاء نص الكلمة كالتالى:", "",
      "يسعدني في هذا اليوم التاريخي أن أتحدث إليكم عن حدث يملأ القلوب فخرا، هو افتتاح متحف النهر الكبير.",
      "", "وشكرا لكم جميعا على حضوركم هذا اليوم.",
    ]
    let plan = LanguageTestSupport.planPage(lines)
    let spoken = LanguageTestSupport.spokenPage(lines).joined(separator: " ")
    #expect(plan.metadata.speaker?.contains("فارس دورفل") == true, "\(plan.metadata)")
    #expect(!spoken.contains("نص الكلمة"), "\(spoken)")
    #expect(spoken.contains("يسعدني في هذا اليوم التاريخي"))
  }

  @Test func aSpanishReportThatEndsWithTheAddressQuoted() {
    let lines = [
      "Promoción 2024: Graduandos del Vicerrectorado",
      "Tal y como está previsto en el Reglamento de la universidad, se realizó el acto de imposición de medallas para los graduandos de la promoción en Dorvel.",
      "El Vicerrector Regional, Dr. Aldo Varnholt, fue el responsable de imponer una a una las medallas de cada graduando.",
      "Una vez culminada la ceremonia, el Dr. Varnholt procedió a pronunciar el discurso de rigor en el que destacó la importancia del acto.",
      "“Buenos días y bienvenidos a la verdadera fiesta de una universidad: el acto de grado.",
      "Este es el día en que todo lo que nos esforzamos se ve recompensado.”",
    ]
    let spoken = LanguageTestSupport.spokenPage(lines).joined(separator: " ")
    #expect(!spoken.contains("procedió a pronunciar"), "\(spoken)")
    #expect(!spoken.contains("imposición de medallas"), "\(spoken)")
    #expect(spoken.contains("Buenos días y bienvenidos"))
  }

  /// A Spanish reporter puts the speaker's profession before the name, in lower case, after
  /// the office ("el presidente de la cooperativa, ingeniero Aldo Varnholt Dorvel abrió …"):
  /// the name after it is the speaker.
  @Test(arguments: ["ingeniero", "arquitecta", "licenciado", "profesora"])
  func aProfessionBeforeTheNameInASpanishLeadNamesTheSpeaker(profession: String) {
    let lines = [
      "Cooperativa Quelvoria", "Ecos de la fiesta del molino de Dorvel",
      "En la noche del sábado se celebró la fiesta del molino. En la oportunidad, el presidente "
        + "de la cooperativa, \(profession) Aldo Varnholt Brivona abrió la noche con las "
        + "siguientes palabras:",
      "“Como presidente de la cooperativa, quiero agradecerles a todos ustedes su presencia en esta fecha.",
      "Estamos convencidos de que el molino seguirá girando muchos años más.”",
    ]
    let plan = LanguageTestSupport.planPage(lines)
    #expect(plan.metadata.speaker?.hasPrefix("Aldo Varnholt") == true, "\(plan.metadata)")
  }

  /// A government page's summary under the title tells what the speaker set out or outlined,
  /// and a "From:" label names the publisher and the speaker: neither is the address.
  @Test(arguments: ["set out", "outlined"])
  func aSummaryAndAFromLabelAreNotSpoken(verb: String) {
    let lines = [
      "Speech", "Foreign Secretary's speech at the Quelvoria Conference",
      "The Foreign Secretary \(verb) the government's priorities for the river towns at the "
        + "Quelvoria Conference in Dorvel.",
      "From: Foreign Office and The Rt Hon Aldo Varnholt MP", "Published 5 March 2031",
      "Good morning everyone.",
      "It is a real pleasure to be here in Dorvel, and to open this important conference.",
    ]
    let spoken = LanguageTestSupport.spokenPage(lines)
    #expect(spoken.first == "Good morning everyone.", "\(spoken)")
    #expect(!spoken.contains { $0.contains("From") || $0.contains("priorities") }, "\(spoken)")
  }

  /// A speech archive's page of a minister's comments to the press: the headline names them
  /// "Comments", and the line under it tells whose they are, where and when.
  @Test func commentsToThePressAreNamedByTheirHeadline() {
    let lines = [
      "Aldo Varnholt – 2031 Comments to Press at the Trade Mission to Quelvoria", "",
      "The comments made by Aldo Varnholt, the Prime Minister, in Dorvel on 9 October 2031.", "",
      "Back in July I signed the historic trade agreement with the river towns.", "",
      "It is a huge deal for all of us.",
    ]
    let plan = LanguageTestSupport.planPage(lines)
    let spoken = LanguageTestSupport.spoken(plan)
    #expect(plan.metadata.speaker?.hasPrefix("Aldo Varnholt") == true, "\(plan.metadata)")
    #expect(plan.metadata.date?.contains("2031") == true, "\(plan.metadata)")
    #expect(spoken.first?.hasPrefix("Back in July") == true, "\(spoken)")
  }

  /// After a reporter's lead, a later paragraph that opens with an attribution and a colon
  /// before the quotation goes on ("وأضاف د. …:", "He added:"): the attribution is not spoken.
  @Test(arguments: [
    [
      "وجّه رئيس بلدية فلمار، د. أودرا كويليث، رسالة إلى أهالي المدينة، وقال: سنفرح بالعيد معا في "
        + "ساحات المدينة الجديدة.", "",
      "وأضاف د. كويليث: \"نسأل الله أن يعيد هذه الأيام على مدينتنا بالخير والبركات\".",
    ],
    [
      "Mayor Odra Quilleth of Velmar sent a message to the river towns on Monday, saying: We "
        + "will open the new harbour together in the spring.", "",
      "He added: “May the barges sail safely to every town of the north.”",
    ],
  ])
  func anAttributionOpeningALaterParagraphIsNotSpoken(_ lines: [String]) {
    let spoken = LanguageTestSupport.spokenPage(lines)
    #expect(!spoken.contains { $0.contains("وأضاف") || $0.contains("He added") }, "\(spoken)")
    #expect(spoken.count >= 2, "\(spoken)")
  }
}
