import Foundation
import LecternLanguageID
import Testing

@testable import LecternText

/// Language identification with CLD2 over the repository's voices folder: documents,
/// sentences, names, quotations, and the planner end to end in each language.
@Suite struct LanguageIdentificationTests {
  static let annotator = LanguageTestSupport.identifyingAnnotator

  /// One address per language (written for these tests): its language, its salutation and
  /// the narrator profile that reads its intro.
  static let addresses: [(String, String)] = [
    (
      "fr",
      "Discours d'ouverture par M. Jean Dupont\nLyon, 02.11.2015\n\nMesdames et Messieurs,\n\n"
        + "C'est avec une grande émotion que je prends la parole devant vous. Je remercie "
        + "Mme Leroy pour son accueil ! La coopération entre nos services reste essentielle."
    ),
    (
      "es",
      "Discurso de la Sra. Ana López\nMadrid, 07.10.2008\n\nSeñoras y señores:\n\n"
        + "¡Bienvenidos a Madrid! ¿Quién habría imaginado lo que hemos logrado juntos? "
        + "El crimen organizado es una amenaza para la seguridad de nuestros ciudadanos."
    ),
    (
      "pt",
      "Discurso do Sr. João Silva\nLisboa, 05.03.2021\n\nSenhoras e senhores,\n\n"
        + "Gostaria de agradecer a todos os presentes pela participação neste encontro. "
        + "O combate ao crime organizado exige cooperação entre as nossas instituições."
    ),
    (
      "de",
      "Rede von Dr. Anna Schmidt\nBerlin, 05.03.2021\n\nSehr geehrte Damen und Herren,\n\n"
        + "Wir müssen die Zusammenarbeit zwischen den Polizeibehörden weiter stärken. "
        + "Ich danke Ihnen allen für Ihre Aufmerksamkeit und Ihre Unterstützung."
    ),
    (
      "ru",
      "Москва, 30.10.2019\n\nДамы и господа!\n\n"
        + "Позвольте мне поблагодарить организаторов за тёплый приём. В 2019 г. мы достигли "
        + "значительных результатов, т. е. выполнили все задачи. Преступность не знает границ."
    ),
    (
      "ar",
      "القاهرة، 30.10.2019\n\nالسيدات والسادة،\n\n"
        + "يسعدني أن أرحب بكم في هذا الاجتماع الهام. يجب علينا تعزيز التعاون بين أجهزة الشرطة "
        + "في بلداننا؟ لقد حققنا هذا العام نتائج مهمة في مكافحة الإرهاب."
    ),
    (
      "zh",
      "纽约，23.09.2010\n\n女士们，先生们：\n\n"
        + "欢迎各位来到纽约。我们必须加强各国执法机构之间的合作！今年我们在打击恐怖主义方面取得了重要成果。"
    ),
  ]

  @Test(arguments: addresses)
  func addressIsSpokenInItsLanguageWithItsIntro(language: String, text: String) {
    let plan = Planner(annotator: Self.annotator).plan(Document(name: language, text: text))
    #expect(plan.language == language)
    #expect(plan.detection?.reliable == true)
    let library = Self.annotator.library
    let speaker = library.profile(forLanguage: language, role: .speaker)?.name
    let narrator = library.profile(forLanguage: language, role: .narrator)?.name
    #expect(narrator != speaker)
    for part in plan.parts {
      for span in part.utterances.flatMap(\.spans) {
        #expect(span.lang == language, "\(language): \(span.text)")
        #expect(span.voice == (part.kind == .intro ? narrator : speaker), "\(span.text)")
      }
    }
    // The intro states the date in the language's words, written out by ICU.
    let intro = plan.part(id: "intro")?.utterances.map(\.text).joined(separator: " ") ?? ""
    #expect(!intro.isEmpty, "\(language): no intro")
    #expect(!intro.contains("October") && !intro.contains("March"), "\(language): \(intro)")
    #expect(plan.part(id: "opening") != nil, "\(language): salutation not in the opening")
  }

  /// A whole sentence in another language inside an English address switches voice; each
  /// language's sentence is spoken by its own profile.
  @Test(arguments: [
    ("fr", "Nous devons renforcer la coopération entre les services de police de nos pays."),
    ("es", "Quiero expresar mi más sincero agradecimiento a todos los presentes por su apoyo."),
    ("de", "Wir danken Ihnen herzlich für die Einladung und die großartige Gastfreundschaft."),
    ("pt", "Gostaria de agradecer a todos os presentes pela participação neste encontro."),
    ("id", "Terima kasih atas perhatian Anda semua pada pagi hari ini."),
    ("zh", "我们期待在未来几年进一步加强合作。"),
  ])
  func foreignSentenceInEnglishSwitches(language: String, sentence: String) {
    let spans = Self.annotator.spans(for: sentence, documentLanguage: "en", role: .speaker)
    #expect(spans.map(\.lang) == [language], "\(sentence)")
    #expect(spans.first?.voice == Self.annotator.library.profile(forLanguage: language)?.name)
  }

