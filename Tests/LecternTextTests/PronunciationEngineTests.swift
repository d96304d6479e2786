import LecternText
import Testing

/// Checks what the lexicons make the engine say, with the `espeak-ng` reference program:
/// `-x` prints eSpeak NG's phonemes, with `(en)`-style markers wherever it switched language
/// because the voice could not read the text.
@Suite("Lexicon speech with the eSpeak NG program")
struct PronunciationEngineTests {
  let library = LanguageTestSupport.annotator.library

  @Test func everyAliasIsReadByItsVoiceWithoutLanguageSwitch() {
    var checked = 0
    for lexicon in LanguageTestSupport.lexicons {
      guard let voice = library.profile(forLanguage: lexicon.language)?.voice else {
        // Phrases of a language eSpeak NG cannot speak are only named by `check`.
        #expect(!LanguageTestSupport.espeakSpeaks(lexicon.language), "\(lexicon.file)")
        continue
      }
      // One clause per alias, one program run per lexicon.
      let texts = lexicon.entries.map(\.spoken)
      let output = LanguageTestSupport.espeak(
        ["-q", "-x", "-v", voice, texts.joined(separator: ".\n")])
      #expect(!output.isEmpty, "\(lexicon.file)")
      if output.contains("(") {
        for text in texts {
          let single = LanguageTestSupport.espeak(["-q", "-x", "-v", voice, text])
          #expect(!single.contains("("), "\(lexicon.file): \(text) → \(single)")
        }
      }
      checked += texts.count
    }
    #expect(checked > 200)
  }

  @Test func theSeedsRussianPhraseNeedsItsAlias() {
    // The ru voice reads Latin letters with English rules: the reason for the alias.
    let latin = LanguageTestSupport.espeak(["-q", "-x", "-v", "zle/ru", "Bolshoye Spasibo"])
    #expect(latin.contains("(en)"))
    let alias = LanguageTestSupport.espeak(["-q", "-x", "-v", "zle/ru", "Большое спасибо"])
    #expect(alias.trimmingWhitespace() == "bVlS'ojI spas;'ibV")
  }

  @Test func spelledAcronymsAreReadAsLetters() {
    let output = LanguageTestSupport.espeak(["-q", "-x", "-v", "gmw/en", "A-T-C C-I-S"])
    #expect(output.trimmingWhitespace() == "'eIt'i:s'i: s'i:;aI'Es")
    // Without hyphens, a lone A is the article.
    let spaced = LanguageTestSupport.espeak(["-q", "-x", "-v", "gmw/en", "A T C"])
    #expect(spaced.hasPrefix("a#"))
  }
}

extension String {
  /// Without leading and trailing whitespace and newlines.
  fileprivate func trimmingWhitespace() -> String {
    String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
  }
}
