import LecternText
import Testing

/// The per-language case tables: each written form is normalized as the table says.
@Suite("Normalization of written forms, per language")
struct NormalizationTests {
  static let normalizer = LanguageTestSupport.annotator.normalizer

  static func check(_ item: NormalizationCase) {
    #expect(normalizer.normalize(item.written, language: item.language) == item.spoken)
  }

  @Test(arguments: EnglishNormalizationCases.all) func english(_ item: NormalizationCase) {
    Self.check(item)
  }

  @Test(arguments: FrenchNormalizationCases.all) func french(_ item: NormalizationCase) {
    Self.check(item)
  }

  @Test(arguments: SpanishNormalizationCases.all) func spanish(_ item: NormalizationCase) {
    Self.check(item)
  }

  @Test(arguments: GermanNormalizationCases.all) func german(_ item: NormalizationCase) {
    Self.check(item)
  }

  @Test(arguments: RussianNormalizationCases.all) func russian(_ item: NormalizationCase) {
    Self.check(item)
  }

  @Test(arguments: ArabicNormalizationCases.all) func arabic(_ item: NormalizationCase) {
    Self.check(item)
  }

  @Test func oneCapitalWithASuffixIsAWordUnlessItCanOnlyBeAnOrdinal() {
    // Articles, pronouns and nouns that a capital with an ordinal suffix spells.
    let words = [
      ("fr", "Le président parle. Ce matin, Me Dupont et Des délégués. Les Mer Noire."),
      ("es", "La Embajadora habló. Lo dijo. Las metas."),
      ("es", "Va a hablar."),
    ]
    for (language, text) in words {
      #expect(Self.normalizer.normalize(text, language: language) == text, "\(text)")
    }
    #expect(
      Self.normalizer.normalize("la Ve République, François Ier, le Xe siècle", language: "fr")
        == "la cinquième République, François premier, le dixième siècle")
  }

  /// Capitals of thousands with a suffix spell a word of address, not an ordinal no page
  /// writes so ("MMe Orvanne" is no two-thousandth); centuries and millennia are still read.
  @Test func capitalsOfThousandsWithASuffixAreNoOrdinal() {
    let said = Self.normalizer.normalize(
      "Je salue MMe Orvanne et MMes Quillet et Varnel.", language: "fr")
    #expect(!said.contains("mill"), "\(said)")
    #expect(
      Self.normalizer.normalize("le XXIe siècle, le IIIe millénaire, le CCe jour", language: "fr")
        == "le vingt-et-unième siècle, le troisième millénaire, le deux centième jour")
  }

  @Test(arguments: ChineseNormalizationCases.all) func chinese(_ item: NormalizationCase) {
    Self.check(item)
  }

  /// The languages issue 11 named; Chinese (added later) has its own, shorter table.
  @Test func everyLanguageHasThirtyCasesOrMore() {
    for table in NormalizationEngineTests.tables where table.first?.language != "zh" {
      #expect(table.count >= 30, "\(table.first?.language ?? "?")")
    }
  }

  /// Only a plain number is a year: not a piece of a phone number, a code or a date, not a
  /// grouped count; and in Chinese only before 年.
  @Test func yearsAreOnlyPlainNumbers() {
    for text in ["Call 555-1234.", "Room 12/1943.", "Code 1943-7.", "v3.1943", "1,943 votes"] {
      #expect(!Self.normalizer.normalize(text, language: "en").contains("nineteen"), "\(text)")
    }
    #expect(Self.normalizer.normalize("in 2019", language: "en") == "in 2019")
    #expect(
      Self.normalizer.normalize("It ended in 1943.", language: "en")
        == "It ended in nineteen forty-three.")
    #expect(Self.normalizer.normalize("1999年前", language: "zh") == "一九九九年前")
    #expect(Self.normalizer.normalize("1999人", language: "zh") == "一千九百九十九人")
  }

  @Test func lexiconEntriesAreKeptAsWritten() {
    let normalizer = Self.normalizer
    #expect(normalizer.normalize("Ms Smith", language: "en", keeping: { $0 == "Ms" }) == "Ms Smith")
    #expect(
      normalizer.normalize("Article XIV", language: "en", keeping: { $0 == "XIV" })
        == "Article XIV")
  }

  @Test func aLanguageWithoutDataIsOnlyTidied() {
    #expect(
      Self.normalizer.normalize("Europe`s $25 million", language: "xx") == "Europe’s $25 million")
  }

  @Test func unknownSayAsKindsReadTheTextNormalized() {
    #expect(Self.normalizer.normalize("[say-as shout: Ms Smith]", language: "en") == "Miz Smith")
    #expect(Self.normalizer.normalize("[say-as verbatim: Ms Smith]", language: "en") == "Ms Smith")
    #expect(Self.normalizer.normalize("[say-as characters: NATO]", language: "en") == "N-A-T-O")
  }
}
