import Testing

@testable import LecternText

/// Transcripts' speaker labels, told by their shape with names no language file lists
/// (Veskel, Bronk, Вескелов): labels in capitals with initials and notes in brackets, labels
/// repeated in a script without capitals, and lines of similar shape that stay spoken (a
/// single heading before a colon, a quoted saying, numbered points).
@Suite struct TranscriptShapeTests {
  private func spoken(_ lines: [String]) -> [String] { LanguageTestSupport.spokenPage(lines) }

  @Test func labelsInCapitalsAreDroppedOnEveryLine() {
    let plan = LanguageTestSupport.planPage([
      "Remarks at the Harbour Forum", "",
      "MR. ODRAN VESKEL: Thank you all for coming to the forum today, it is good to see you.", "",
      "MS. TALIA BRONK [chair of the river council]: We are glad that you are here with us.", "",
      "MR. ODRAN VESKEL: The river trade will grow again, and the barges will sail by spring.",
    ])
    let text = plan.parts.filter { $0.kind != .intro }.flatMap(\.utterances).map(\.text)
    #expect(!text.contains { $0.contains("VESKEL") || $0.contains("BRONK") }, "\(text)")
    #expect(text.contains { $0.hasPrefix("Thank you all for coming") })
    #expect(text.contains { $0.hasPrefix("We are glad that you are here") })
    #expect(plan.dropped.filter { $0.reason.contains("label") && $0.fragment }.count == 3)
    #expect(plan.metadata.speaker?.contains("VESKEL") == true, "\(plan.metadata)")
  }

  @Test func labelsWithInitialsAndNotesAreDroppedInRussian() {
    let text = spoken([
      "Стенограмма встречи на речной верфи", "",
      "И.ВЕСКЕЛОВ: Дорогие друзья! Мне очень приятно побывать у вас на верфи сегодня.", "",
      "ПЁТР БРОНКИН [главный редактор журнала «Речной вестник»]: Мы покажем Вам.", "",
      "И.ВЕСКЕЛОВ: Конечно, было бы интересно посмотреть, как строят новые баржи для реки.",
    ])
    #expect(!text.contains { $0.contains("ВЕСКЕЛОВ") || $0.contains("БРОНКИН") }, "\(text)")
    #expect(text.contains("Дорогие друзья!") && text.contains("Мы покажем Вам."), "\(text)")
  }

  @Test func aRepeatedLabelIsDroppedInAScriptWithoutCapitals() {
    let text = spoken([
      "الرئيس: أشكركم جميعا على حضوركم هذا اللقاء المهم حول تجارة الأنهار والموانئ.", "",
      "المذيع: وماذا عن الموانئ الجديدة في الجنوب؟", "",
      "الرئيس: سوف نبني الموانئ الجديدة معا، وسوف تعود السفن إلى النهر في الربيع القادم.",
    ])
    #expect(!text.contains { $0.hasPrefix("الرئيس") }, "\(text)")
    #expect(text.contains { $0.hasPrefix("أشكركم جميعا") }, "\(text)")
    #expect(text.contains { $0.hasPrefix("سوف نبني الموانئ") }, "\(text)")
  }

  /// Lines that open with words and a colon but are speech: a heading in capitals alone, a
  /// saying quoted, points of a list named once each.
  @Test(arguments: [
    ["HARBOUR: Our answer to the floods is unity, and we will rebuild the docks together."],
    ["My grandmother told me: \"Never give up on the river, it always comes back.\""],
    [
      "MR. PRESIDENT: It is an honour to speak before this assembly of river towns.", "",
      "LADIES AND GENTLEMEN: The barges will sail again by the spring.",
    ],
    [
      "First: We will rebuild the docks of the river towns.", "",
      "Second: We will open the river to every barge again.",
    ],
  ])
  func similarLinesStaySpoken(lines: [String]) {
    let text = spoken(["Remarks at the Harbour Forum", "", "Dear friends,", ""] + lines)
      .joined(separator: " ")
    for line in lines where !line.isEmpty {
      let head = String(line.prefix(while: { $0 != ":" }))
      #expect(text.contains(head), "\(text)")
    }
  }

  /// A label alone on its line above the speech, in capitals, with an office and a name: one
  /// is enough to show a transcript. It names the speaker when the header does not.
  @Test(arguments: [
    ("SENATOR ODRAN VESKEL:", "Thank you, Talia.", "Veskel"),
    ("MINISTRA TALIA BRONK QUENZAL:", "Muchas gracias a todos por venir.", "Bronk"),
    ("СЕНАТОР ОДРАН ВЕСКЕЛОВ:", "Спасибо, коллеги, что пришли сегодня.", "ВЕСКЕЛОВ"),
  ])
  func aLabelAloneAboveTheSpeechIsDropped(label: String, first: String, name: String) {
    let plan = LanguageTestSupport.planPage([
      "The docks of the river towns were rebuilt after the long floods of last spring.", "",
      label, "", first, "", "The barges of Brivonne will sail again before the summer comes.",
    ])
    let text = plan.parts.filter { $0.kind != .intro }.flatMap(\.utterances).map(\.text)
    #expect(!text.contains { $0.contains(label.dropLast()) }, "\(text)")
    #expect(text.contains(first), "\(text)")
    #expect(plan.dropped.contains { $0.text == label && $0.reason.contains("label") })
    #expect(plan.metadata.speaker?.localizedCaseInsensitiveContains(name) == true)
  }

  /// Lines alone in capitals before a colon that are the address's: forms of address, an
  /// office without a name, a heading, a possessive.
  @Test(arguments: [
    "SEÑOR PRESIDENTE:", "EXCELLENCIES, LADIES AND GENTLEMEN:", "THE MINISTER:",
    "OUR HARBOUR PRIORITIES:", "THE MINISTER'S HARBOUR PRIORITIES:",
  ])
  func aLineAloneInCapitalsThatNamesNoOneStays(line: String) {
    let text = spoken([
      "The docks of the river towns were rebuilt after the long floods of last spring.", "",
      line, "", "The barges of Brivonne will sail again before the summer comes.",
    ]).joined(separator: " ")
    #expect(text.contains(String(line.dropLast())), "\(text)")
  }

  /// An archive's label closed by a full stop, run into the salutations: not spoken, and its
  /// person is the speaker; a salutation closed by a full stop names no one and stays.
  @Test func aLabelClosedByAFullStopBeforeTheSalutationsIsTheSpeakers() {
    let plan = LanguageTestSupport.planPage([
      "Remarks at a Harbour Dinner Honoring the River Guilds", "", "March 3, 2031", "",
      "Governor Varnholt. Mr. Ambassador, Your Excellencies, ladies and gentlemen:", "",
      "It is a pleasure to welcome you to the harbour tonight, as friends of the river towns.",
    ])
    let text = plan.parts.filter { $0.kind != .intro }.flatMap(\.utterances).map(\.text)
    #expect(plan.metadata.speaker == "Governor Varnholt", "\(plan.metadata)")
    #expect(text.contains { $0.hasPrefix("Mr. Ambassador, Your Excellencies") }, "\(text)")
    #expect(!text.contains { $0.contains("Governor Varnholt.") }, "\(text)")
  }

  @Test func aSalutationClosedByAFullStopStays() {
    let text = spoken([
      "Mr. President. Excellencies, ladies and gentlemen,", "",
      "It is a pleasure to welcome you to the harbour tonight, as friends of the river towns.",
    ])
    #expect(text.first?.hasPrefix("Mr. President.") == true, "\(text)")
  }
}
