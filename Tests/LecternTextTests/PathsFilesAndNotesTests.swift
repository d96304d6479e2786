import Testing

@testable import LecternText

/// Furniture told by its shape, with words and names no language file lists: a breadcrumb
/// trail and the label above it, a caption that names its picture's file format, a form of
/// address wrapped over two lines, a reporter's lead that quotes the address whole, and a
/// header run into the address up to a drop capital. Lines of the same shapes that belong to
/// the address stay.
@Suite struct PageTrailsTests {
  private func spoken(_ plan: RenderPlan) -> [String] {
    plan.parts.filter { $0.kind != .intro }.flatMap(\.utterances).map(\.text)
  }

  private func page(_ lines: [String]) -> RenderPlan {
    LanguageTestSupport.planPage(lines.flatMap { [$0, ""] })
  }

  @Test(arguments: [
    ("Home > Harbours > Brivonne", true), ("Ruta: Inicio › Puertos › Brivona", true),
    ("维尔马:首页 > 港口 > 正文", true), ("Accueil » Ports » Quais du fleuve", true),
    ("Brivonne > Velmar", false), ("If a > b and b > c, then a > c.", false),
    ("Home > Speech by Odran Veskel at the opening of the harbour > Text", false),
  ])
  func aTrailIsShortStepsJoinedByArrows(line: String, trail: Bool) {
    #expect(LineShape.isTrail(line) == trail)
  }

  /// A trail and the label above it, at the top of the page, are not spoken; the address is.
  @Test func aTrailAndItsLabelAreNotSpoken() {
    let plan = page([
      "维尔马港口网", "滚动播报:", "您在:首页 > 港口 > 正文", "奥德兰·维斯克尔在布里沃纳港开港仪式上的致辞",
      "各位来宾:", "今天,我们在布里沃纳港欢聚一堂。",
    ])
    let text = spoken(plan).joined()
    #expect(!text.contains("首页") && !text.contains("滚动播报"), "\(spoken(plan))")
    #expect(text.contains("各位来宾") && text.contains("欢聚一堂"), "\(spoken(plan))")
  }

  @Test(arguments: [
    ("Odran Veskel at the podium (T. Marsh/Velmar Press) - JPEG", true),
    ("Programme of the harbour day [PDF]", true), ("brivonne_programme_2021.pdf", true),
    ("The harbour plan is online as a PDF.", false), ("Velmar Press Agency", false),
    ("Odran Veskel - Mayor", false),
  ])
  func aFileIsNamedByItsFormat(line: String, file: Bool) {
    let sentence = LineShape.endsSentence(line)
    #expect(FurnitureRules.isFileLabel(line, sentence: sentence) == file)
  }

  /// A caption naming its picture's format is neither spoken nor read as the speaker's office.
  @Test func aCaptionWithItsFileFormatIsNotSpoken() {
    let plan = page([
      "Discours de M. Odran Veskel à l’ouverture du port de Brivonne, le 03.06.2021",
      "M. Odran Veskel (T. Marsh/Velmar Presse) - JPEG", "Mesdames et messieurs,",
      "C’est un honneur d’ouvrir aujourd’hui avec vous le port de Brivonne.",
    ])
    let words = (plan.metadata.speaker ?? "") + spoken(plan).joined()
    #expect(!words.contains("JPEG") && !words.contains("Marsh"), "\(plan.metadata)")
  }

  /// A form of address wrapped before its last words is one salutation; a header's name line
  /// above a salutation of its own, and a greeting after a salutation, are not taken into it.
  @Test func aWrappedFormOfAddressIsOneUtterance() {
    // One line after another, without blank lines between them.
    let text = spoken(
      LanguageTestSupport.planPage([
        "معالي السيد أودران فيسكل، ممثل سيادة رئيس بلدية بريفون", "رئيس الجمهورية الفيلمارية،",
        "أصحاب السعادة،", "السلام عليكم ورحمة الله وبركاته:",
        "يسعدني أن أكون معكم اليوم في افتتاح ميناء بريفون الجديد على الساحل.",
      ]))
    #expect(text.contains { $0.contains("بلدية بريفون رئيس الجمهورية الفيلمارية") }, "\(text)")
    let salutation = Salutation([LanguageTestSupport.knowledge["en"]])
    #expect(
      salutation.continuesWrapped(
        previous: "Excellency Odran Veskel, representing the Mayor of", line: "Brivonne,"))
    #expect(
      !salutation.continuesWrapped(previous: "Excellency Odran Veskel", line: "Excellencies,"))
    #expect(!salutation.continuesWrapped(previous: "Odran Veskel", line: "Mayor of Brivonne,"))
    #expect(!salutation.continuesWrapped(previous: "Excellencies", line: "Good morning,"))
  }

  /// A reporter's lead that quotes the address whole after its colon is not spoken; a quoted
  /// sentence that a speaker introduces with a colon is.
  @Test func aLeadQuotingTheWholeAddressIsNotSpoken() {
    let lead = "Мэр Брионны Одран Вескель поздравил жителей с Днем гавани:"
    let quoted = page([
      lead, "\"Дорогие друзья, сегодня мы открываем гавань Брионны для всех городов реки.",
      "Пусть она служит вам долгие годы.",
    ])
    #expect(!spoken(quoted).joined().contains("поздравил"), "\(spoken(quoted))")
    #expect(spoken(quoted).joined().contains("открываем гавань"), "\(spoken(quoted))")
    #expect(DocumentStructure.opensQuotation("\"Дорогие друзья, сегодня мы открываем гавань."))
    #expect(!DocumentStructure.opensQuotation("\"Дорогие друзья\", — сказал он."))
  }

  /// A header run into the address up to a drop capital printed apart from its word.
  @Test func aHeaderRunInUpToADropCapital() {
    let vocabulary = StructureVocabulary(LanguageTestSupport.knowledge)
    let line =
      "discurso del Alcalde Odran Veskel en la apertura del puerto de Brivona Q ueridos vecinos "
      + "de la costa de Velmar, hoy abrimos el puerto para todos los pueblos del río."
    let split = RunInHeader.split(line, vocabulary)
    #expect(split?.header.hasSuffix("puerto de Brivona") == true, "\(String(describing: split))")
    #expect(split?.rest.hasPrefix("Queridos vecinos") == true, "\(String(describing: split))")
    // "Y" is a word of the language: no drop capital.
    let word = "discurso del Alcalde Odran Veskel en la apertura del puerto de Brivona Y ahora "
    #expect(RunInHeader.dropCapital(Array(word.unicodeScalars)[...]) == nil)
  }
}
