import Foundation
import LecternLanguageID
import Testing

@testable import LecternText

/// The main language of a document is the language of its longest stretch in one language:
/// page furniture around an address does not outvote it, however many letters it has.
@Suite struct DocumentLanguageTests {
  static let annotator = LanguageIdentificationTests.annotator

  /// Address bodies written for this test (no sentence of them is in the corpus or the
  /// language files), four sentences each.
  static let bodies: [(String, [String])] = [
    (
      "es",
      [
        "Agradezco a las autoridades locales la hospitalidad que nos han ofrecido estos días.",
        "Los retos que enfrentamos exigen respuestas coordinadas y una voluntad firme.",
        "Confío en que este encuentro servirá para estrechar los lazos entre nuestros equipos.",
        "Quiero reconocer también el trabajo discreto de quienes preparan cada reunión.",
      ]
    ),
    (
      "fr",
      [
        "Je remercie chaleureusement nos hôtes pour la qualité de leur accueil cette semaine.",
        "Les défis qui nous attendent demandent des réponses concertées et une volonté ferme.",
        "J'ai la conviction que cette rencontre rapprochera durablement nos équipes.",
        "Je veux saluer aussi le travail discret de ceux qui préparent chaque réunion.",
      ]
    ),
    (
      "pt",
      [
        "Agradeço às autoridades locais a hospitalidade que nos ofereceram nestes dias.",
        "Os desafios que enfrentamos exigem respostas coordenadas e uma vontade firme.",
        "Acredito que este encontro servirá para estreitar os laços entre as nossas equipas.",
        "Quero reconhecer também o trabalho discreto de quem prepara cada reunião.",
      ]
    ),
    (
      "de",
      [
        "Ich danke den Gastgebern herzlich für die freundliche Aufnahme in diesen Tagen.",
        "Die Aufgaben vor uns verlangen abgestimmte Antworten und einen festen Willen.",
        "Ich bin überzeugt, dass dieses Treffen unsere Teams enger zusammenführen wird.",
        "Ebenso möchte ich die stille Arbeit aller würdigen, die jedes Treffen vorbereiten.",
      ]
    ),
  ]

  /// English furniture of the kinds real pages have: links to other speeches, a caption,
  /// labels, a note. Each piece is shorter than a body; together they have more letters.
  static let furniture = [
    "Translation unavailable for Remarks at the opening of the regional training centre.",
    "Translation unavailable for Statement to the committee on maritime cooperation.",
    "Translation unavailable for Message on the international day of police cooperation.",
    "The Director addresses delegates at the opening session. Photo: Conference Services",
    "Speeches and statements", "Share this page", "Related documents and press releases",
    "This text is the prepared version and may differ from the remarks as delivered.",
  ]

  @Test(arguments: bodies)
  func furnitureAroundABodyDoesNotOutvoteIt(language: String, body: [String]) {
    var random = SeededRandom(state: UInt64(language.unicodeScalars.first?.value ?? 1))
    let bodyBytes = body.joined(separator: "\n\n").utf8.count
    var checked = 0
    while checked < 6 {
      let pieces = Self.furniture.shuffled(using: &random)
      let cut = Int.random(in: 1..<pieces.count, using: &random)
      let before = pieces[..<cut].joined(separator: "\n\n")
      let after = pieces[cut...].joined(separator: "\n\n")
      // The claim: furniture on each side shorter than the body, more of it in all. ("Shorter"
      // with a margin: CLD2 places the borders of its stretches a word or two off.)
      let shorter = { (side: String) in side.utf8.count * 5 < bodyBytes * 4 }
      guard shorter(before), shorter(after) else { continue }
      #expect(before.utf8.count + after.utf8.count > bodyBytes)
      let text = ([before] + body + [after]).joined(separator: "\n\n")
      #expect(Self.annotator.identifyDocument(text).language == language, "\(text)")
      checked += 1
    }
  }

  /// The other way round: an English address with a greeting in another language, a
  /// foreign paragraph in its middle and a foreign farewell, each shorter than the longest
  /// English stretch, stays English.
  @Test(arguments: bodies)
  func foreignParagraphsInsideAnAddressDoNotTakeIt(language: String, body: [String]) {
    let english = [
      "It is a privilege to address this conference on behalf of our organisation today.",
      "Over the past year our officers have worked across borders on difficult cases.",
      "Some of those cases began with a single phone call between two duty officers.",
      "Others took months of patient work by analysts who never met each other in person.",
      "Let me say a few words to our hosts in their own language before I continue.",
      "Cooperation is not a slogan for us; it is the daily work of thousands of people.",
      "I wish you fruitful discussions and a pleasant stay in the city.",
    ]
    let middle: [String] = english[..<5] + [body.joined(separator: " ")] + english[5...]
    let ends: [String] = [body[0]] + english + [body[1...].joined(separator: " ")]
    for pieces in [middle, ends] {
      let text = pieces.joined(separator: "\n\n")
      #expect(Self.annotator.identifyDocument(text).language == "en", "\(text)")
    }
  }

