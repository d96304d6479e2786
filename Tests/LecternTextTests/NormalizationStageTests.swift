import Testing

@testable import LecternText

/// The normalizer inside the annotator: after language identification, before the lexicons.
@Suite("Normalization stage in the annotator")
struct NormalizationStageTests {
  let annotator = LanguageTestSupport.annotator

  func spoken(_ text: String, language: String = "en") -> [Span] {
    annotator.spans(for: text, documentLanguage: language, role: .speaker)
  }

  @Test func eachSpanIsNormalizedInItsOwnLanguage() {
    let spans = spoken("We met [ru: в 2019 году] on 09 May 2021.")
    #expect(spans.map(\.lang) == ["en", "ru", "en"])
    #expect(spans[1].spoken == "в две тысячи девятнадцатом году")
    #expect(spans[2].spoken == "on 9 May 2021.")
  }

  @Test func sayAsMarkupIsReadInTheLanguageAroundIt() {
    let spans = spoken("Встреча [say-as date: 30/10/2019] в Москве.", language: "ru")
    #expect(spans.count == 1)
    #expect(
      spans.first?.spoken == "Встреча тридцатое октября две тысячи девятнадцатого года в Москве.")
    let english = spoken("Call [say-as digits: 112] now.")
    #expect(english.first?.spoken == "Call 1 1 2 now.")
  }

  /// Russian writes Roman numerals in Latin capitals: they stay in the Russian sentence and
  /// agree with the word after them; Latin abbreviations and words stay English.
  @Test func romanNumeralsInARussianSentenceAreRussian() {
    let spans = spoken("Мы открываем IV Московский форум и XXI века задачи.", language: "ru")
    #expect(spans.map(\.lang) == ["ru"])
    #expect(
      spans.first?.spoken
        == "Мы открываем четвертый Московский форум и двадцать первого века задачи.")
    let latin = spoken("Мы купили CD и DVD, а также MIX.", language: "ru")
    #expect(latin.map(\.lang) == ["ru", "en", "ru", "en", "ru", "en"])
  }

  @Test func pronunciationLexiconEntriesStillWin() throws {
    let lexicon = Lexicon(
      file: "test.pls", language: "en", kind: .pronunciation,
      entries: [
        Lexicon.Entry(graphemes: ["XIV"], spoken: "fourteen-X"),
        Lexicon.Entry(graphemes: ["Ms"], spoken: "Mizz"),
      ])
    let annotator = LanguageAnnotator(
      library: self.annotator.library, lexicons: [lexicon], languages: self.annotator.languages)
    let said = annotator.spans(for: "Article XIV, Ms Smith", documentLanguage: "en", role: .speaker)
    #expect(said.first?.spoken == "Article fourteen-X, Mizz Smith")
  }

  @Test func acronymsInCompoundsGoThroughTheLexiconPartByPart() {
    // CSTO is in the English lexicon (spelled C-S-T-O); EU is not, so the default spells it.
    #expect(spoken("The EU-CSTO dialogue").first?.spoken == "The E-U C-S-T-O dialogue")
    // A whole compound in the lexicon wins over its parts.
    #expect(spoken("The ATC-CIS met").first?.spoken.contains("ATC-CIS") == false)
  }

  @Test func shortNamesInCapitalHeadingsAreReadAsWords() {
    #expect(spoken("BAN KI-MOON").first?.spoken == "Ban Ki Moon")
    #expect(spoken("H.E. MR WU").first?.spoken == "His Excellency Mr Wu")
    // In a sentence, a short capital word is still spelled.
    #expect(spoken("The UN met").first?.spoken == "The U-N met")
  }

  /// A heading in capitals that a PDF copy ran into the first sentence of a paragraph is read
  /// as a heading: its short words are words. Acronyms side by side, with no long word among
  /// them, are still spelled.
  @Test func aHeadingRunIntoASentenceIsReadAsWords() {
    let said = spoken("TIDES AND MOORINGS Madam Chair, the quays of Dorvel are mended.")
    #expect(said.first?.spoken == "Tides And Moorings Madam Chair, the quays of Dorvel are mended.")
    let run = spoken("QUAYSIDE IN WINTER Although the fleet of Dorvel is small, it sails.")
    #expect(run.first?.spoken.hasPrefix("Quayside In Winter Although") == true)
    let acronyms = spoken("The DVQ, QLB AND FRT boards of Dorvel met in the harbour today.")
    #expect(acronyms.first?.spoken.contains("D-V-Q, Q-L-B") == true)
  }

  @Test func aShortWordInCapitalsForEmphasisIsReadAsAWord() {
    let said = spoken("Dorvel made a NEW start and did NOT stop, with the QLB.")
    #expect(
      said.first?.spoken == "Dorvel made a new start and did not stop, with the Q-L-B.")
  }

  @Test(arguments: [
    ("en", "Remarks by H.E. Mr Smith and Hon. Jones, Jr. of St. Kitts."),
    ("en", "Dr. King Jr. spoke at No. 5 today."),
    ("en", "See Art. 5 and para. 3, e.g. here, i.e. now."),
    ("fr", "M. Dupont et Mme Durand parlent."),
    ("es", "El Sr. García y la Sra. López hablan."),
    ("de", "Dr. Müller und Prof. Weber sprechen z. B. heute."),
    ("ru", "Мы здесь, т. е. в Москве, в 2019 г. и в 2020 г. тоже."),
  ])
  func abbreviationsDoNotEndSentences(language: String, text: String) {
    // The abbreviations normalization expands are in the segmentation lists too.
    let conventions = LanguageConventions(language: language, knowledge: annotator.languages)
    #expect(Segmenter(conventions: conventions).utterances(in: text).count == 1)
  }

  @Test func anUnknownRuleSetIsAConfigurationError() {
    let data = LanguageData(
      language: "en", file: "voices/en.language",
      entries: ["say-ordinals": [.init(text: "th", value: "%spellout-ordinal-nonesuch", line: 7)]])
    #expect(throws: ConfigurationError.self) {
      try Normalizer.validate(LanguageKnowledge([data]))
    }
    do {
      try Normalizer.validate(LanguageKnowledge([data]))
    } catch {
      #expect(
        error.description.hasPrefix(
          "voices/en.language:7: ICU has no rule set %spellout-ordinal-nonesuch"))
    }
  }

  @Test func theRepositoryFilesNameOnlyRuleSetsICUHas() throws {
    try Normalizer.validate(annotator.languages)
  }
}