  /// An English word in a French sentence stays French.
  @Test func englishWordInAFrenchSentenceStaysFrench() {
    let sentence = "Nous avons lancé un nouveau programme de leadership pour les jeunes policiers."
    let spans = Self.annotator.spans(for: sentence, documentLanguage: "fr", role: .speaker)
    #expect(spans.map(\.lang) == ["fr"])
  }

  /// A quotation in another language is read in it; the sentence around it is not.
  @Test func foreignQuotationIsReadInItsLanguage() {
    let spans = Self.annotator.spans(
      for: "As Verlaine wrote: « Il pleure dans mon cœur comme il pleut sur la ville. »",
      documentLanguage: "en", role: .speaker)
    #expect(spans.map(\.lang) == ["en", "fr"])
    #expect(spans.last?.text.hasPrefix("«") == true)
  }

  /// Names are not a language: English sentences made of names drawn from many languages
  /// (none of them in any word list of the project) never switch.
  @Test(arguments: 0..<4)
  func sentencesFullOfForeignNamesStayEnglish(seed: Int) {
    let given = [
      "Gonzalo", "Bartłomiej", "Siobhán", "Joaquín", "François-Xavier", "Hüseyin", "Nguyễn",
      "Dmitri", "Oluwaseun", "Kristjan", "Ximena", "Żaneta", "Rafaël", "Ingrid", "Björn",
    ]
    let family = [
      "Fernández de Córdoba", "Wiśniewski", "Ní Bhriain", "de la Fuente", "Lefèvre-Dubois",
      "Yılmaz", "Thị Hương", "Vasilievich Orlov", "Adeyemi", "Tamm", "Gutiérrez", "Müller",
      "van der Berg", "Løkke", "Ó Súilleabháin",
    ]
    let frames = [
      "I thank %@ and %@ for their work in %@.", "We welcome %@, %@ and %@ to the meeting.",
      "Special thanks go to %@ of %@ and to %@.", "%@ met %@ and %@ last week.",
    ]
    var generator = SeededRandom(state: UInt64(seed + 1))
    for _ in 0..<25 {
      let names = (0..<3).map { _ in
        "\(given.randomElement(using: &generator) ?? "") \(family.randomElement(using: &generator) ?? "")"
      }
      let frame = frames.randomElement(using: &generator) ?? frames[0]
      var sentence = frame
      for name in names {
        if let range = sentence.range(of: "%@") { sentence.replaceSubrange(range, with: name) }
      }
      let spans = Self.annotator.spans(for: sentence, documentLanguage: "en", role: .speaker)
      #expect(spans.allSatisfy { $0.lang == "en" }, "false switch: \(sentence)")
    }
  }

  /// Spellings the lexicons do not list still match their phrase.
  @Test(arguments: [
    ("Salaam Alaykoum", "ar"), ("Assalamou Aleikoum", "ar"), ("as-salaamu alaikoum", "ar"),
    ("Salam Aleykum", "ar"), ("ahsante sana", "sw"), ("asanteni sanaa", "sw"),
    ("shoukran jaziilan", "ar"), ("Sabah el-kheir", "ar"),
    ("Assalamo Alaykom wa Rahmatoullahi wa Barakatouh", "ar"),
    ("Wasalaamu aleikum warahmatullaahi wabarakaatuh", "ar"), ("Alsalaam Aleykoum", "ar"),
    ("Amesegenalew", "am"), ("Endet Ameshachehu", "am"),
  ])
  func unlistedTransliterationsMatch(phrase: String, language: String) {
    let spans = Self.annotator.spans(
      for: "Ladies and gentlemen, \(phrase), and welcome.", documentLanguage: "en",
      role: .speaker)
    let foreign = spans.filter { $0.lang != "en" }
    #expect(foreign.map(\.lang) == [language], "\(phrase): \(spans.map(\.text))")
  }

  /// The tolerance is for phrases: short names that look like a short listed word do not
  /// match (`Alan` is not `ahlan`), and ordinary English does not turn into a phrase.
  @Test func toleranceLeavesNamesAndEnglishAlone() {
    for sentence in [
      "We thank Alan and Salim for the session.", "The karaoke of Sana was fun.",
      "Our shared goal remains security for all.",
    ] {
      let spans = Self.annotator.spans(for: sentence, documentLanguage: "en", role: .speaker)
      #expect(spans.allSatisfy { $0.lang == "en" }, "\(sentence): \(spans.map(\.lang))")
    }
  }

  /// `check` names a language no profile speaks.
  @Test func checkNamesALanguageNoProfileSpeaks() {
    let report = CheckReport(
      utterances: [("1.1", "Our colleague said ආයුබෝවන් සැමට ඔබට ස්තූතියි to the room.")],
      documentLanguage: "en", annotator: Self.annotator)
    #expect(report.lines.contains { $0.contains("Sinhala") }, "\(report.lines)")
  }

  /// Mandarin: Han characters outside Japanese text go to the Mandarin profile.
  @Test func hanTextIsMandarin() {
    let spans = Self.annotator.spans(
      for: "The banner read 新春快乐 in red.", documentLanguage: "en", role: .speaker)
    let han = spans.first { $0.text.contains("新") }
    #expect(han?.lang == "zh")
    #expect(Self.annotator.library.profile(named: han?.voice ?? "")?.voice == "sit/cmn-Latn-pinyin")
  }
}
