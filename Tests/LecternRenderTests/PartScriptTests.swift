import LecternSpeech
import LecternText
import Testing

@testable import LecternRender

/// One script per part: calls, the spans they speak, and crash messages agree.
extension RendererTests {
  @Test func aPartsScriptMapsEveryCallToItsSpanAndUtterance() throws {
    let part = Part(
      id: "7", kind: .paragraph,
      utterances: [
        Utterance(
          id: "7.1", text: "Thank you.",
          spans: [Span(text: "Thank you.", spoken: "Thank you.", lang: "en", voice: "speaker")]),
        Utterance(
          id: "7.2", text: "We say Bolshoye Spasibo.",
          spans: [
            Span(text: "We say", spoken: "We say", lang: "en", voice: "speaker"),
            Span(
              text: "Bolshoye Spasibo.", spoken: "Большое спасибо.", lang: "ru", voice: "ru"),
          ]),
      ])
    let script = try casting.script(for: part)
    #expect(script.calls.map(\.text) == ["Thank you.", "We say", "Большое спасибо."])
    #expect(script.calls.map(\.voice.identifier) == ["en", "en", "ru"])
    #expect(script.calls.allSatisfy { !$0.options.endPause })
    #expect(script.lines(ofUtterance: 0) == [0])
    #expect(script.lines(ofUtterance: 1) == [1, 2])
    #expect(script.origin(ofCall: 2)?.span.lang == "ru")
    #expect(
      script.crashMessage(call: 2, reason: "killed by SIGABRT")
        == "part 7, utterance 7.2: the speech engine crashed (killed by SIGABRT) on “Большое спасибо.”"
    )
    #expect(script.crashMessage(call: -1, reason: "x") == "part 7: the speech engine crashed (x)")
  }
}

extension RendererTests {
  @Test func aPartLongerThanTheLimitIsRefusedBeforeSynthesis() throws {
    let sentence = String(repeating: "word ", count: 79) + "end."
    let utterances = (0...(PartScript.maximumCharacters / 400)).map { index in
      Utterance(
        id: "1.\(index)", text: sentence,
        spans: [Span(text: sentence, spoken: sentence, lang: "en", voice: "speaker")])
    }
    let part = Part(id: "1", kind: .paragraph, utterances: utterances)
    let error = try #require(throws: RenderError.self) { try casting.script(for: part) }
    #expect(error.exitStatus == .dataError)
    #expect(error.description.hasPrefix("part 1 is "))
  }
}
