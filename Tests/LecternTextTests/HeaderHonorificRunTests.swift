import Testing

@testable import LecternText

/// A Chinese headline that names its speaker by an honorific right before its title
/// ("…主席林墨先生致辞"), with names no language file lists: the speaker is read from it, on a
/// Chinese page and above an English address, where its title word is no title of the
/// address.
@Suite struct HeaderHonorificRunTests {
  private let chinese = "我代表商会欢迎大家来到维达论坛。今天我们第三次在这里相聚，共同回顾一年的合作。"

  @Test func theHonorificBeforeTheTitleEndsTheSpeaker() {
    let plan = LanguageTestSupport.planPage([
      "维达商会主席林墨先生致辞", "", "各位来宾，", "", chinese,
    ])
    #expect(plan.metadata.speaker?.hasSuffix("林墨先生") == true, "\(plan.metadata)")
    #expect(plan.metadata.title == "致辞", "\(plan.metadata)")
  }

  /// Above an English address the line in Chinese states the speaker, not the title.
  @Test func aHeadlineInTheOtherScriptNamesTheSpeaker() {
    let plan = LanguageTestSupport.planPage([
      "2012年3月5日", "维达商会主席林墨先生致辞", "", "Distinguished guests,", "",
      InventedSpeech.english,
    ])
    #expect(plan.metadata.speaker?.contains("林墨") == true, "\(plan.metadata)")
    #expect(plan.metadata.title == nil, "\(plan.metadata)")
  }

  /// A company's or a mission's greeting names its head by name and then office, with no word
  /// joining them to the title ("林墨总裁2031年新春致辞"): the name and office are the speaker.
  @Test(arguments: [
    ("林墨总裁2031年新春致辞", "林墨总裁"), ("柯暄澈大使新春致辞", "柯暄澈大使"),
    ("林墨董事长2031年新春致辞", "林墨董事长"),
  ])
  func aNameAndOfficeBeforeTheTitleAreTheSpeaker(headline: String, speaker: String) {
    let plan = LanguageTestSupport.planPage([headline, "", chinese])
    #expect(plan.metadata.speaker == speaker, "\(plan.metadata)")
  }

  /// An office word that ends a compound is no office of a name ("…驻维达大使馆", an embassy).
  @Test func anInstitutionBeforeTheTitleIsNoSpeaker() {
    let plan = LanguageTestSupport.planPage(["中国驻维达大使馆2031年新春致辞", "", chinese])
    #expect(plan.metadata.speaker?.hasSuffix("大使") != true, "\(plan.metadata)")
  }
}
