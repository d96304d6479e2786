import Foundation
import LecternAudio
import LecternSystem
import LecternText
import Testing

@testable import LecternRender

/// The captions, the envelope, the part records and a whole render's text files, written
/// part by part, are what the whole-document writers give.
struct StreamedOutputTests {
  /// Part `index` of a made-up timeline: sentences of one to twelve words (short cues that
  /// merge, long ones that split), some in Russian, every word anchored but the odd ones of
  /// long sentences; part 3 says nothing.
  func timings(part index: Int) -> [UtteranceTiming] {
    guard index != 3 else { return [] }
    return (0..<(index % 4 + 1)).map { number in
      let count = (index * 5 + number * 7) % 12 + 1
      let words = (0..<count).map { "w\($0)<&>\(index)" }
      let text = words.joined(separator: " ")
      let russian = number % 2 == 1 ? "Спасибо" : ""
      let whole = russian.isEmpty ? text : text + " " + russian
      var spans = [Span(text: text, spoken: text, lang: "en", voice: "s")]
      if !russian.isEmpty {
        spans.append(Span(text: russian, spoken: russian, lang: "ru", voice: "r"))
      }
      var anchors: [TextAnchor] = []
      var offset = 0
      for (position, word) in words.enumerated() where count < 8 || position % 2 == 0 {
        anchors.append(TextAnchor(offset: offset, frame: number * 90_000 + position * 9_000))
        offset += word.unicodeScalars.count + 1
      }
      let start = number * 90_000
      return UtteranceTiming(
        utterance: Utterance(id: "\(index).\(number)", text: whole, spans: spans), start: start,
        end: start + count * 9_000 + 2_000, spans: spans.map { _ in start..<start + 100 },
        anchors: anchors, silenced: false)
    }
  }

  @Test func captionsStreamedPartByPartAreTheWholeCaptions() throws {
    let folder = try ScratchDirectory(purpose: "lectern-captions-test")
    let starts = (0..<9).map { $0 * 400_000 - ($0 % 3) * 150_000 }
    let parts = starts.enumerated().map { (start: $1, timings: timings(part: $0)) }
    let whole = Captions(parts: parts, language: "en", sampleRate: 22_050)
    let (vtt, srt) = (folder.path + "/c.vtt", folder.path + "/c.srt")
    var stream = try CaptionStream(
      vtt: try TextFileOutput(path: vtt, published: vtt),
      srt: try TextFileOutput(path: srt, published: srt), language: "en", sampleRate: 22_050)
    for (index, part) in parts.enumerated() {
      try stream.add(part: index, start: part.start, timings: part.timings)
    }
    try stream.finish()
    #expect(whole.cues.count > 10)
    #expect(try String(contentsOfFile: vtt, encoding: .utf8) == whole.webVTT)
    #expect(try String(contentsOfFile: srt, encoding: .utf8) == whole.subRip)
  }

  @Test func envelopeStreamedIsTheWholeEnvelope() throws {
    let folder = try ScratchDirectory(purpose: "lectern-envelope-test")
    let step = LevelEnvelope.step(sampleRate: 8_000)
    // Parts that share windows with the one before (gaps shorter than a step) and a pause.
    let lengths = [1_000, 450, 3_333, 10, 2_000]
    let starts = [0, 1_010, 1_500, 4_900, 5_000]
    let frames = 9_000
    let samples = lengths.enumerated().map { index, length in
      (0..<length).map { Int16(truncatingIfNeeded: ($0 * (index + 3) * 977) % 30_000 - 15_000) }
    }
    let levels = samples.map { part in
      var meter = LevelMeter(step: step)
      meter.add(part)
      return meter.finish()
    }
    let whole = LevelEnvelope(parts: levels, starts: starts, frames: frames, step: step)
    let path = folder.path + "/envelope"
    var stream = try EnvelopeStream(
      frames: frames, sampleRate: 8_000, path: path, published: path)
    for (part, start) in zip(levels, starts) { try stream.add(levels: part, start: start) }
    try stream.finish()
    let hex = whole.values.map { String(format: "%02x", $0) }.joined()
    #expect(whole.values.contains { $0 > 0 })
    #expect(try String(contentsOfFile: path, encoding: .utf8) == hex)
  }

  @Test func partRecordsReadBackExactly() throws {
    let folder = try ScratchDirectory(purpose: "lectern-record-test")
    let timings = timings(part: 2)
    let part = Part(id: "2", kind: .paragraph, utterances: timings.map(\.utterance))
    let record = PartRecord(
      key: "k\u{0}é", frames: 1 << 40,
      figures: LoudnessFigures(
        integrated: nil, range: -0.0, truePeak: -.infinity, samplePeak: 5e-324, rms: .infinity,
        noiseFloor: -1e300, head: 1.0 / 3.0, tail: 0, duration: 2.5),
      check: PartFileCheck(bytes: 12, crc32: "0a0b0c0d"), timings: timings, levels: [0, 100, 7])
    try record.save(to: folder.path + "/2.part")
    let loaded = try PartRecord.load(folder.path + "/2.part", part: part)
    #expect(loaded == record)
    #expect(loaded.figures.truePeak == -.infinity)
    // A record does not read back for a part with another number of utterances.
    let other = Part(id: "2", kind: .paragraph, utterances: [])
    #expect(throws: RenderError.self) { try PartRecord.load(folder.path + "/2.part", part: other) }
  }

  @Test func renderWritesWhatTheWholeDocumentWritersGive() throws {
    let base = RendererTests()
    let folder = try ScratchDirectory(purpose: "lectern-streamed-render-test")
    let awkward = "Say \"<b>&amp;</b>\" / \\ \u{2028} 日本 🙂 </script>."
    let plan = RenderPlan.paragraphs(
      ["First one.", awkward, "Third paragraph, longer than the others by far here."],
      document: "doc")
    let returned = try base.renderer().render(
      plan, source: "doc.txt", into: folder.path, settings: .init())
    let root = folder.path + "/doc/"
    func text(_ name: String) throws -> String {
      String(
        decoding: try #require(FileManager.default.contents(atPath: root + name)), as: UTF8.self)
    }
    let manifestText = try text("manifest.json")
    let manifest = try JSONDecoder().decode(Manifest.self, from: Data(manifestText.utf8))
    #expect(manifestText == (try manifest.json()))
    #expect(manifest.parts.map(\.utterances.count) == [1, 1, 1])
    #expect(returned.parts.map(\.id) == manifest.parts.map(\.id))
    #expect(returned.parts.allSatisfy { $0.utterances.isEmpty })
    #expect(try text("chapters.json") == ChaptersFile(manifest: manifest, plan: plan).json())
    let levels = try manifest.parts.map { part in
      var reader = try SoundFileReader(path: root + part.file)
      var meter = LevelMeter(step: LevelEnvelope.step(sampleRate: manifest.sampleRate))
      meter.add(try reader.readAll())
      return meter.finish()
    }
    let page = ListeningPage(
      plan: plan, manifest: manifest, manifestJSON: manifestText, webVTT: try text("doc.vtt"),
      captionFiles: ("doc.vtt", "doc.srt"), levels: levels)
    #expect(try text("index.html") == page.html())
  }
}
