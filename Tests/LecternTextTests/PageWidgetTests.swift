import Testing

@testable import LecternText

/// What a news page prints around a copied address: a weather widget's reading, a column's
/// section name ("Lo más reciente"), and a reporter's announcement naming the speaker with the
/// office in lower case ("A continuación, el discurso del embajador Varnholt:"). Names and
/// places are invented (Varnholt, Dorvel).
@Suite struct PageWidgetTests {
  static let rules = FurnitureRules(vocabulary: StructureVocabulary(LanguageTestSupport.knowledge))

  /// In the body a reading is a count; in a header, where a date is a fact and no count
  /// is furniture by its number alone, it is told by its shape.
  @Test(arguments: ["21.4 C", "-3 °C", "72℉", "18°", "Dorvel 18°C", "−2,5 °C", "25º C"])
  func aWeatherReadingIsFurniture(_ line: String) {
    #expect(Self.rules.reason(line) != nil)
    #expect(Self.rules.reason(line, dates: false) != nil)
    #expect(FurnitureRules.isWeatherReading(line))
  }

  @Test(arguments: [
    "21.4 Scope of the agreement", "Room 21 C", "Article 5 F", "2019", "C", "We met at 18°C.",
    "In 1998 we counted 22 C",
  ])
  func aNumberThatIsNoReadingIsNot(_ line: String) {
    #expect(!FurnitureRules.isWeatherReading(line))
  }

  @Test(arguments: [
    "Lo más reciente", "Latest", "Most read", "À la une", "Mais lidas", "Самое читаемое",
    "الأكثر قراءة", "热门新闻",
  ])
  func aColumnsSectionNameIsFurniture(_ line: String) {
    #expect(Self.rules.reason(line) != nil)
  }

  /// An image's text for the blind printed beside its caption: the same words twice.
  @Test(arguments: [
    "Office of the Harbour logoOffice of the Harbour logo", "Dorvel Quay Dorvel Quay",
  ])
  func aTextPrintedTwiceIsFurniture(_ line: String) {
    #expect(Self.rules.reason(line)?.contains("for the blind") == true)
  }

  @Test(arguments: [
    "Bravo bravo", "Thank you. Thank you.", "Dorvel Quay and Dorvel Quay",
    "Mr. President; Mr. President;",
  ])
  func aRepeatedWordOrSentenceIsNot(_ line: String) {
    #expect(Self.rules.reason(line)?.contains("for the blind") != true)
  }

  /// A caption between paragraphs, its credit in brackets after its last sentence, in
  /// Chinese without a colon; a sentence with a bracketed note of another kind is spoken.
  @Test func aChineseCaptionWithABracketedCreditIsFurniture() {
    #expect(Self.rules.endsWithCredit("瓦恩霍尔特部长在港口发表讲话。(港务及新闻部提供)"))
    #expect(Self.rules.endsWithCredit("瓦恩霍尔特部长在港口发表讲话。（港务局供图）"))
    #expect(!Self.rules.endsWithCredit("我们为每一位市民提供服务。(掌声)"))
    #expect(!Self.rules.endsWithCredit("港口为全体居民(由港务局提供)"))
  }

  /// A page's clock above the headline shows the day the page was copied, later than its
  /// posting stamp: the stamp dates the address, and neither the clock's weekday nor its time
  /// zone is a place. An English page and an Arabic one.
  @Test(arguments: [
    [
      "Saturday, 16 November 2031 Dorvel time", "", "Address of the Minister of Harbours", "",
      "Posted on: 10 February 2029", "",
      "It is an honour to welcome you to the river towns of the north, friends of the harbour.",
    ],
    [
      "السبت: 16/11/2031 بتوقيت دورفيل", "", "كلمة وزير الموانئ امام مجلس الأنهار", "",
      "نشر بتاريخ: 10/02/2029", "",
      "يسعدني أن أرحب بكم جميعا في افتتاح هذا المؤتمر المهم للتعاون بين موانئ بلداننا.",
    ],
  ])
  func aPagesClockDoesNotDateTheAddress(_ lines: [String]) {
    let plan = LanguageTestSupport.planPage(lines)
    #expect(plan.metadata.date?.contains("2029") == true, "\(plan.metadata)")
    #expect(plan.metadata.place == nil, "\(plan.metadata)")
  }

