import Testing

@testable import LecternText

/// What a copy of a page writes differently from the language files: Arabic without hamza on
/// its alef, a Chinese lead in traditional characters that announces the full text, and an
/// image's code glued to a paragraph's first word. Names are invented (Varnholt, 瓦尔霍).
@Suite struct SpellingVariantTests {
  @Test(arguments: ["الأمير", "الامير"])
  func anArabicHonorificWithOrWithoutHamzaNamesTheSpeaker(office: String) {
    let lines = [
      "\(office) فارنهولت آل دورفل",
      "إنها لمناسبة بهيجة تلك التى تجمعنا كل عام بأبنائنا الطلاب، محتفين بتخرجهم إلى الحياة العملية.",
      "والشكر لكم جميعا على حضوركم هذا الحفل الكريم في هذا اليوم.",
    ]
    let plan = LanguageTestSupport.planPage(lines)
    #expect(plan.metadata.speaker?.contains("فارنهولت") == true, "\(plan.metadata)")
    #expect(plan.dropped.contains { $0.line == 1 })
  }

  @Test func keysFoldArabicLetterVariants() {
    #expect(WordKey.key("الأمير") == WordKey.key("الامير"))
    #expect(WordKey.key("التى") == WordKey.key("التي"))
    #expect(WordKey.key("كلمــة") == WordKey.key("كلمه"))
    #expect(WordKey.key("السلامُ") == WordKey.key("السلام"))
    #expect(WordKey.key("الرحمٰن") == WordKey.key("الرحمن"))
  }

  /// A greeting written with its vowel marks ("السلامُ عليكم") still closes the address when
  /// it is the page's last line, after the list of those addressed.
  @Test(arguments: ["السلامُ عليكم ورحمةُ الله وبركاتُه", "والسلامُ عليكمْ"])
  func anArabicGreetingWithVowelMarksIsSpokenAtTheEnd(greeting: String) {
    let lines = [
      "كلمة عميد كلية زهرانة في حفل الافتتاح", "",
      "الحمدُ للهِ ربِّ العالمين، والصلاةُ والسلامُ على أشرفِ المرسلين، وعلى آلهِ وصحبهِ أجمعين.", "",
      "الإخوة/ أعضاء مجلس كلية زهرانة", "", "أبنائي الطلاب", "", "الحاضرون جميعًا:", "",
      greeting,
    ]
    let spoken = LanguageTestSupport.spokenPage(lines)
    #expect(spoken.contains { $0.hasPrefix(greeting.prefix(8)) }, "\(spoken)")
  }

  @Test(arguments: [
    ("以下是主旨演講全文:", "國務院總理瓦尔霍出席", "尊敬的各位來賓,女士們、先生們:"),
    ("以下是主旨演讲全文：", "国务院总理瓦尔霍出席", "尊敬的各位来宾，女士们、先生们："),
  ])
  func aChineseLeadAnnouncingTheFullTextIsNotSpoken(
    announcement: String, subject: String, salutation: String
  ) {
    let lines = [
      "10月31日,\(subject)多尔韦尔港口论坛开幕式并发表主旨演讲。当日,论坛在港口中心举行。",
      "多尔韦尔港口论坛上午开幕,来自各国的代表出席了开幕式。\(announcement)",
      salutation,
      "港口论坛今天在这里隆重开幕。我们欢迎各位朋友的到来。",
    ]
    let plan = LanguageTestSupport.planPage(lines)
    let spoken = LanguageTestSupport.spokenPage(lines).joined()
    #expect(!spoken.contains("全文"), "\(spoken)")
    #expect(!spoken.contains("开幕式并发表") && !spoken.contains("開幕式并發表"))
    #expect(plan.metadata.speaker?.hasSuffix("瓦尔霍") == true, "\(plan.metadata)")
  }

  @Test func anImageCodeGluedToTheFirstWordIsNotSpoken() {
    let lines = [
      "Mesdames et Messieurs,", "",
      "0219-QV2020Au terme de cette cérémonie, je souhaite remercier toutes les personnes présentes.",
    ]
    let spoken = LanguageTestSupport.spokenPage(lines)
    #expect(spoken.contains { $0.hasPrefix("Au terme de cette cérémonie") }, "\(spoken)")
    #expect(!spoken.joined().contains("0219"))
  }

  /// A code that is a word of the sentence stays: "COVID-19Le …" is no image code, nor is a
  /// year range glued to nothing.
  @Test(arguments: [
    "2019-2020 a été une année difficile pour nos équipes.",
    "G20 Les ministres se sont réunis à Dorvel.",
  ])
  func aLeadingNumberThatIsTextStays(text: String) {
    let spoken = LanguageTestSupport.spokenPage(["Mesdames et Messieurs,", "", text])
    #expect(spoken.joined(separator: " ").contains(String(text.prefix(7))), "\(spoken)")
  }
}
