import Testing

@testable import LecternText

/// Two shapes of a headline's person, with names no language file lists (Varnholt, Brennack,
/// Quelvoria): a year run into the office that ends a headline dates the address and is no
/// part of the person, so a named speaker below replaces the office; initials and a surname
/// right after the title are the speaker, whatever follows them. And the negatives: a year
/// after a name stays in it, an honorific's abbreviation is no initial.
@Suite struct HeaderYearAndInitialsTests {
  private let russian =
    "Мне очень приятно видеть в этом зале знакомые лица и поздравить всех гостей с праздником. "
    + "Мы работаем вместе уже много лет."

  private func plan(_ lines: [String]) -> RenderPlan {
    LanguageTestSupport.planPage(lines)
  }

  /// "Les vœux du maire 2017" over "DISCOURS DE ALDO VARNHOLT, …": the year is the date, the
  /// office no person, and the named speaker below is the speaker.
  @Test func aYearAfterAnOfficeDatesTheHeadline() {
    let plan = plan([
      "Les voeux du maire 2017", "",
      "DISCOURS DE ALDO VARNHOLT, 1er ADJOINT AU MAIRE DE BRENNACK", "",
      "Mesdames, messieurs,", "", InventedSpeech.french,
    ])
    #expect(plan.metadata.date == "2017", "\(plan.metadata)")
    #expect(plan.metadata.speaker?.contains("VARNHOLT") == true, "\(plan.metadata)")
    #expect(plan.metadata.speaker?.contains("2017") != true, "\(plan.metadata)")
  }

  /// A year after a name is no year of an office: it stays where it is.
  @Test func aYearAfterOtherWordsStays() {
    let vocabulary = StructureVocabulary(LanguageTestSupport.knowledge)
    let parser = HeaderParser(vocabulary: vocabulary, rules: FurnitureRules(vocabulary: vocabulary))
    let field = HeaderField(kind: .speaker, text: "Quelvoria 2030")
    #expect(parser.splitTrailingYear(field) == [field])
  }

  /// A banner that prints an occasion's name run into its year, then its place ("Brennack4Trade
  /// 2031 – Dorvel Quelvoria"), places the address: the name and year make an occasion.
  @Test func aNameRunIntoAYearIsAnOccasionBesideItsPlace() {
    let plan = plan([
      "Brennack4Trade 2031 – Dorvel Quelvoria", "", "Keynote Speech", "",
      "A Speech Presented by the Minister of State on the occasion of the opening of the Fair.",
      "", "Distinguished Delegates", "", "Ladies and Gentlemen", "", InventedSpeech.english,
    ])
    #expect(plan.metadata.place == "Dorvel Quelvoria", "\(plan.metadata)")
  }

  /// "Поздравление А.Б.Варнхольта …": the initials and surname after the title are the
  /// speaker, all of them, though acronyms and an occasion follow.
  @Test(arguments: [
    "Поздравление А.Б.Варнхольта СПб КТП с 40-летием",
    "Поздравление А. Б. Варнхольта с 40-летием",
    "Выступление А.Б.Варнхольта на форуме",
  ])
  func initialsAfterTheTitleAreTheSpeaker(headline: String) {
    let plan = plan([headline, "", "Уважаемые коллеги!", "", russian])
    #expect(plan.metadata.speaker?.hasPrefix("А.") == true, "\(plan.metadata)")
    #expect(plan.metadata.speaker?.contains("Варнхольта") == true, "\(plan.metadata)")
  }

  /// "Discours de M. Aldo VARNHOLT …": "M." is an honorific, and the whole name is the speaker.
  @Test func anHonorificIsNoInitial() {
    let plan = plan([
      "Discours de M. Aldo VARNHOLT Ministre de la Culture", "", "Mesdames, messieurs,", "",
      InventedSpeech.french,
    ])
    #expect(plan.metadata.speaker?.contains("VARNHOLT") == true, "\(plan.metadata)")
  }
}
