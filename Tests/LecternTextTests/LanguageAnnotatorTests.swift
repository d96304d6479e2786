import LecternText
import Testing

@Suite("Language spans")
struct LanguageAnnotatorTests {
  let annotator = LanguageTestSupport.annotator

  @Test func seedClosingHasOneRussianSpan() {
    // The seed writes a no-break space before "Bolshoye".
    let spans = annotator.spans(
      for: "Thank you very much for your attention.\u{A0}Bolshoye Spasibo.",
      documentLanguage: "en", role: .speaker)
    #expect(spans.count == 2)
    #expect(spans.first?.lang == "en")
    #expect(spans.first?.voice == "speaker")
    #expect(spans.last?.text == "Bolshoye Spasibo.")
    #expect(spans.last?.spoken == "Большое спасибо.")
    #expect(spans.last?.lang == "ru")
    #expect(spans.last?.voice == "ru")
    #expect(spans.last?.phonemes == false)
  }

  @Test func wholeSeedHasExactlyOneForeignSpan() {
    let lines = LanguageTestSupport.seedLines
    #expect(lines.count > 20)
    let language = annotator.documentLanguage(of: lines.joined(separator: "\n"))
    #expect(language == "en")
    var foreign: [Span] = []
    for line in lines {
      let spans = annotator.spans(for: line, documentLanguage: language, role: .speaker)
      #expect(spans.map(\.text).joined().withoutWhitespace == line.withoutWhitespace)
      foreign += spans.filter { $0.lang != "en" }
      for span in spans where span.lang == "en" { #expect(span.voice == "speaker") }
    }
    #expect(foreign.map(\.text) == ["Bolshoye Spasibo."])
    #expect(foreign.map(\.spoken) == ["Большое спасибо."])
    #expect(foreign.map(\.voice) == ["ru"])
  }

  @Test(arguments: [VoiceRole.narrator, .speaker])
  func cyrillicDocumentIsRussianThroughout(role: VoiceRole) {
    let lines = [
      "Уважаемые коллеги, дамы и господа!",
      "Международная конференция ОДКБ, Москва, 30 октября 2019 года.",
      "«Сотрудничество» — ключ к успеху: 18 баз данных, 2008 и 2014 годы.",
      "Большое спасибо за внимание.",
    ]
    let language = annotator.documentLanguage(of: lines.joined(separator: "\n"))
    #expect(language == "ru")
    for line in lines {
      let spans = annotator.spans(for: line, documentLanguage: language, role: role)
      #expect(!spans.isEmpty)
      let voice = annotator.library.profile(forLanguage: "ru", role: role)?.name
      #expect(spans.allSatisfy { $0.lang == "ru" && $0.voice == voice })
      #expect(spans.map(\.text).joined().withoutWhitespace == line.withoutWhitespace)
    }
  }

  @Test func nativeScriptsGetTheirVoices() {
    let cases: [(String, String, String)] = [
      ("We say Большое спасибо, друзья! And we mean it.", "Большое спасибо, друзья!", "ru"),
      ("He closed with شكرا جزيلا and sat down.", "شكرا جزيلا", "ar"),
      ("The sign read 謝謝 in gold.", "謝謝", "zh"),
      ("She said ありがとう御座います warmly.", "ありがとう御座います", "ja"),
      ("A Greek toast: Ευχαριστώ πολύ.", "Ευχαριστώ πολύ.", "el"),
      ("In Korean, 감사합니다 is polite.", "감사합니다", "ko"),
      ("The host said «Спасибо» twice.", "«Спасибо»", "ru"),
    ]
    for (utterance, text, language) in cases {
      let spans = annotator.spans(for: utterance, documentLanguage: "en", role: .speaker)
      let foreign = spans.filter { $0.lang != "en" }
      #expect(foreign.map(\.text) == [text], "\(utterance)")
      #expect(foreign.map(\.lang) == [language], "\(utterance)")
      #expect(foreign.first?.voice == language, "\(utterance)")
      #expect(spans.map(\.text).joined().withoutWhitespace == utterance.withoutWhitespace)
    }
  }

  @Test func markupWinsAndIsNotSpoken() {
    let spans = annotator.spans(
      for: "[ru: Большое спасибо] and [fr: Merci], friends; [en: Bonjour] everyone.",
      documentLanguage: "en", role: .speaker)
    #expect(spans.map(\.lang) == ["ru", "en", "fr", "en"])
    #expect(spans.first?.text == "[ru: Большое спасибо]")
    #expect(spans.first?.spoken == "Большое спасибо")
    #expect(spans[2].spoken == "Merci")
    #expect(spans[3].spoken.hasPrefix(", friends; Bonjour everyone"))
    #expect(!spans.contains { $0.spoken.contains("[") })
  }

  @Test func markupOfLatinPhraseUsesTheAlias() {
    let spans = annotator.spans(
      for: "We end with [ru: Bolshoye Spasibo].", documentLanguage: "en", role: .speaker)
    // The closing period has no words: it ends the Russian span.
    #expect(spans.map(\.lang) == ["en", "ru"])
    #expect(spans.last?.text == "[ru: Bolshoye Spasibo].")
    #expect(spans.last?.spoken == "Большое спасибо.")
  }

  @Test func unknownMarkupLanguageIsReadByTheDocumentVoice() {
    let annotation = annotator.annotate(
      "Say [xx: blah] now.", documentLanguage: "en", role: .speaker)
    #expect(annotation.spans.allSatisfy { $0.lang == "en" })
    #expect(annotation.spans.map(\.spoken).joined(separator: " ") == "Say blah now.")
    #expect(annotation.unknownMarkup == ["xx"])
  }

  @Test func textThatIsNotMarkupStaysText() {
    let spans = annotator.spans(
      for: "See [1] and [note: x] and [ru without colon].", documentLanguage: "en",
      role: .speaker)
    #expect(spans.map(\.lang) == ["en"])
  }

  @Test func narratorRoleUsesTheNarratorProfile() {
    let spans = annotator.spans(
      for: "Opening remarks by Jürgen Stock.", documentLanguage: "en", role: .narrator)
    #expect(spans.map(\.voice) == ["narrator"])
  }

  @Test func documentLanguageFollowsTheDominantScript() {
    #expect(annotator.documentLanguage(of: "Good morning, everyone.") == "en")
    #expect(annotator.documentLanguage(of: "Доброе утро, коллеги. Thank you.") == "ru")
    #expect(annotator.documentLanguage(of: "本日はありがとうございます。") == "ja")
    #expect(annotator.documentLanguage(of: "12 345, 678.") == "en")
  }
}

@Suite("Language spans: spacing")
struct LanguageSpacingTests {
  @Test func noBreakSpacesAreSpokenAsSpaces() {
    let spans = LanguageTestSupport.annotator.spans(
      for: "Ladies\u{A0}and\u{202F}Gentlemen;", documentLanguage: "en", role: .speaker)
    #expect(spans.map(\.text) == ["Ladies\u{A0}and\u{202F}Gentlemen;"])
    #expect(spans.map(\.spoken) == ["Ladies and Gentlemen;"])
  }

  @Test func emptyAndWordlessUtterances() {
    let annotator = LanguageTestSupport.annotator
    #expect(annotator.spans(for: "", documentLanguage: "en", role: .speaker).isEmpty)
    #expect(annotator.spans(for: "  ", documentLanguage: "en", role: .speaker).isEmpty)
    let dash = annotator.spans(for: "— 2019 —", documentLanguage: "en", role: .speaker)
    #expect(dash.map(\.lang) == ["en"])
    #expect(dash.map(\.voice) == ["speaker"])
  }
}
