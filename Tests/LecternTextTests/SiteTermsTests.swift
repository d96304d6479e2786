import Testing

@testable import LecternText

/// A site's terms for its readers' comments, printed as sentences under the address, are not
/// spoken; a speaker's own closing words on comments stay spoken. Names and words are invented.
@Suite struct SiteTermsTests {
  private static let english = [
    "Address by the Mayor of Brennack",
    "",
    "Friends,",
    "",
    "The river towns of Velmar have rebuilt their docks after the floods of last spring. "
      + "We are grateful to every family who worked on the banks through the winter.",
    "",
  ]

  @Test func englishTermsAreNotSpoken() {
    let terms = [
      "User comments posted on the Dorvel Courier are the views of their writers alone.",
      "",
      "The Dorvel Courier may edit or remove any comments without notice.",
    ]
    let plan = LanguageTestSupport.planPage(Self.english + terms)
    let spoken = plan.parts.flatMap(\.utterances).map(\.text)
    #expect(!spoken.contains { $0.contains("Dorvel Courier") })
    #expect(spoken.contains { $0.contains("grateful to every family") })
    #expect(plan.dropped.contains { $0.reason == DocumentZones.siteTermsReason })
  }

  @Test func frenchTermsAreNotSpoken() {
    let page = [
      "Discours du maire de Brennack",
      "",
      "Chers amis,",
      "",
      "Les villes du fleuve de Velmar ont reconstruit leurs quais après les crues du printemps. "
        + "Nous remercions toutes les familles qui ont travaillé sur les berges cet hiver.",
      "",
      "Les commentaires publiés sur le Courrier de Dorvel n'engagent que leurs auteurs.",
      "",
      "Le Courrier de Dorvel peut supprimer tout commentaire sans préavis.",
    ]
    let spoken = LanguageTestSupport.spokenPage(page)
    #expect(!spoken.contains { $0.contains("Courrier de Dorvel") })
  }

  /// The speaker's own words on comments (in the first person) end the address: spoken.
  @Test func speakersWordsOnCommentsAreSpoken() {
    let closing = [
      "I have read all your comments on the new docks of Varnholt.",
      "",
      "We will answer your comments at the next meeting of the council.",
    ]
    let spoken = LanguageTestSupport.spokenPage(Self.english + closing)
    #expect(spoken.contains { $0.contains("all your comments") })
    #expect(spoken.contains { $0.contains("answer your comments") })
  }
}
