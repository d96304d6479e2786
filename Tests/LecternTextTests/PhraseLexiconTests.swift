import Foundation
import LecternText
import Testing

@Suite("Phrase lexicons")
struct PhraseLexiconTests {
  let annotator = LanguageTestSupport.annotator
  let phraseLexicons = LanguageTestSupport.lexicons.filter { $0.kind == .phrases }

  /// Every phrase lexicon's language has a profile, unless eSpeak NG has no voice for it:
  /// then its phrases are only named by `check` (never given a voice of another language).
  @Test func everyLanguageOfTheTaskHasAPhraseLexiconAndAProfile() {
    let languages = Set(phraseLexicons.map(\.language))
    let expected: Set = [
      "ar", "zh", "en", "fr", "ru", "es", "de", "it", "pt", "tr", "ja", "ko", "hi", "id", "sw",
      "mi", "ms", "am",
    ]
    #expect(expected.isSubset(of: languages))
    for language in languages {
      if annotator.library.profile(forLanguage: language) == nil {
        #expect(!LanguageTestSupport.espeakSpeaks(language), "\(language) has a voice")
      }
    }
  }

  /// Every spelling of every lexeme, in running English text, in three casings: in its
  /// language's voice, or, for a language no profile speaks, named by `check`.
  @Test func everySpellingIsFoundInRunningEnglishText() {
    var checked = 0
    for lexicon in phraseLexicons where lexicon.language != "en" {
      let voice = annotator.library.profile(forLanguage: lexicon.language)?.name
      for entry in lexicon.entries {
        for grapheme in entry.graphemes {
          for form in [grapheme, grapheme.uppercased(), grapheme.capitalized] {
            let utterance = "Ladies and gentlemen, \(form), and welcome to the conference."
            let annotation = annotator.annotate(
              utterance, documentLanguage: "en", role: .speaker)
            let foreign = annotation.spans.filter { $0.lang != "en" }
            guard voice != nil else {
              #expect(foreign.isEmpty, "\(lexicon.file): \(form)")
              let named = LanguageAnnotation.Doubt.unvoicedPhrase(
                text: form, language: lexicon.language)
              #expect(annotation.doubts == [named], "\(lexicon.file): \(form)")
              continue
            }
            #expect(foreign.count == 1, "\(lexicon.file): \(form)")
            #expect(foreign.first?.lang == lexicon.language, "\(lexicon.file): \(form)")
            #expect(foreign.first?.voice == voice, "\(lexicon.file): \(form)")
            #expect(foreign.first?.text == form + ",", "\(lexicon.file): \(form)")
            let spoken = foreign.first?.spoken.lowercased()
            #expect(spoken == entry.spoken.lowercased() + ",", "\(lexicon.file): \(form)")
            checked += 1
          }
        }
      }
    }
    #expect(checked > 600)
  }

