import Testing

@testable import LecternText

/// Who wrote a page's address and where its publisher's words end, with invented names and
/// places:
/// - a byline right above a letter's salutation names the letter's writer; above a lead it
///   names a reporter, and no speaker;
/// - a possessive headline names its speaker when an occasion of three words stands between
///   the possessive and the title ("… Renn’s Eid al Fitr Greetings");
/// - a Chinese headline that names the medium the speaker speaks through ("通过…公众号")
///   names the speaker, not the medium;
/// - a publisher's lead that ends by announcing the message with a full stop ("… et nous
///   communique le message suivant.") is not spoken;
/// - a name with a middle initial alone under the title names the speaker;
/// - an exclamation beside the date is the address's greeting, not its place;
/// - a transliterated Arabic wish for pilgrims is said by the Arabic voice.
@Suite struct BylineAndAnnouncementTests {
  private static let letter = [
    "I am writing to you from Tarvel on a bright morning, as the children of the Velmar home "
      + "get ready for the harvest fair that they have planned for weeks.",
    "",
    "Thanks to your gifts, the new kitchen is finished and the older girls now cook for the "
      + "whole house. We could not have done it without you.",
  ]

  @Test func aBylineAboveALettersSalutationNamesItsWriter() {
    let plan = LanguageTestSupport.planPage(
      ["Written by Mirel Tanko", "", "To our dear friends and supporters,", ""] + Self.letter)
    #expect(plan.metadata.speaker == "Mirel Tanko", "\(plan.metadata)")
    #expect(!LanguageTestSupport.spoken(plan).contains { $0.contains("Written by") })
  }

  @Test func aBylineAboveAReportNamesNoSpeaker() {
    let plan = LanguageTestSupport.planPage(
      ["Written by Mirel Tanko", ""] + Self.letter + ["", "Warm wishes to all of you,"])
    #expect(plan.metadata.speaker == nil, "\(plan.metadata)")
  }

  @Test func aPossessiveNamesTheSpeakerThreeWordsBeforeTheTitle() {
    let plan = LanguageTestSupport.planPage(
      ["Consul General Tavo Renn’s Eid al Fitr Greetings", ""] + Self.letter)
    #expect(plan.metadata.speaker == "Consul General Tavo Renn", "\(plan.metadata)")
    #expect(plan.metadata.title == "Eid al Fitr Greetings", "\(plan.metadata)")
  }

  @Test func aNameWithAMiddleInitialUnderTheTitleNamesTheSpeaker() {
    let plan = LanguageTestSupport.planPage(
      ["Closing Remarks", "", "May 2, 2031, Commencement", "", "Orla M. Venn", ""] + Self.letter)
    #expect(plan.metadata.speaker == "Orla M. Venn", "\(plan.metadata)")
    #expect(!LanguageTestSupport.spoken(plan).contains("Orla M. Venn"))
  }

  @Test func anExclamationBesideTheDateIsAGreetingNotAPlace() {
    let plan = LanguageTestSupport.planPage(
      ["November 24, 2031", "", "Happy Thanksgiving!", ""] + Self.letter
        + ["", "Warm regards,", "", "Tavo Renn", "Chief of Police"])
    #expect(plan.metadata.place == nil, "\(plan.metadata)")
    #expect(LanguageTestSupport.spoken(plan).contains("Happy Thanksgiving!"))
  }

  @Test func aChineseHeadlineNamesTheSpeakerNotTheMediumSpokenThrough() {
    let plan = LanguageTestSupport.planPage([
      "林澜通过“星河”公众号向全体员工致以新春问候",
      "",
      "同志们、朋友们:",
      "",
      "新春佳节即将到来,我谨代表公司,向辛勤工作的全体员工致以新春的祝福和诚挚的问候!"
        + "过去一年,大家在各自的岗位上付出了很多努力,取得了很好的成绩。",
      "",
      "祝大家新春快乐,阖家幸福!",
    ])
    #expect(plan.metadata.speaker == "林澜", "\(plan.metadata)")
  }

  @Test func aLeadThatAnnouncesTheMessageWithAFullStopIsNotSpoken() {
    let lead =
      "Face aux rumeurs, les Amis de Velmar restent sereins. Le président de Tarvel est à "
      + "son poste et nous communique le message suivant."
    let plan = LanguageTestSupport.planPage([
      lead, "",
      "En tant que président, je veille chaque jour à ce que notre maison tienne son cap, "
        + "et je remercie chacun de vous pour son travail.",
      "",
      "Les choses sont claires : je reste à mon poste et je poursuis notre action commune.",
    ])
    let spoken = LanguageTestSupport.spoken(plan)
    #expect(!spoken.contains { $0.contains("message suivant") }, "\(spoken)")
    #expect(spoken.first?.hasPrefix("En tant que président") == true, "\(spoken)")
  }

  @Test func aWishForPilgrimsIsSaidInArabic() {
    let plan = LanguageTestSupport.planPage(Self.letter + ["", "Eid Mubarak and Hajj Mabrour."])
    let spans = plan.parts.flatMap(\.utterances).flatMap(\.spans)
    #expect(spans.contains { $0.text.hasPrefix("Hajj Mabrour") && $0.lang == "ar" })
  }
}
