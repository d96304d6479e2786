import Testing

@testable import LecternText

/// A page's heading or photo caption above an address whose line break the copy lost, its last word glued to
/// the salutation ("… of the Quelvoria TrustHonoured Guests, dear friends."), with names no
/// language file lists (Varnholt, Dorvel, Quelvoria): the salutation is cut off the caption
/// and spoken as the address's first words. Prose with a brand in two capitals stays whole.
@Suite struct GluedOpeningTests {
  private let caption =
    "Imra Varnholt, Quelvoria Trust Keeper; Mayor Odo Dorvel; Pell Asquine, Harbour Office "
    + "of Quelvoria; Tamsin Orle, Warden - Mills and Weirs - Quelvoria Trust"

  private let body = [
    "",
    "I thank you all for coming down to the weirs this morning, and I thank the Trust for "
      + "the chance to speak to you today.",
    "",
    "The mills of the valley will turn again by the spring, and every one of you helped.",
  ]

  /// The salutation glued to the caption opens the address, in one utterance, whatever it
  /// says; the caption is not part of the address.
  @Test(arguments: [
    "Madame Chairperson, fellow Wardens, Ladies and Gentlemen.",
    "Dear friends of the weirs, honoured guests.",
  ])
  func aSalutationGluedToACaptionIsSpoken(salutation: String) {
    let plan = LanguageTestSupport.planPage(
      ["Mayor Odo Dorvel – State of the Valley – Spring Address", "", caption + salutation]
        + body)
    let spoken = plan.parts.filter { $0.kind != .intro }.flatMap(\.utterances).map(\.text)
    #expect(spoken.first == salutation, "\(spoken)")
    #expect(!spoken.contains { $0.contains("Pell Asquine") }, "\(spoken)")
  }

  /// The cut falls at the seam before the salutation; a glued brand in prose is no cut, nor
  /// a seam whose rest is no form of address.
  @Test func onlyAGluedFormOfAddressIsCut() {
    let salutation = Salutation(Array(LanguageTestSupport.knowledge.byLanguage.values))
    let cut = PageLayout.gluedSalutationCut(caption + "Dear friends, honoured guests,", salutation)
    #expect(cut?.above == caption)
    #expect(cut?.salutation == "Dear friends, honoured guests,")
    for prose in [
      "We met the team of the Quelvoria TrustWeb in the spring, and we built the weirs.",
      "Our mills are run by the DorvelWorks team, and their wheels turn all year.",
    ] {
      #expect(PageLayout.gluedSalutationCut(prose, salutation) == nil, "\(prose)")
    }
  }

  /// A heading glued to the address's first sentence ("Tidewater Charter CeremonyAs I look
  /// …") is cut off it: the heading is the header's, the sentence is spoken whole.
  @Test func aHeadingGluedToTheFirstSentenceIsCutOff() {
    let heading = "Tidewater Charter Ceremony"
    let sentence =
      "As I look at the river towns of Velmar this morning, I see the weirs we built together."
    let plan = LanguageTestSupport.planPage(
      ["Velmar Valley Days, 3 June 2021", "", heading + sentence] + body)
    let spoken = plan.parts.filter { $0.kind != .intro }.flatMap(\.utterances).map(\.text)
    #expect(spoken.first == sentence, "\(spoken)")
    #expect(!spoken.joined().contains(heading), "\(spoken)")
  }

  /// Only a few words without a mark, glued to a sentence that opens with a function word,
  /// are a heading: a brand in two capitals in prose is no seam to cut at.
  @Test func onlyAHeadingGluedToASentenceIsCut() {
    let vocabulary = StructureVocabulary(LanguageTestSupport.knowledge)
    let cut = PageLayout.gluedHeadingCut(
      "Tidewater Charter CeremonyWe opened the weirs of Dorvel to the river towns today.",
      vocabulary)
    #expect(cut?.heading == "Tidewater Charter Ceremony")
    let french = PageLayout.gluedHeadingCut(
      "Fête du moulin de QuelvoriaNous sommes réunis ce matin au bord des écluses de Dorvel.",
      vocabulary)
    #expect(french?.heading == "Fête du moulin de Quelvoria")
    #expect(french?.sentence.hasPrefix("Nous sommes") == true)
    for prose in [
      "Our new PowerPoint deck shows how we built the weirs of Dorvel and the mills of the valley.",
      "The DorvelWorks team runs the mills of the valley, and their wheels turn all year.",
      "Tidewater Charter CeremonyAs planned",
    ] {
      #expect(PageLayout.gluedHeadingCut(prose, vocabulary) == nil, "\(prose)")
    }
  }
}
