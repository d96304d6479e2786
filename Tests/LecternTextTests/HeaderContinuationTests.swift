import Testing

@testable import LecternText

/// Header facts that run over two lines or share a line's end, with names and places no
/// language file lists (司馬桐, 歐陽澈, Brivonne, Quilleth, نبيل الحوراني): an office and name run
/// together above a headline that opens with "在" is the speaker, and a person named below the
/// headline, above the salutations, is addressed and spoken; an occasion's year with its place
/// in brackets dates and places the address; an abbreviated doctor's title opens the name in
/// an Arabic lead. And the look-alikes: an office alone above such a headline is a label, a
/// bracket that is no place names none.
@Suite struct HeaderContinuationTests {
  private func plan(_ lines: [String]) -> RenderPlan {
    LanguageTestSupport.planPage(lines)
  }

  private func spoken(_ plan: RenderPlan) -> [String] {
    plan.parts.flatMap(\.utterances).map(\.text)
  }

  private let chinese =
    "今天 , 我很高興來到北方的河港城市。春天到來的時候 , 駁船將再次航行 , 港口將向各位開放。"

  /// "…行政長官司馬桐" / "在開幕式的演辭" / "歐陽澈副主席" / "各位嘉賓 :": the person above the
  /// headline is its speaker; the person below is the first addressed, and is spoken.
  @Test func anOfficeAndNameAboveAHeadlineOpeningWithAtIsTheSpeaker() {
    let result = plan([
      "河港城市行政長官司馬桐", "", "在開幕式的演辭", "", "歐陽澈副主席", "", "各位嘉賓 , 各位朋友 :", "",
      chinese,
    ])
    #expect(result.metadata.speaker?.contains("司馬桐") == true, "\(result.metadata)")
    #expect(result.metadata.title == "在開幕式的演辭", "\(result.metadata)")
    #expect(spoken(result).contains { $0.contains("歐陽澈副主席") }, "\(spoken(result))")
    let simplified = plan([
      "河港城市行政长官司马桐", "", "在开幕式的讲话", "", "欧阳澈副主席", "", "各位嘉宾 , 各位朋友 :", "",
      chinese,
    ])
    #expect(simplified.metadata.speaker?.contains("司马桐") == true, "\(simplified.metadata)")
  }

  /// An office alone above a headline that opens with "在" is a section's label: the named
  /// person below the headline is the speaker.
  @Test func anOfficeAloneAboveTheHeadlineIsNoSpeaker() {
    let result = plan([
      "总干事", "", "在第九届河港大会上的讲话", "", "司马桐博士", "河港组织总干事", "", chinese,
    ])
    #expect(result.metadata.speaker?.contains("司马桐") == true, "\(result.metadata)")
  }

  /// "Riverside Congress of the Guilds 2031 (Brivonne)": the year dates the address, the
  /// bracket places it, and the occasion is said without them.
  @Test func aYearWithABracketedPlaceEndingTheOccasionDatesAndPlacesIt() {
    let english = plan([
      "Riverside Congress of the Guilds 2031 (Brivonne)", "", "Remarks by Minister Odra Quilleth",
      "", InventedSpeech.english,
    ])
    #expect(english.metadata.date?.contains("2031") == true, "\(english.metadata)")
    #expect(english.metadata.place == "Brivonne", "\(english.metadata)")
    #expect(english.metadata.event?.contains("(") != true, "\(english.metadata)")
    let chinese = plan(["河港同鄉聯誼大會 2031( 北河港 )", "", "在開幕式的演辭", "", self.chinese])
    #expect(chinese.metadata.date?.contains("2031") == true, "\(chinese.metadata)")
    #expect(chinese.metadata.place?.contains("北河港") == true, "\(chinese.metadata)")
  }

  /// A bracket after a year that is no place ("(with photos)", "(Draft 3)") places nothing.
  @Test(arguments: [
    "Harbour Report 2031 (with photos)", "Harbour Report 2031 (Draft 3)",
  ])
  func aBracketThatIsNoPlacePlacesNothing(line: String) {
    let result = plan([line, "", "Remarks by Minister Odra Quilleth", "", InventedSpeech.english])
    #expect(result.metadata.place == nil, "\(result.metadata)")
  }

  /// "ألقى الوزير المفوض/ د. نبيل الحوراني مدير …": the abbreviated doctor's title opens the
  /// name the lead gives the speaker by.
  @Test func anAbbreviatedDoctorsTitleOpensTheNameInAnArabicLead() {
    let result = plan([
      "افتتاح مؤتمر مدن النهر الشمالية", "",
      "ألقى الوزير المفوض/ د. نبيل الحوراني مدير إدارة الموانئ كلمة فى افتتاح المؤتمر والتى جاءت على النحو التالى:",
      "السيدات والسادة،",
      "يسعدني أن أرحب بكم في مدن النهر الشمالية، وستبحر المراكب من جديد في الربيع.",
    ])
    #expect(result.metadata.speaker?.contains("الحوراني") == true, "\(result.metadata)")
    #expect(!spoken(result).contains { $0.contains("ألقى الوزير") }, "\(spoken(result))")
    #expect(spoken(result).contains { $0.contains("السيدات والسادة") }, "\(spoken(result))")
  }

  /// A heading in capitals keeps its acronyms, but a title abbreviated with its full stop is
  /// said as a title: "H.E. MR. ODRANA QUILLETH … TO THE UN" reads "Mr.", and "UN" stays.
  @Test func aTitleAbbreviatedInACapitalsHeadingIsSaidAsATitle() {
    let result = plan([
      "STATEMENT BY H.E. MR. ODRANA QUILLETH PERMANENT REPRESENTATIVE OF BRIVONNE TO THE UN", "",
      "Mr. President,", "", InventedSpeech.english,
    ])
    let intro = result.parts.first?.utterances.map(\.text).joined(separator: " ") ?? ""
    #expect(intro.contains("Mr. Odrana Quilleth"), "\(intro)")
    #expect(intro.contains("UN"), "\(intro)")
  }

  /// A heading set off by doubled brackets is read without them; single brackets stay
  /// ("Kigali (Rwanda)" keeps its own).
  @Test func doubledBracketsAroundAHeadingAreNoPartOfItsFacts() {
    #expect(
      HeaderReader.cleaned("((كلمة سعادة السفير نبيل الحوراني))")
        == "كلمة سعادة السفير نبيل الحوراني")
    #expect(HeaderReader.cleaned("Brivonne (North Quays)") == "Brivonne (North Quays)")
    let result = plan([
      "((كلمة سعادة السفير نبيل الحوراني قنصل عام مدن النهر))",
      "أصحاب السعادة.",
      "يسعدني أن أرحب بكم في مدن النهر الشمالية، وستبحر المراكب من جديد في الربيع.",
    ])
    #expect(result.metadata.speaker?.contains("))") == false, "\(result.metadata)")
    #expect(result.metadata.title?.contains("((") == false, "\(result.metadata)")
  }
}
