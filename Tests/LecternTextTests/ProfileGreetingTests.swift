import Foundation
import LecternLanguageID
import Testing

@testable import LecternText

/// Every profile of the repository's voices folder, table-driven: its voice is one eSpeak NG
/// has, and its `greeting` (a sentence in its own language) is identified as that language
/// and spoken by a voice of it, as a document of its own and as a paragraph of an English
/// address. Adding a language means adding its files; these tests then cover it.
@Suite struct ProfileGreetingTests {
  static let annotator = LanguageIdentificationTests.annotator
  static let library = annotator.library

  /// Every profile's name.
  static let profiles = library.profiles.map(\.name)

  /// Profiles whose greeting is read as another language, and why. `nil`: CLD2 (Debian's
  /// full tables) does not know the language, so its text stays in the host language and
  /// the profile is reached through markup and phrase lexicons.
  static let readAs: [String: String?] = [
    // Han characters go to the han language of languages.conf (Mandarin); Cantonese is
    // chosen by configuration.
    "yue": "zh",
    // CLD2 calls Cook Islands Māori New Zealand Māori, whose voice reads it alike.
    "rar": "mi",
    // Kurmanji, Papiamento and Palauan: unknown to CLD2.
    "ku": nil, "pap": nil, "pau": nil,
  ]

  /// The language `profile`'s greeting should be identified as: its own, mapped as the
  /// `[identified-as]` sections say (CLD2's Malay is read as Indonesian), or ``readAs``.
  static func expected(_ profile: VoiceProfile) -> String? {
    if let stated = readAs[profile.name] ?? readAs[profile.language] { return stated }
    return annotator.canonical(profile.language)
  }

  static func profile(_ name: String) throws -> VoiceProfile {
    try #require(library.profiles.first { $0.name == name })
  }

  /// Whether `span` is read in `language` (or in the profile's own language, which phrase
  /// lexicons may pick inside it: Malay phrases in a sentence read as Indonesian), by the
  /// speaker's voice of the span's language.
  static func isSpoken(_ span: Span, in language: String, of profile: VoiceProfile) -> Bool {
    [language, profile.language].contains(span.lang)
      && span.voice == library.profile(forLanguage: span.lang, role: .speaker)?.name
  }

  /// The spans of a plan's body (the intro aside).
  static func bodySpans(_ plan: RenderPlan) -> [Span] {
    plan.parts.filter { $0.kind != .intro }.flatMap(\.utterances).flatMap(\.spans)
  }

  @Test(arguments: profiles)
  func voiceIsInstalledAndGreets(name: String) throws {
    let profile = try Self.profile(name)
    #expect(LanguageTestSupport.espeakVoices.contains(profile.voice), "\(name): \(profile.voice)")
    let greeting = try #require(profile.greeting, "\(name) has no greeting")
    // A whole sentence: identification needs more than a word or two.
    #expect(greeting.filter(\.isLetter).count >= 20, "\(name): \(greeting)")
  }

  @Test(arguments: profiles)
  func greetingIsADocumentOfItsLanguage(name: String) throws {
    let profile = try Self.profile(name)
    let greeting = try #require(profile.greeting)
    guard let language = Self.expected(profile) else { return }
    let plan = Planner(annotator: Self.annotator).plan(Document(name: name, text: greeting))
    #expect(plan.language == language, "\(name)")
    let spans = Self.bodySpans(plan)
    #expect(!spans.isEmpty)
    for span in spans {
      #expect(Self.isSpoken(span, in: language, of: profile), "\(name): \(span.text)")
    }
  }

  @Test(arguments: profiles)
  func greetingInAnEnglishAddressIsSpokenByItsVoice(name: String) throws {
    let profile = try Self.profile(name)
    let greeting = try #require(profile.greeting)
    let english = [
      "Ladies and gentlemen, thank you for coming today to this meeting of our partners.",
      "We are here to celebrate the long friendship between our two countries and peoples.",
      "Thank you very much for your attention and for your kind support over many years.",
    ]
    let text = [english[0], english[1], greeting, english[2]].joined(separator: "\n\n")
    let plan = Planner(annotator: Self.annotator).plan(Document(name: name, text: text))
    #expect(plan.language == "en", "\(name)")
    let language = Self.expected(profile) ?? "en"
    let utterance = try #require(
      plan.parts.flatMap(\.utterances).first { $0.text == greeting }, "\(name): not one sentence")
    for span in utterance.spans {
      #expect(Self.isSpoken(span, in: language, of: profile), "\(name): \(span.text)")
    }
    for span in Self.bodySpans(plan) where !greeting.contains(span.text) {
      #expect(span.lang == "en", "\(name): \(span.text)")
    }
  }
}