  /// A letterhead's postal address and contact fields, in the languages of the pages users
  /// copy; a sentence that opens with the same word is no field.
  @Test(arguments: [
    "PO Box 7711 Dorvel 6140 Quelvoria", "Tel: (046) 603 8148 Fax: (046) 603 7561 e-mail:",
    "Téléphone : 01 23 45 67 89", "Boîte postale 14, Dorvel", "Teléfono: 555 0142",
    "Apartado postal 22, Dorvel", "Тел.: 8 800 555 35 35", "а/я 14, Дорвель",
    "هاتف: 0123456", "ص.ب 1234 دورفيل", "电话:010-1234567", "Postfach 14 22, Dorvel",
  ])
  func aLetterheadsAddressAndContactsAreFurniture(_ line: String) {
    #expect(Self.rules.reason(line) != nil)
  }

  @Test func aSentenceOpeningWithAContactWordIsNoField() {
    #expect(Self.rules.reason("Phone calls between our harbours grew tenfold last year.") == nil)
  }

  /// A widget above the headline, a section name, a reporter's lead over two paragraphs and
  /// an announcement before the address: none is spoken, and the announcement's person, with
  /// the office in lower case, is the speaker, named without the office.
  @Test func aNewsPageAroundASpanishAddress() {
    let plan = LanguageTestSupport.planPage([
      "19.5 C", "Dorvel", "", "Embajada de Quelvoria celebra su fiesta nacional", "",
      "Lo más reciente", "",
      "Dorvel- Con motivo de la fiesta nacional, el embajador de Quelvoria, Aldo Varnholt, "
        + "ofreció una recepción en un hotel de la capital.",
      "",
      "El diplomático agradeció la presencia de los invitados y destacó los lazos entre ambos "
        + "países, la integración y la asistencia mutua.",
      "", "A continuación, el discurso del embajador Varnholt:", "",
      "Queridos amigos,", "",
      "En primer lugar, quisiera agradecerles su presencia hoy aquí para celebrar juntos un "
        + "nuevo aniversario de la independencia de mi país.",
    ])
    let spoken = plan.parts.filter { $0.kind != .intro }.flatMap(\.utterances).map(\.text)
    #expect(spoken.first == "Queridos amigos,", "\(spoken)")
    for furniture in ["19.5", "Lo más reciente", "ofreció una recepción", "A continuación"] {
      #expect(!spoken.contains { $0.contains(furniture) }, "\(furniture): \(spoken)")
    }
    #expect(plan.metadata.speaker == "Varnholt", "\(plan.metadata)")
  }

  /// A document-hosting site's viewer around a PDF's text: its labels are furniture, even
  /// where the title page below them is not read as a header (run into the first paragraph).
  @Test(arguments: ["Size: px", "Start display at page:", "Embed Size (px)", "Citation preview"])
  func aDocumentViewersLabelIsFurniture(_ line: String) {
    #expect(Self.rules.reason(line) != nil)
  }

  @Test func aPDFViewersLabelsAboveARunInTitlePageAreNotSpoken() {
    let spoken = LanguageTestSupport.spokenPage([
      "STATE OF THE HARBOUR ADDRESS: NEW TIDES", "", "Size: px", "Start display at page:", "",
      "Download \"STATE OF THE HARBOUR ADDRESS: NEW TIDES\"", "", "Transcription", "",
      "1 STATE OF THE HARBOUR ADDRESS: NEW TIDES MS. ODILE VARNHOLT MAYOR OF DORVEL ADDRESS "
        + "TO THE QUAY COUNCIL INTRODUCTION 1. Madam Chair, it is an honour to stand once more in "
        + "this hall before the council of our harbour town. The Old Quays 2. We have mended the "
        + "quays and opened the market again after the long winter of storms. 3. The fishing "
        + "fleet has come home and the lighthouse shines once more over the bay.",
    ])
    for label in ["Size", "Start display"] {
      #expect(!spoken.contains { $0.contains(label) }, "\(label): \(spoken)")
    }
    #expect(spoken.contains { $0.contains("Madam Chair, it is an honour") }, "\(spoken)")
  }
}
