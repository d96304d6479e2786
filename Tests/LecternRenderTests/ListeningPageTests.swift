import Foundation
import LecternText
import Testing

@testable import LecternRender

struct ListeningPageTests {
  /// A one-part manifest whose text tries to break out of the page's script elements.
  func page(
    text: String = "</script><script>alert(1)</script> & <!-- Bolshoye Spasibo."
  )
    -> ListeningPage
  {
    let utterance = Manifest.UtteranceEntry(
      id: "1.1", startFrame: 0, endFrame: 100, start: 0, end: 0.1, text: text,
      languages: ["en"], voices: ["speaker"], silenced: false,
      spans: [
        .init(
          text: text, spoken: text, lang: "en", voice: "speaker", startFrame: 0, endFrame: 100)
      ])
    let manifest = Manifest(
      document: "talk", source: "talk.txt", file: "talk.flac", format: "flac", sampleRate: 1000,
      frames: 100, duration: 0.1, engine: "test",
      parts: [
        .init(
          id: "intro", kind: "intro", file: "parts/00-intro.flac", cue: 1, key: "k",
          startFrame: 0, endFrame: 100, start: 0, end: 0.1, utterances: [utterance])
      ])
    let plan = RenderPlan(
      document: "talk", language: "fr",
      metadata: DocumentMetadata(title: "Ouverture <b>& \"fin\"</b>"), parts: [])
    let captions = Captions(
      cues: [.init(start: 0, end: 100, lines: ["Ouverture."])], sampleRate: 1000)
    return ListeningPage(
      plan: plan, manifest: manifest, webVTT: captions.webVTT,
      captionFiles: ("talk.vtt", "talk.srt"), levels: [[0, 80]])
  }

  @Test func fillsEveryPlaceholderAndEscapesTheTitle() throws {
    let html = try page().html()
    #expect(!html.contains("{{"))
    #expect(html.contains("<html lang=\"fr\">"))
    #expect(html.contains("<title>Ouverture &lt;b&gt;&amp; &quot;fin&quot;&lt;/b&gt;</title>"))
    #expect(html.contains("<source src=\"talk.flac\" type=\"audio/flac\">"))
    #expect(html.contains("srclang=\"fr\" label=\"French\""))
    let vtt = Data(page().webVTT.utf8)
    #expect(html.contains("src=\"data:text/vtt;base64,\(vtt.base64EncodedString())\""))
  }

  @Test func embeddedDataCannotEndItsScriptElement() throws {
    let html = try page().html()
    // Two JSON blocks and the page script: three script elements, whatever the text holds.
    #expect(html.components(separatedBy: "</script>").count - 1 == 3)
    #expect(html.components(separatedBy: "<!--").count - 1 == 1)  // the page's own comment
    // The embedded manifest is the manifest.
    let start = try #require(
      html.range(of: "<script type=\"application/json\" id=\"lectern-manifest\">"))
    let end = try #require(html[start.upperBound...].range(of: "</script>"))
    let embedded = try JSONDecoder().decode(
      Manifest.self, from: Data(html[start.upperBound..<end.lowerBound].utf8))
    #expect(embedded == page().manifest)
  }

  @Test func pageFilesCannotEndTheirOwnElements() {
    #expect(!ListeningPage.script.lowercased().contains("</script"))
    #expect(!PageFiles.pageCSS.lowercased().contains("</style"))
    #expect(PageFiles.pageHTML.contains("{{script}}") && PageFiles.pageHTML.contains("{{style}}"))
  }

  @Test func everyScriptFileOfThePageFolderRuns() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appending(path: "../../Sources/LecternRender/Page").standardized.path
    let scripts = try FileManager.default.contentsOfDirectory(atPath: folder)
      .filter { $0.hasSuffix(".js") }
    #expect(scripts.count == 5)
    for name in scripts {
      let text = try String(contentsOfFile: "\(folder)/\(name)", encoding: .utf8)
      #expect(ListeningPage.script.contains(text), "\(name) is not in the page's script")
    }
  }

  @Test func fillIsOnePassAndLeavesUnknownNames() {
    let filled = ListeningPage.fill("a {{x}} {{y}} {{unknown}} {{open", ["x": "{{y}}", "y": "Y"])
    #expect(filled == "a {{y}} Y {{unknown}} {{open")
  }

  @Test func scriptJSONEscapesWhatHTMLReads() throws {
    let json = try ListeningPage.scriptJSON(["text": "</script> <!-- & \u{2028}"])
    #expect(!json.contains("<") && !json.contains(">") && !json.contains("&"))
    let decoded = try JSONDecoder().decode([String: String].self, from: Data(json.utf8))
    #expect(decoded["text"] == "</script> <!-- & \u{2028}")
  }

  @Test func sameInputsSameBytes() throws {
    #expect(try page().html() == page().html())
  }
}

struct LevelEnvelopeTests {
  @Test func levelsAreDecibelsAboveTheFloor() {
    #expect(LevelEnvelope.level(sumOfSquares: 0, frames: 10) == 0)
    #expect(LevelEnvelope.level(sumOfSquares: 10 * 32768 * 32768, frames: 10) == 100)
    // -20 dBFS: a tenth of full scale.
    let tenth = 3277
    #expect(LevelEnvelope.level(sumOfSquares: 4 * tenth * tenth, frames: 4) == 60)
    // Below the floor is silence.
    #expect(LevelEnvelope.level(sumOfSquares: 1, frames: 1000) == 0)
  }

  @Test func theMeterCutsWindowsAcrossSpeechAndSilence() {
    var meter = LevelMeter(step: 10)
    meter.add([Int16](repeating: 3277, count: 15))
    meter.addSilence(10)
    meter.add([Int16](repeating: -32767, count: 3))
    // [speech 10] [speech 5 + silence 5] [silence 5 + loud 3]
    let levels = meter.finish()
    #expect(levels.count == 3)
    #expect(levels[0] == 60 && levels[1] > 0 && levels[1] < 60 && levels[2] > 60)
  }

  @Test func encodesAsOneHexadecimalStringAndBack() throws {
    let envelope = LevelEnvelope(parts: [[0, 10, 100, 255]], starts: [0], frames: 4, step: 1)
    let json = String(decoding: try JSONEncoder().encode(envelope), as: UTF8.self)
    #expect(json.contains("\"values\":\"000a64ff\""))
    #expect(try JSONDecoder().decode(LevelEnvelope.self, from: Data(json.utf8)) == envelope)
  }

  @Test func partsArePlacedAtTheirStartsWithSilenceBetween() {
    let envelope = LevelEnvelope(parts: [[50, 60], [70]], starts: [0, 45], frames: 58, step: 10)
    #expect(envelope.values == [50, 60, 0, 0, 70, 0])
  }
}
