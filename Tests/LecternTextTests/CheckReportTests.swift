import LecternText
import Testing

@Suite("Check report")
struct CheckReportTests {
  let annotator = LanguageTestSupport.annotator

  @Test func seedListsItsCapitalsAndItsOneForeignSpan() {
    let utterances = LanguageTestSupport.seedLines.enumerated().map {
      (id: "line \($0.offset + 1)", text: $0.element)
    }
    let report = CheckReport(utterances: utterances, documentLanguage: "en", annotator: annotator)
    let capitals = report.items.compactMap { item -> String? in
      if case .capitals(let word, _, _) = item.finding { return word }
      return nil
    }
    // Every acronym of the seed is in the lexicon; only the shouted title words remain.
    #expect(capitals == ["COLLECTIVE", "SECURITY", "TREATY", "ORGANISATION"])
    let foreign = report.items.compactMap { item -> String? in
      if case .foreign(let text, let spoken, let language, let voice) = item.finding {
        return "\(text)|\(spoken)|\(language)|\(voice)"
      }
      return nil
    }
    #expect(foreign == ["Bolshoye Spasibo.|Большое спасибо.|ru|ru"])
    #expect(report.lines.last == "5 item(s) to review before rendering")
  }

  @Test func unvoicedScriptsAndUnknownMarkupAreListed() {
    // The repository's voices folder has an Armenian profile: leave it out, so that
    // Armenian letters have a language (languages.conf) but no voice.
    let library = VoiceLibrary(
      profiles: annotator.library.profiles.filter { $0.language != "hy" })
    let annotator = LanguageAnnotator(
      library: library, lexicons: LanguageTestSupport.lexicons,
      languages: LanguageTestSupport.knowledge)
    let report = CheckReport(
      utterances: [
        (id: "1.1", text: "In Armenian, Շնորհակալություն means thanks."),
        (id: "1.2", text: "In Tamazight, ⵜⴰⵏⵎⵉⵔⵜ means thanks."),
        (id: "1.3", text: "Say [tlh: Qapla'] loudly."),
        (id: "1.4", text: "The UN met the UN again."),
      ], documentLanguage: "en", annotator: annotator)
    #expect(
      report.items == [
        .init(
          location: "1.1",
          finding: .unvoiced(text: "Շնորհակալություն", script: .armenian, language: "hy")),
        .init(location: "1.2", finding: .unvoiced(text: "ⵜⴰⵏⵎⵉⵔⵜ", script: .other, language: nil)),
        .init(location: "1.3", finding: .unknownMarkup(language: "tlh")),
        .init(
          location: "1.4",
          finding: .capitals(
            word: "UN", spoken: "U-N", reason: "spelled (≤ 3 letters or no vowel)"),
          count: 2),
      ])
    #expect(
      report.lines[0].hasPrefix(
        "1.1: unvoiced: \"Շնորհակալություն\" (armenian): no profile speaks Armenian (hy)"))
    #expect(
      report.lines[3] == "1.4: capitals: UN → \"U-N\", spelled (≤ 3 letters or no vowel) (×2)")
  }

  @Test func planReportUsesUtteranceIdsAndTheNarratorForTheIntro() {
    let plan = RenderPlan(
      document: "test", language: "en",
      parts: [
        Part(
          id: "intro", kind: .intro,
          utterances: [Utterance(id: "intro.1", text: "Remarks by the FBI.", spans: [])]),
        Part(
          id: "1", kind: .paragraph,
          utterances: [Utterance(id: "1.1", text: "Merci beaucoup, friends.", spans: [])]),
      ])
    let report = CheckReport(plan: plan, annotator: annotator)
    #expect(report.items.map(\.location) == ["intro.1", "1.1"])
    #expect(
      report.items.last?.finding
        == .foreign(
          text: "Merci beaucoup,", spoken: "Merci beaucoup,", language: "fr", voice: "fr"))
  }

  @Test func cleanTextHasNothingToDecide() {
    let report = CheckReport(
      utterances: [(id: "1", text: "Good morning from Hawaiʻi, and thank you.")],
      documentLanguage: "en",
      annotator: annotator)
    #expect(report.isEmpty)
    #expect(report.lines == ["nothing to decide"])
  }

  @Test func armenianIsSpokenByItsProfile() {
    let report = CheckReport(
      utterances: [(id: "1.1", text: "In Armenian, Շնորհակալություն means thanks.")],
      documentLanguage: "en", annotator: annotator)
    #expect(
      report.items == [
        .init(
          location: "1.1",
          finding: .foreign(
            text: "Շնորհակալություն", spoken: "Շնորհակալություն", language: "hy", voice: "hy"))
      ])
  }

  /// Every stand-in profile of the repository is named once, after its language's first span,
  /// and a profile without the key is no stand-in.
  @Test func standInVoicesAreNamedOncePerLanguage() {
    let standIns = annotator.library.profiles.filter(\.standIn)
    #expect(!standIns.isEmpty)
    for profile in standIns {
      guard let greeting = profile.greeting else {
        Issue.record("\(profile.name) has no greeting")
        continue
      }
      let report = CheckReport(
        utterances: [("1.1", "We say \(greeting)"), ("1.2", "And again: \(greeting)")],
        documentLanguage: "en", annotator: annotator)
      let named = report.items.filter {
        if case .standIn(profile.language, profile.name, profile.settings.identifier) = $0.finding {
          return true
        }
        return false
      }
      #expect(named.map(\.location) == ["1.1"], "\(profile.name): \(report.lines)")
      let english = LanguageNames.english(profile.language)
      #expect(report.lines.contains { $0.contains("no \(english) (\(profile.language)) voice") })
    }
    let seed = CheckReport(
      utterances: [("15.2", "Bolshoye Spasibo.")], documentLanguage: "en", annotator: annotator)
    #expect(!seed.lines.contains { $0.contains("stand-in") })
  }
}