  /// The longest run joins neighbouring stretches of one language; stretches the
  /// identifier is unsure of neither join nor break them.
  /// A long text's sample is a bounded set of its whole words, in order, spread over the
  /// whole text, whatever its scripts (cut on bytes, never inside a character).
  @Test func aLongTextIsSampledAsWholeWordsFromEverywhere() throws {
    let words = (0..<40_000).map { ["Mot\($0)", "слово", "كلمة", "詞語", "e\u{301}té", "🙂"][$0 % 6] }
    let text = words.joined(separator: " ")
    let sample = DocumentLanguage.sample(text, limit: 4096)
    #expect(sample.utf8.count <= 4096 + 16)
    let lines = sample.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == 16)
    let known = Set(words)
    for line in lines {
      #expect(!line.isEmpty)
      #expect(line.split(separator: " ").allSatisfy { known.contains(String($0)) })
    }
    // Each slice comes from its sixteenth of the text, in order.
    var previous = -1
    for (number, line) in lines.enumerated() {
      let found = try #require(text.range(of: String(line)))
      let offset = text.utf8.distance(from: text.startIndex, to: found.lowerBound)
      #expect(offset > previous)
      #expect(abs(offset - number * text.utf8.count / 16) < 64)
      previous = offset
    }
    #expect(DocumentLanguage.sample("short text", limit: 4096) == "short text")
  }

  @Test func longestRunJoinsNeighboursAndSkipsUnknownStretches() {
    let stretches = [
      LanguageStretch(language: "en", characters: 300),
      LanguageStretch(language: "es", characters: 200),
      LanguageStretch(language: "und", characters: 50),
      LanguageStretch(language: "es", characters: 150),
      LanguageStretch(language: "en", characters: 100),
      LanguageStretch(language: "en", characters: 40),
    ]
    let run = DocumentLanguage.longestRun(stretches, canonical: { $0 })
    #expect(run == DocumentLanguage.Run(language: "es", characters: 350))
    let share = DocumentLanguage.share(of: "es", in: stretches, canonical: { $0 })
    #expect(abs(share - 350.0 / 790.0) < 1e-9)
    #expect(DocumentLanguage.longestRun([], canonical: { $0 }) == nil)
    let mapped = DocumentLanguage.longestRun(
      [
        LanguageStretch(language: "ms", characters: 10),
        LanguageStretch(language: "id", characters: 10),
      ],
      canonical: { $0 == "ms" ? "id" : $0 })
    #expect(mapped == DocumentLanguage.Run(language: "id", characters: 20))
  }

  /// A stretch shorter than the runs of one language on both sides of it does not cut them:
  /// a body in which the identifier misnames one sentence stays one run.
  @Test func shortInterruptionsAreBridged() {
    let stretches = [
      LanguageStretch(language: "en", characters: 500),
      LanguageStretch(language: "es", characters: 300),
      LanguageStretch(language: "gl", characters: 40),
      LanguageStretch(language: "es", characters: 300),
      LanguageStretch(language: "pt", characters: 20),
      LanguageStretch(language: "es", characters: 10),
      LanguageStretch(language: "en", characters: 400),
    ]
    // gl (40 < 300, 300) is bridged; pt (20, not < 10) is not: the last es stays apart.
    let run = DocumentLanguage.longestRun(stretches, canonical: { $0 })
    #expect(run == DocumentLanguage.Run(language: "es", characters: 600))
    // A stretch as long as one of its neighbours is no interruption.
    let halves = [
      LanguageStretch(language: "en", characters: 300),
      LanguageStretch(language: "fr", characters: 300),
      LanguageStretch(language: "en", characters: 400),
    ]
    #expect(DocumentLanguage.longestRun(halves, canonical: { $0 })?.language == "en")
    #expect(DocumentLanguage.longestRun(halves, canonical: { $0 })?.characters == 400)
  }

  /// CLD2 cuts a long text into many stretches: the buffer grows to hold them all.
  @Test func cld2ReturnsEveryStretchOfALongText() {
    let paragraph = Self.bodies.flatMap(\.1).joined(separator: "\n")
    let text = Array(repeating: paragraph, count: 40).joined(separator: "\n")
    let (whole, stretches) = CLD2Identifier().stretches(text)
    #expect(whole.isKnown)
    #expect(stretches.count > 64)
    #expect(stretches.reduce(0) { $0 + $1.characters } <= text.unicodeScalars.count)
    #expect(Set(stretches.map(\.language)).isSuperset(of: ["fr", "de", "pt"]))
  }

  /// Stretches weigh by characters: a Hindi paragraph, more bytes but fewer letters than the
  /// English around it, does not make an English address Hindi.
  @Test func aParagraphInAThreeByteScriptDoesNotOutweighEnglish() {
    let hindi = "देवियो और सज्जनो, आज इस महत्वपूर्ण दिन पर हमारे साथ यहाँ उपस्थित होने के लिए आप सभी का धन्यवाद।"
    let english =
      "Ladies and gentlemen, thank you for coming today to this meeting of our partners.\n\n"
      + "Thank you very much for your attention and for your kind support over many years."
    #expect(hindi.utf8.count > english.utf8.count)
    #expect(hindi.unicodeScalars.count < english.unicodeScalars.count)
    let guess = Self.annotator.identifyDocument(english + "\n\n" + hindi)
    #expect(guess.language == "en")
    let (_, stretches) = CLD2Identifier().stretches(hindi)
    #expect(stretches.reduce(0) { $0 + $1.characters } <= hindi.unicodeScalars.count)
  }
}
