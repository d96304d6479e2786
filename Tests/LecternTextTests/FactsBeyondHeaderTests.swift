import Testing

@testable import LecternText

/// Header facts stated where a page puts them outside its header, told by shape with names and
/// places no language file lists (Quilleth, Vaskon, Brivonne, Торвик): a posting or source
/// stamp, a place and weekday date line at the body's start, a bracketed list in a title, a
/// compact stamp, a transcript's speaker labels, and a headline taken for the speaker.
@Suite struct FactsBeyondHeaderTests {
  private func plan(_ lines: [String]) -> RenderPlan {
    LanguageTestSupport.planPage(lines)
  }

  private let english = InventedSpeech.english
  private let spanish = InventedSpeech.spanish

  @Test func aSourceLineWithADateAndTimeDatesThePage() {
    let chinese = plan([
      "驻瓦斯孔大使奎列特在到任招待会上的致辞", "", "来源:(驻瓦斯孔大使馆) 2031-06-28 18:18", "",
      "尊敬的各位来宾,", "", "大家晚上好!欢迎出席我的到任招待会。我以前一直在北方地区工作,这是我第一次来到瓦斯孔。",
    ])
    #expect(chinese.metadata.date?.contains("2031-06-28") == true, "\(chinese.metadata)")
    let english = plan([
      "Remarks by Ambassador Odra Quilleth", "", "Posted: 5 March 2031", "", self.english,
    ])
    #expect(english.metadata.date == "5 March 2031", "\(english.metadata)")
  }

  @Test func aPostingStampRanksBelowTheHeadersOwnDate() {
    let result = plan([
      "Remarks by Ambassador Odra Quilleth", "Brivonne, 4 March 2031", "",
      "Published: 9 March 2031", "", english,
    ])
    #expect(result.metadata.date == "4 March 2031", "\(result.metadata)")
  }

  @Test(arguments: ["07sep31", "12MAR31"])
  func aCompactStampIsNoDayAndMonth(stamp: String) {
    let finder = StructureVocabulary(LanguageTestSupport.knowledge).dates
    #expect(finder.dayAndMonth(in: stamp) == nil)
    #expect(finder.dayAndMonth(in: "sep 7") != nil)
  }

  @Test func aPlaceAndWeekdayDateLineGivesThePlace() {
    let english = plan([
      "Presentation of Letters of Credence (Vaskon, Brivonne, Quillmark)", "",
      "This content is archived.", "", "La Torvikelle, Friday, September 21, 2029", "",
      self.english,
    ])
    #expect(english.metadata.place == "La Torvikelle", "\(english.metadata)")
    #expect(english.metadata.date == "Friday, September 21, 2029")
    let spanish = plan([
      "EQUIPO VASKON", "", "07sep31", "",
      "Discurso del Ministro de Asuntos Fluviales en la inauguración de la III Conferencia de Puertos.",
      "", "(Brivonne, lunes, 08 de septiembre de 2031 14:30)", "", self.spanish,
    ])
    #expect(spanish.metadata.place == "Brivonne", "\(spanish.metadata)")
    #expect(spanish.metadata.date?.contains("08 de septiembre de 2031") == true)
  }

  @Test func aBracketedListInATitleIsNoPlace() {
    let result = plan(["Letters of Credence (Vaskon, Brivonne, Quillmark)", "", english])
    #expect(result.metadata.place == nil, "\(result.metadata)")
    let fields = HeaderParser.separated("Letters of Credence (Vaskon, Brivonne), Torvik")
    #expect(fields == ["Letters of Credence (Vaskon, Brivonne)", "Torvik"])
  }

  /// A bracketed aside in a sentence of the body names no place, even beside a date.
  @Test func aBracketedAsideInASentenceIsNoPlace() {
    let result = plan([
      "We met on 5 March 2031 (Brivonne, Vaskon and Quillmark were there) to rebuild the trade.",
      english,
    ])
    #expect(result.metadata.place == nil, "\(result.metadata)")
  }

  @Test func aTranscriptsLabelsNameTheSpeakerTheTitleInflects() {
    let result = plan([
      "Стенограмма встречи Ивана Торвикова с коллективом газеты", "",
      "И.ТОРВИКОВ: Дорогие коллеги! Мне очень приятно побывать у вас в гостях сегодня.", "",
      "ОЛЕГ ВАСКОНОВ: Мы покажем Вам нашу редакцию и наш архив за все эти годы.", "",
      "И.ТОРВИКОВ: Конечно, было бы интересно посмотреть на первый выпуск вашей газеты.", "",
      "ОЛЕГ ВАСКОНОВ: Он у нас хранится в отдельной комнате, мы его бережём.", "",
      "ОЛЕГ ВАСКОНОВ: Пойдёмте туда после встречи, там всё подготовлено.",
    ])
    #expect(result.metadata.speaker == "И.ТОРВИКОВ", "\(result.metadata)")
    // The intro reads a name in capitals title-cased, the name after its initial too.
    let intro = result.parts.first { $0.kind == .intro }?.utterances.map(\.text) ?? []
    #expect(intro.contains { $0.contains("И.Торвиков") }, "\(intro)")
    let salutation =
      LanguageConventions(language: "en", knowledge: LanguageTestSupport.knowledge).salutation
    func names(_ text: String) -> Bool {
      TranscriptLabels(
        [SourceLine(number: 1, text: text, indent: 0, blankBefore: true)], vocabulary, salutation
      ).labels
        .map(\.text) == ["ODRA QUILLETH"]
    }
    #expect(!names("QUESTION: What did you say?"))
    #expect(names("ODRA QUILLETH: Thank you."))
    #expect(!names("Ladies and Gentlemen: welcome."))
  }

  @Test func aHeadlineYieldsToThePersonTheLeadNames() {
    let result = plan([
      "نص كلمة وزير الموانئ أمام الرئيس فى عيد البحارة", "",
      "اللواء زيدان قمروش", "",
      "أكد وزير الموانئ زيدان قمروش، في كلمته أمام الرئيس، أن رجال البحر وقفوا فى وجه العواصف.", "",
      "وقال الوزير إن التاريخ سيذكر لهم كيف واجهوا أعتى المخاطر فداء للوطن في كل الأوقات.",
    ])
    #expect(result.metadata.speaker?.contains("زيدان قمروش") == true, "\(result.metadata)")
  }

  /// A headline with an office and no connective stays the speaker; a person named as a place
  /// is never taken for one.
  @Test func aSpeakerByOfficeIsKeptAndAPersonIsNoPlace() {
    #expect(!DocumentStructure.readsAsHeadline("the Minister of Rivers", vocabulary))
    #expect(
      DocumentStructure.readsAsHeadline("وزير الموانئ أمام الرئيس فى عيد البحارة", vocabulary))
    let result = plan(["Remarks by Mr. Odra Quilleth, 5 March 2031", "", english])
    #expect(result.metadata.place == nil, "\(result.metadata)")
    #expect(result.metadata.speaker?.contains("Quilleth") == true)
  }

  private var vocabulary: StructureVocabulary { StructureVocabulary(LanguageTestSupport.knowledge) }
}