/// Over random texts: normalization never drops a digit or a letter without words in its
/// place, never overlaps or reorders, and leaves everything between its rewrites as written.
@Suite("Normalization properties")
struct NormalizationPropertyTests {
  static let fragments: [String] = [
    "$25 million", "€5", "£3.2bn", "USD 10", "5 000 €", "1,200", "1.200,5", "3,5", "09 May 2021",
    "14 Feb 2019", "2019-10-30", "30.10.2019", "October 30, 2019", "10:30 a.m.", "15h30", "15:00",
    "Article XIV", "Pope John Paul II", "Elizabeth II", "I", "XXI", "Ms", "Dr.", "H.E", "Jr.",
    "No.", "5", "e.g.", "i.e.", "Europe`s", "l´Europe", "&", "%", "50%", "and/or", "2014–2018",
    "2014-2018", "1/2", "½", "21st", "12e", "91.ª", "91a", "3-й", "в 2019 году",
    "30 октября 2019 г.",
    "т. е.", "млн", "٥٠٪", "١٢٠٠", "مليون", "[say-as date: 03/04/2019]", "[say-as cardinal: x]",
    "[say-as", "]", "[", ".", ",", "-", "–", ":", "/", " ", " ", "\u{A0}", "word", "Word", "WORD",
    "Москва", "الأمن", "0", "00", "999999999999999999999999", "1.2.3", "a.m.", "Oct.", "Mio.",
  ]

  @Test(arguments: ["en", "fr", "es", "de", "ru", "ar", "xx"])
  func rewritesAlwaysSaySomething(language: String) {
    let normalizer = LanguageTestSupport.annotator.normalizer
    var random = SeededRandom(
      state: UInt64(language.unicodeScalars.reduce(7) { $0 &* 31 &+ UInt64($1.value) }))
    for round in 0..<300 {
      let count = Int.random(in: 1...12, using: &random)
      let text = (0..<count).map { _ in Self.fragments.randomElement(using: &random) ?? "" }
        .joined(separator: Bool.random(using: &random) ? " " : "")
      let characters = Array(text)
      let found = normalizer.replacements(in: characters, language: language)
      var cursor = 0
      for replacement in found {
        #expect(
          replacement.start >= cursor && replacement.end > replacement.start, "\(round): \(text)")
        #expect(replacement.end <= characters.count)
        let source = characters[replacement.start..<min(replacement.end, characters.count)]
        if source.contains(where: { $0.isLetter || $0.isNumber }) {
          #expect(
            replacement.spoken.contains(where: { $0.isLetter || $0.isNumber }),
            "\(language) \(round): \(String(source)) → \(replacement.spoken)")
        }
        cursor = replacement.end
      }
      // Between rewrites the text is as written.
      var rebuilt = ""
      var at = 0
      for replacement in found {
        rebuilt += String(characters[at..<replacement.start]) + replacement.spoken
        at = replacement.end
      }
      rebuilt += String(characters[at...])
      #expect(normalizer.normalize(text, language: language) == rebuilt)
    }
  }
}
