import Testing

@testable import LecternText

/// A site's stored date stamp before a headline ("date 2031-04 Message du …"), a date label
/// without a colon and a year and month in digits, with names no language file lists
/// (Quorvelle, OQT, Odra Tamrin, velmarnews): the stamp is the page's filing, not a word of the title,
/// and the intro does not read it. A posting label written without its colon before a
/// numeric date ("Publié le 14/07/2031") dates the page as "Publié le : 14/07/2031" does,
/// ahead of a "last modified" stamp at the foot of the page.
@Suite struct PageStampHeaderTests {
  @Test func aNumericDateStampBeforeAHeadlineIsNotSpoken() {
    let plan = LanguageTestSupport.planPage([
      "date 2031-04 Message du Secrétaire Général de l’OQT à l’occasion de la Journée de "
        + "Quorvelle - 24 octobre 2031 - velmarnews.com", "",
      "Odra Tamrin, le nouveau secrétaire général de l’Organisation de Quorvelle (OQT)", "",
      "La Fédération de Quorvelle est née d’un espoir.", "",
      InventedSpeech.french,
    ])
    let intro = plan.parts.filter { $0.kind == .intro }.flatMap(\.utterances).map(\.text)
    #expect(!intro.contains { $0.contains("2031-04") }, "\(intro)")
    #expect(plan.metadata.title?.hasPrefix("date") != true, "\(plan.metadata)")
  }

  @Test func aStampIsAYearAndMonthInDigits() {
    #expect(HeaderParser.isNumericStamp("2031-04"))
    #expect(HeaderParser.isNumericStamp("2031-04-12"))
    #expect(!HeaderParser.isNumericStamp("2031"))
    #expect(!HeaderParser.isNumericStamp("12-04-2031"))
  }

  @Test(arguments: ["Publié le 14/07/2031", "Publié le : 14/07/2031"])
  func aPostingLabelWithoutItsColonDatesThePage(stamp: String) {
    let plan = LanguageTestSupport.planPage([
      "Accueil > Actualités > Discours", "",
      "Discours de la Consule Odra Tamrin à l’occasion de la fête de Quorvelle", "",
      stamp, "",
      "Mesdames et Messieurs,", "",
      InventedSpeech.french, "",
      "Vive l’amitié entre nos deux pays !", "",
      "Imprimer", "",
      "Dernière modification : 15/07/2031",
    ])
    #expect(plan.metadata.date == "14/07/2031", "\(plan.metadata)")
  }
}
