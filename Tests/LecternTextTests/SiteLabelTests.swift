import Testing

@testable import LecternText

/// What a site prints around an address and a copy keeps, in several languages, with names
/// no language file lists: archived-content banners, login fields, a print link after a
/// function word, a lone code word, a site's greeting above the headline, and a news lead
/// above a headline in capitals run into the address. Speech of a similar shape stays spoken.
@Suite struct SiteLabelTests {
  private func spoken(_ lines: [String]) -> [String] { LanguageTestSupport.spokenPage(lines) }

  @Test(arguments: [
    [
      "This page has been archived.", "Ladies and gentlemen,",
      "It is an honour to open the harbour forum of Brivonne today with all of you.",
    ],
    [
      "Este contenido está archivado", "Señoras y señores:",
      "Es un honor inaugurar hoy el foro del puerto de Brivona con todos ustedes.",
    ],
    [
      "Этот материал находится в архиве", "Дамы и господа!",
      "Для меня большая честь открыть сегодня форум порта Бривона вместе с вами.",
    ],
  ])
  func archivedBannersAreNotSpoken(lines: [String]) {
    let text = spoken([lines[0], "", lines[1], "", lines[2]])
    #expect(!text.contains(lines[0]), "\(text)")
    #expect(text.contains(lines[2]), "\(text)")
  }

  @Test func aSentenceAboutArchivesStaysSpoken() {
    let sentence = "This content is archived for future generations, and we must protect it."
    let text = spoken(["Dear friends,", "", sentence, "", "The river archive opens today."])
    #expect(text.contains(sentence), "\(text)")
  }

  @Test(arguments: [
    [
      "Username:", "Password:", "alt", "Dear friends,",
      "It is a pleasure to visit the river school of Brivonne today.",
    ],
    [
      "Имя:", "Пароль:", "На печать", "Дорогие друзья!",
      "Мне очень приятно побывать сегодня в речной школе Бривона.",
    ],
  ])
  func loginFieldsPrintLinksAndCodeWordsAreNotSpoken(lines: [String]) {
    let text = spoken(lines.flatMap { [$0, ""] })
    #expect(Array(text.suffix(2)) == Array(lines.suffix(2)), "\(text)")
  }

  @Test(arguments: [
    ["Welcome", "Speech by Ambassador Odran Veskel at the Harbour Forum", "Mr. President,"],
    ["Bienvenue", "Discours de M. Odran Veskel au forum du port", "Monsieur le Président,"],
  ])
  func aSitesGreetingAboveTheHeadlineIsNotSpoken(lines: [String]) {
    let text = spoken(lines.flatMap { [$0, ""] } + ["It is an honour to be here in Brivonne."])
    #expect(text.first == lines[2], "\(text)")
  }

  /// A speech's own welcome: after its headline, or with a mark of its own.
  @Test(arguments: [
    ["Remarks at the Harbour Forum", "Welcome to Brivonne!"],
    ["Welcome!", "It is an honour to open the harbour forum today with all of you."],
  ])
  func aSpeechsWelcomeIsSpoken(lines: [String]) {
    let text = spoken(lines.flatMap { [$0, ""] } + ["We will rebuild the docks together."])
    #expect(text.contains(lines[1]) || text.contains(lines[0]), "\(text)")
    #expect(text.contains { $0.hasPrefix("Welcome") }, "\(text)")
  }

  @Test(arguments: [
    [
      "Célébration de la fête du port 2019",
      "Cette année la fête du port a été célébrée le 3 juin 2019 au domaine de Brivonne.",
      "DISCOURS DE M. Odran VESKEL Consul général de Velmar à l’occasion de la fête du port",
      "Mesdames et Messieurs,",
      "La fête du port a toujours ce quelque chose de particulier qui nous rassemble.",
    ],
    [
      "Harbour Day 2019",
      "This year Harbour Day was celebrated on 3 June 2019 at the Brivonne estate.",
      "SPEECH BY MR. Odran VESKEL Consul General of Velmar on the occasion of Harbour Day",
      "Ladies and gentlemen,",
      "Harbour Day always has something special that brings us all together.",
    ],
  ])
  func aNewsLeadAboveAHeadlineInCapitalsIsNotSpoken(lines: [String]) {
    let text = spoken(lines.flatMap { [$0, ""] })
    #expect(!text.contains(lines[1]), "\(text)")
    #expect(text.contains(lines[4]) && text.joined().contains(lines[3]), "\(text)")
  }
}
