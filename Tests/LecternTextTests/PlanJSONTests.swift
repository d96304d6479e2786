import Foundation
import LecternText
import Testing

/// `lectern plan --json` is written by hand (for speed); it must be, byte for byte, what
/// `JSONEncoder` writes of the schema in `docs/plan-json.md` with pretty printing, sorted keys
/// and unescaped slashes: the schema below, as `Encodable`, is the reference.
@Suite struct PlanJSONTests {
  /// Every control character, quotes, backslashes, slashes, DEL, non-ASCII and combining marks.
  static let awkward: String = {
    var text = ""
    for value in 0..<0x20 { text.unicodeScalars.append(Unicode.Scalar(UInt8(value))) }
    return text + "\"quoted\" back\\slash a/b \u{7F} é e\u{301} “ » \u{2028} 😀 Спасибо"
  }()

  @Test func awkwardTextIsWrittenAsJSONEncoderWritesIt() throws {
    var plan = RenderPlan(
      document: "doc/\(Self.awkward)", language: "en",
      metadata: DocumentMetadata(title: Self.awkward, date: "1/2/2020"),
      parts: [
        Part(
          id: "1", kind: .paragraph,
          utterances: [
            Utterance(
              id: "1.1", text: Self.awkward,
              spans: [
                Span(
                  text: Self.awkward, spoken: "[[h@'l@U]]", lang: "en", voice: "a",
                  phonemes: true),
                Span(text: "b", spoken: "b", lang: "ru", voice: "b"),
              ]),
            Utterance(id: "1.2", text: "", spans: []),
          ]),
        Part(id: "2", kind: .paragraph, utterances: []),
      ],
      dropped: [DroppedLine(line: 3, text: Self.awkward, reason: "r\n", fragment: true)],
      borderline: [BorderlineLine(line: 9, text: "t", dropped: false, reason: Self.awkward)])
    for confidence in [0.0, 0.5, 0.98765, 1.0] {
      plan.detection = LanguageGuess(
        language: "fr", confidence: confidence, reliable: confidence > 0.5, letters: 10)
      plan.languageStated = confidence == 1
      #expect(PlanReport.json(plan) == (try Self.reference(plan)))
    }
    plan.detection = nil
    plan.metadata = DocumentMetadata()
    plan.parts = []
    plan.dropped = []
    plan.borderline = []
    #expect(PlanReport.json(plan) == (try Self.reference(plan)))
  }

  @Test func plansOfRealAddressesAreWrittenAsJSONEncoderWritesThem() throws {
    let annotator = LanguageTestSupport.identifyingAnnotator
    let planner = Planner(annotator: annotator, languages: annotator.languages)
    let corpus = LanguageTestSupport.root + "/Tests/Corpus/"
    let names = try FileManager.default.contentsOfDirectory(atPath: corpus)
      .filter { $0.hasSuffix(".txt") }.sorted().enumerated().filter { $0.offset % 9 == 0 }
    #expect(names.count > 3)
    for (_, name) in names {
      let plan = planner.plan(try Document.load(path: corpus + name))
      #expect(PlanReport.json(plan) == (try Self.reference(plan)), "\(name)")
      #expect(PlanReport.jsonBytes(plan) == Array(PlanReport.json(plan).utf8), "\(name)")
    }
  }

  /// The plan as `JSONEncoder` writes `PlanSchema`.
  static func reference(_ plan: RenderPlan) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(PlanSchema(plan)), as: UTF8.self) + "\n"
  }
}

/// The JSON schema of a plan (`docs/plan-json.md`), as `Encodable`.
private struct PlanSchema: Encodable {
  struct Metadata: Encodable {
    var title, speaker, event, place, date: String?

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      for (key, value) in [
        (CodingKeys.title, title), (.speaker, speaker), (.event, event), (.place, place),
        (.date, date),
      ] {
        try container.encode(value, forKey: key)
      }
    }

    enum CodingKeys: String, CodingKey { case title, speaker, event, place, date }
  }
  struct PartSchema: Encodable {
    var id, kind: String
    var utterances: [UtteranceSchema]
  }
  struct UtteranceSchema: Encodable {
    var id, text: String
    var spans: [SpanSchema]
  }
  struct SpanSchema: Encodable {
    var text, spoken, lang, voice: String
    var phonemes: Bool
  }
  struct DetectionSchema: Encodable {
    var language, name: String
    var confidence: Double
    var reliable, stated: Bool
  }
  struct DroppedSchema: Encodable {
    var line: Int
    var text, reason: String
    var fragment: Bool
  }
  struct BorderlineSchema: Encodable {
    var line: Int
    var text: String
    var dropped: Bool
    var reason: String
  }

  var schema = PlanReport.schemaVersion
  var document, language: String
  var languageDetection: DetectionSchema?
  var metadata: Metadata
  var parts: [PartSchema]
  var dropped: [DroppedSchema]
  var borderline: [BorderlineSchema]

  init(_ plan: RenderPlan) {
    document = plan.document
    language = plan.language
    languageDetection = plan.detection.map {
      DetectionSchema(
        language: $0.language, name: LanguageNames.english($0.language),
        confidence: ($0.confidence * 1000).rounded() / 1000, reliable: $0.reliable,
        stated: plan.languageStated)
    }
    let facts = plan.metadata
    metadata = Metadata(
      title: facts.title, speaker: facts.speaker, event: facts.event, place: facts.place,
      date: facts.date)
    parts = plan.parts.map { part in
      PartSchema(
        id: part.id, kind: part.kind.rawValue,
        utterances: part.utterances.map { utterance in
          UtteranceSchema(
            id: utterance.id, text: utterance.text,
            spans: utterance.spans.map {
              SpanSchema(
                text: $0.text, spoken: $0.spoken, lang: $0.lang, voice: $0.voice,
                phonemes: $0.phonemes)
            })
        })
    }
    dropped = plan.dropped.map {
      DroppedSchema(line: $0.line, text: $0.text, reason: $0.reason, fragment: $0.fragment)
    }
    borderline = plan.borderline.map {
      BorderlineSchema(line: $0.line, text: $0.text, dropped: $0.dropped, reason: $0.reason)
    }
  }
}