  /// In Latin-script lexicons, an alias only restores spelling: it is one of its graphemes
  /// once case, accents and spacing are folded, never a different phrase.
  @Test func latinAliasesRespellTheirOwnPhrase() {
    for lexicon in phraseLexicons
    where ["de", "en", "es", "fr", "id", "it", "pt", "sw", "tr", "mi", "ms"]
      .contains(lexicon.language)
    {
      for entry in lexicon.entries {
        let spans = annotator.spans(
          for: "[\(lexicon.language): \(entry.spoken)]", documentLanguage: "ja", role: .speaker)
        #expect(spans.map(\.spoken) == [entry.spoken], "\(lexicon.file): \(entry.spoken)")
        let key = { (text: String) in
          text.replacingOccurrences(of: "ß", with: "ss").replacingOccurrences(of: "ı", with: "i")
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .filter(\.isLetter)
        }
        for grapheme in entry.graphemes {
          let umlauts = grapheme.replacingOccurrences(of: "oe", with: "o")
            .replacingOccurrences(of: "ue", with: "u").replacingOccurrences(of: "ae", with: "a")
          #expect(
            key(grapheme) == key(entry.spoken) || key(umlauts) == key(entry.spoken),
            "\(lexicon.file): \(grapheme) is said \(entry.spoken)")
        }
        // English phrases switch only in documents of other languages.
        for grapheme in entry.graphemes where lexicon.language != "en" {
          let utterance = "Hello \(grapheme)"
          let spoken = annotator.spans(for: utterance, documentLanguage: "en", role: .speaker)
            .last?.spoken
          #expect(spoken == entry.spoken, "\(lexicon.file): \(grapheme)")
        }
      }
    }
  }

  @Test func accentsAreOptionalAndRestoredInSpeech() {
    let spans = annotator.spans(
      for: "Buenos dias and danke schoen, tesekkur ederim!", documentLanguage: "en",
      role: .speaker)
    #expect(spans.map(\.lang) == ["es", "en", "de", "tr"])
    #expect(spans.map(\.spoken) == ["buenos días", "and", "danke schön,", "teşekkür ederim!"])
  }

  @Test func englishPhrasesSwitchInOtherLanguagesOnly() {
    let french = annotator.spans(
      for: "Merci à tous, thank you very much, et à bientôt.", documentLanguage: "fr",
      role: .speaker)
    #expect(french.map(\.lang) == ["fr", "en", "fr"])
    #expect(french[1].text == "thank you very much,")
    let english = annotator.spans(
      for: "Thank you very much, and welcome.", documentLanguage: "en", role: .speaker)
    #expect(english.map(\.lang) == ["en"])
  }

  @Test func noSpellingBelongsToTwoLanguages() {
    var owner: [String: String] = [:]
    for lexicon in phraseLexicons {
      for grapheme in lexicon.entries.flatMap(\.graphemes) {
        let key = grapheme.lowercased().filter(\.isLetter)
        if let other = owner[key], other != lexicon.language {
          Issue.record("\(grapheme) is in \(other) and \(lexicon.language)")
        }
        owner[key] = lexicon.language
      }
    }
    #expect(owner.count > 300)
  }

  /// No word of the seed, and none of the usual false friends, switches the voice.
  @Test func englishWordsAndNamesStayInTheDocumentVoice() {
    var words = Set(
      LanguageTestSupport.seedLines.joined(separator: " ")
        .split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "’" }).map(String.init))
    words.subtract(["Bolshoye", "Spasibo"])
    let falseFriends = [
      "a", "no", "si", "die", "gift", "hallo", "ciao", "salve", "salute", "sole", "pain",
      "bitte", "sore", "sag", "ola", "mama", "boss", "tag", "kind", "also", "will", "chef",
      "sama", "men", "ni", "hao", "dia", "bom", "boa", "Santiago", "Chile",
      "Tashkent", "Dushanbe", "Moscow", "Jürgen", "Stock", "Karim", "Asif", "Shanghai",
      "Namibia", "Kenya", "Jakarta", "Ankara", "Salaam", "privet", "hedge of privet",
    ]
    #expect(words.count > 250)
    for word in words.sorted() + falseFriends {
      let spans = annotator.spans(
        for: "We discussed \(word) today.", documentLanguage: "en", role: .speaker)
      #expect(spans.map(\.lang) == ["en"], "\(word)")
    }
    for line in LanguageTestSupport.seedLines where !line.contains("Bolshoye") {
      let spans = annotator.spans(for: line, documentLanguage: "en", role: .speaker)
      #expect(spans.allSatisfy { $0.lang == "en" }, "\(line)")
    }
  }

  @Test func phrasesMustNotBeBrokenByPunctuation() {
    // "Spasibo. Bolshoye" is two sentences: only "Spasibo" is a phrase.
    let spans = annotator.spans(
      for: "We said Spasibo. Bolshoye thanks again.", documentLanguage: "en", role: .speaker)
    #expect(spans.map(\.lang) == ["en", "ru", "en"])
    #expect(spans[1].text == "Spasibo.")
    #expect(spans[1].spoken == "Спасибо.")
  }

  /// A consul's salutation to the compatriots in the audience closes an English salutation
  /// line, or opens a French paragraph of a bilingual address: French, as said.
  @Test(arguments: [
    ("Dear friends of Dorvel, Chers Compatriotes,", "Chers Compatriotes,"),
    ("Mes chers compatriotes, welcome to the quays of Quelvoria.", "Mes chers compatriotes,"),
    ("Dear guests, Queridos compatriotas, welcome to Dorvel.", "Queridos compatriotas,"),
  ])
  func aSalutationToCompatriotsIsSpokenInItsLanguage(line: String, phrase: String) {
    let spans = annotator.spans(for: line, documentLanguage: "en", role: .speaker)
    #expect(spans.contains { $0.lang != "en" && $0.text.contains(phrase) }, "\(spans)")
  }
}
