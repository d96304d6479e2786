import LecternText
import Testing

/// Every case heard through eSpeak NG (`espeak-ng -x`, the phonemes `espeak_TextToPhonemes`
/// gives): the normalized text sounds like the words a person says, and a rewrite was needed.
@Suite("Normalization heard through eSpeak NG")
struct NormalizationEngineTests {
  static let tables: [[NormalizationCase]] = [
    EnglishNormalizationCases.all, FrenchNormalizationCases.all, SpanishNormalizationCases.all,
    GermanNormalizationCases.all, RussianNormalizationCases.all, ArabicNormalizationCases.all,
    ChineseNormalizationCases.all,
  ]

  /// eSpeak NG's phonemes of `text`, without stress marks, pauses, links and spaces: what two
  /// writings of the same words share (the engine joins "twenty-five" and stresses it once).
  /// Numbers the engine reads right stay digits in `says`, as the held-out check counts them.
  static func phonemes(_ text: String, language: String) -> String {
    let library = LanguageTestSupport.annotator.library
    let voice = library.profile(forLanguage: language)?.voice ?? language
    return stripped(LanguageTestSupport.espeak(["-q", "-x", "-v", voice, text]))
  }

  /// Phonemes without stress marks, pauses, links and spaces.
  ///
  /// eSpeak NG 1.51's Arabic number words end "عشر" with a phoneme that changes from run to
  /// run of the same text (`ASaR`, `ASCaR`, `ASQ^aR`, `AS` …, sometimes with "Invalid phoneme
  /// code" printed: a read of stale memory), so that syllable is compared without it.
  static func stripped(_ phonemes: String) -> String {
    String(phonemes.replacingOccurrences(of: "_:", with: "").filter { !" \n'_,!|-".contains($0) })
      .replacing(/Invalidphonemecode[0-9]+/, with: "")
      .replacing(/AaS.{0,6}$/, with: "AaS")
      .replacing(/AaS.{0,4}?aR/, with: "AaSaR")
  }

  @Test(arguments: tables.joined())
  func theEngineSaysWhatIsMeant(_ item: NormalizationCase) {
    let said = Self.phonemes(item.spoken, language: item.language)
    let meant = item.heard.map(Self.stripped) ?? Self.phonemes(item.says, language: item.language)
    #expect(!said.isEmpty)
    #expect(!said.contains("("), "the voice switched language: \(said)")
    #expect(said == meant, "spoken \(item.spoken) → \(said); says \(item.says) → \(meant)")
    let written = Self.phonemes(item.written, language: item.language)
    switch item.kind {
    case .fix(let reason):
      #expect(written != meant, "written form already read right (the case said: \(reason))")
    case .kept:
      #expect(item.spoken == item.written)
      #expect(written == meant)
    case .same:
      #expect(item.spoken != item.written)
    }
  }
}
