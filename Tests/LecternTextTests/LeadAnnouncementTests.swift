import Testing

@testable import LecternText

/// A news page that reports an address over several paragraphs before announcing its full
/// text ("Following is the text of the speech:", "وجاء نص الكلمة كالآتي:"), with names no
/// language file lists (Quilleth, قمروش); and addresses that themselves say a text follows,
/// which stay spoken.
@Suite struct LeadAnnouncementTests {
  private func spoken(_ lines: [String]) -> [String] { LanguageTestSupport.spokenPage(lines) }

  @Test func aLongReportBeforeAFullTextAnnouncementIsNotSpoken() {
    let text = spoken([
      "Minister Odra Quilleth spoke at the harbour academy on Tuesday morning.", "",
      "The minister said that the river towns had suffered badly from the floods this year.", "",
      "She added that the barges would sail again by the spring, as the docks are rebuilt.", "",
      "The minister also thanked the harbour police for their work during the long winter.", "",
      "Minister Quilleth praised the volunteers who rebuilt the docks of the old town.", "",
      "Following is the text of the speech:", "",
      "I am glad to stand with you today at the academy. We will rebuild the river trade.",
    ])
    #expect(text.first == "I am glad to stand with you today at the academy.", "\(text)")
    #expect(!text.contains { $0.contains("volunteers") || $0.contains("Following is") })
  }

  @Test func aLongReportBeforeAFullTextAnnouncementIsNotSpokenInArabic() {
    let text = spoken([
      "اللواء زيدان قمروش", "",
      "أكد وزير الموانئ زيدان قمروش، في كلمته أمام المؤتمر، أن رجال الموانئ وقفوا في وجه الفيضانات.",
      "",
      "وأكد الوزير أن التاريخ سيذكر لهم كيف عملوا ليلا ونهارا لإعادة بناء الموانئ على امتداد النهر.",
      "",
      "وأضاف الوزير أن السفن ستعود إلى النهر في الربيع القادم بعد إعادة بناء الأرصفة القديمة.", "",
      "وجاء نَصّ الكلمة كالآتي:", "",
      "\"يسعدني أن أتقدم لكم بأسمى معاني الترحيب والتقدير في هذا اليوم. وسوف نعمل معا من أجل النهر.\"",
    ])
    #expect(text.first?.hasPrefix("\"يسعدني أن أتقدم") == true, "\(text)")
    #expect(!text.contains { $0.contains("قمروش") || $0.contains("كالآتي") }, "\(text)")
  }

  /// An address that announces a text of its own, past its first lines: no office names a
  /// speaker in the third person, or no title word names an address, so all is spoken.
  @Test(arguments: [
    "The full text of the agreement follows:",
    "I will now read the text of the speech that my father gave in this hall:",
  ])
  func anAddressThatAnnouncesATextStaysSpoken(announcement: String) {
    let lines = [
      "We met today to sign the river accord.", "", "It took two years of patient work.", "",
      "Our teams met in many towns along the river.", "", "They worked through the winter.", "",
      "They did not give up when the floods came.", "", announcement, "",
      "The river is open to every barge, and every town shares its trade.",
    ]
    let text = spoken(lines).joined(separator: " ")
    for line in lines where !line.isEmpty { #expect(text.contains(line), "\(text)") }
  }

  /// A reporter's lead that told who spoke, over the address quoted whole: the lead is not
  /// spoken, and its person, who holds the header's speaker, names that speaker in full.
  @Test func aReportedLeadEndsWhereTheAddressOpensQuotedWhole() {
    let plan = LanguageTestSupport.planPage([
      "Discours de prise de fonctions de M. Aldo Varnholt, Préfet de Quelvoria", "",
      "Le nouveau préfet M. Aldo Varnholt, Préfet de Quelvoria, a prononcé un discours à "
        + "l’occasion de sa prise de fonctions ce matin.",
      "",
      "\"En déposant, ce matin, une gerbe à la mémoire des victimes, j’ai voulu vous dire que "
        + "je sais à quel moment je deviens préfet de ce département.",
      "", "Il y avait ce matin l’unité des pouvoirs publics que nous avons symbolisée.\"",
    ])
    let text = plan.parts.filter { $0.kind != .intro }.flatMap(\.utterances).map(\.text)
    #expect(text.first?.hasPrefix("\"En déposant") == true, "\(text)")
    #expect(plan.metadata.speaker?.contains("Varnholt") == true, "\(plan.metadata)")
  }

  /// A press release's lead that names its speaker by a word of address and announces what
  /// follows ("Sir Imra Varnholt, Warden, made the following remarks:") is the reporter's, not
  /// a salutation: it is not spoken, and the place it tells is the header's.
  @Test(arguments: ["remarks", "speech", "address", "statement"])
  func aPressLeadNamingItsSpeakerBySirIsNotSpoken(kind: String) {
    let plan = LanguageTestSupport.planPage([
      "Annual Gathering - Address to members by the warden", "21 April, 2011",
      "Quelvoria Trust held its Annual Gathering for members in Dorvel today. Sir Imra "
        + "Varnholt, Warden, made the following \(kind):",
      "First, I want to welcome you all to our gathering, and especially those who travelled far.",
      "The mills turned all year, and we thank you all for it.",
    ])
    let text = plan.parts.filter { $0.kind != .intro }.flatMap(\.utterances).map(\.text)
    #expect(text.first?.hasPrefix("First, I want to welcome") == true, "\(text)")
    #expect(plan.metadata.place == "Dorvel", "\(plan.metadata)")
  }

  /// A first line that announces the text in so many words and ends with a full stop ("Below
  /// is the text of the speech made by …, on 24 July 2031."): the address follows, however it
  /// opens. Before, it was spoken when no salutation followed; and when a formula followed a
  /// sentence to the audience ("It is wonderful to have you all here today."), that sentence
  /// was taken for the reporter's and lost.
  @Test(arguments: [
    "We met in Velmora last year, and the harbour has been rebuilt since.",
    "It is wonderful to have you all here today, especially you, your Excellency.",
  ])
  func aFirstLineAnnouncingTheTextEndsTheLead(first: String) {
    let text = spoken([
      "Odra Quilleth – 2031 Speech at the Tarsiane Harbour Summit",
      "Below is the text of the speech made by Odra Quilleth, the Secretary of State for "
        + "Harbours, on 24 July 2031.",
      first, "I am delighted to be here today co-hosting this event with the people of Velmora.",
      "Thank you all for joining us today.",
    ])
    #expect(text.first == first, "\(text)")
    #expect(!text.contains { $0.contains("Below is") }, "\(text)")
  }
}
