import Foundation
import LecternSystem
import LecternText
import Testing

@testable import LecternRender

/// The JSON a render writes piece by piece is byte for byte what `JSONEncoder` gives for
/// the whole document, whatever the strings and numbers hold.
struct StreamedJSONTests {
  /// Every C0 control, the characters JSON and HTML escape, a lone combining mark, the line
  /// and paragraph separators, a byte-order mark, and characters outside the BMP.
  static let awkward: String = {
    let controls = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }.joined()
    return controls
      + "\"\\/\u{7F}<>&'\u{2028}\u{2029}\u{85}\u{A0}\u{FEFF}e\u{301}\u{301}日本語 🙂👩‍👩‍👧 </script><!--"
  }()

  func span(_ text: String, start: Int) -> Manifest.SpanEntry {
    .init(
      text: text, spoken: text + "\u{0}", lang: "ru", voice: "v/1", startFrame: start,
      endFrame: start + 7)
  }

  /// A manifest whose parts cover empty and full arrays, absent and present optionals, and
  /// doubles from tiny to huge.
  func manifest() -> Manifest {
    let utterance = Manifest.UtteranceEntry(
      id: "1.1", startFrame: 3, endFrame: 9, start: 1e-7, end: 123_456.789_012,
      text: Self.awkward, languages: ["en", "ru"], voices: [], silenced: true,
      spans: [span(Self.awkward, start: 3), span("/", start: 10)])
    var full = Manifest.PartEntry(
      id: Self.awkward, kind: "paragraph", file: "parts/01-a/b.wav", cue: 2, key: "k",
      startFrame: 0, endFrame: 1 << 40, start: 0, end: 1e21, utterances: [utterance, utterance])
    full.title = Self.awkward
    full.fileKey = "f"
    full.bytes = 0
    full.crc32 = "00000000"
    let figures = LoudnessEntry.Figures(
      integrated: nil, range: -0.0, truePeak: -200, samplePeak: 0.1 + 0.2, rms: -1e-300,
      noiseFloor: 5e-324, head: 2.5, tail: 1.0 / 3.0, meets: false,
      problems: [Self.awkward, ""])
    full.loudness = figures.entry
    let empty = Manifest.PartEntry(
      id: "2", kind: "intro", file: "", cue: 3, key: "", startFrame: -1, endFrame: 0,
      start: -0.5, end: 0, utterances: [])
    var manifest = Manifest(
      document: Self.awkward, source: "a/" + Self.awkward, file: "x.wav", format: "wav",
      sampleRate: 44_100, frames: 12, duration: 9.999_999_999, engine: "e", parts: [])
    manifest.parts = [full, empty, full]
    manifest.loudness = figures.entry
    manifest.master = "web"
    manifest.chapters = "chapters.json"
    manifest.renderKey = Self.awkward
    return manifest
  }

  /// Writes `document` through a ``JSONArrayFile`` with `elements` as its array under `key`.
  func streamed(
    _ document: some Encodable, key: String, elements: [some Encodable]
  ) throws -> String {
    let folder = try ScratchDirectory(purpose: "lectern-json-test")
    let path = folder.path + "/out.json"
    var file = try JSONArrayFile(
      try TextFileOutput(path: path, published: path), document: document, key: key,
      what: "test")
    for element in elements { try file.append(element) }
    try file.finish()
    return String(decoding: try #require(FileManager.default.contents(atPath: path)), as: UTF8.self)
  }

  @Test func manifestStreamedIsTheWholeEncoding() throws {
    let whole = manifest()
    var head = whole
    head.parts = []
    let text = try streamed(head, key: "parts", elements: whole.parts)
    #expect(text == (try whole.json()))
    #expect(try JSONDecoder().decode(Manifest.self, from: Data(text.utf8)) == whole)
  }

  /// A manifest whose parts are written before its head is known (a render writes them
  /// while the whole file is still measured): the head given at the end, with other
  /// loudness figures than the draft's, decides the bytes around the same parts.
  @Test func manifestWithItsHeadWrittenLastIsTheWholeEncoding() throws {
    let whole = manifest()
    var draft = whole
    draft.parts = []
    draft.loudness = nil
    draft.renderKey = nil
    var head = whole
    head.parts = []
    for parts in [whole.parts, []] {
      let folder = try ScratchDirectory(purpose: "lectern-json-test")
      let path = folder.path + "/manifest.json"
      var file = try DeferredJSONArrayFile(
        try TextFileOutput(path: path, published: path),
        elements: try TextFileOutput(path: path + ".parts", published: path), draft: draft,
        key: "parts", what: "test")
      for part in parts { try file.append(part) }
      try file.finish(document: head)
      var expected = whole
      expected.parts = parts
      let text = String(
        decoding: try #require(FileManager.default.contents(atPath: path)), as: UTF8.self)
      #expect(text == (try expected.json()))
    }
  }

  @Test func manifestWithNoPartsIsTheWholeEncoding() throws {
    var whole = manifest()
    whole.parts = []
    #expect(try streamed(whole, key: "parts", elements: [Manifest.PartEntry]()) == whole.json())
  }

  @Test func chaptersStreamedAreTheWholeEncoding() throws {
    let whole = manifest()
    let plan = RenderPlan(
      document: Self.awkward, language: "en",
      metadata: DocumentMetadata(title: Self.awkward, speaker: "<&>"), parts: [])
    let file = ChaptersFile(manifest: whole, plan: plan)
    let text = try streamed(
      ChaptersFile(plan: plan, fileName: whole.file), key: "chapters", elements: file.chapters)
    #expect(text == (try file.json()))
  }

  @Test func renderKeyHashesThePlanAsEncodedWhole() throws {
    let plan = RenderPlan(
      document: Self.awkward, language: "en",
      metadata: DocumentMetadata(title: Self.awkward, speaker: "/"),
      parts: (0..<3).map { index in
        Part(
          id: "\(index)", kind: .paragraph,
          utterances: [
            Utterance(
              id: "\(index).1", text: Self.awkward,
              spans: [Span(text: Self.awkward, spoken: "\\/", lang: "en", voice: "s")])
          ])
      })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    var whole = SHA256()
    whole.update(try encoder.encode(plan))
    var streamed = SHA256()
    try Renderer.hashPlan(plan, into: &streamed)
    #expect(streamed.finalizeHex() == whole.finalizeHex())
  }

  @Test func previousManifestIsReadPartByPartAsDecodedWhole() throws {
    let folder = try ScratchDirectory(purpose: "lectern-previous-test")
    let whole = manifest()
    let path = folder.path + "/manifest.json"
    try AtomicFile.write(try whole.json(), to: path)
    let read = try #require(PreviousManifest.read(path))
    #expect(read.format == whole.format)
    #expect(read.parts.map(\.file) == whole.parts.map(\.file))
    #expect(read.parts.map(\.fileKey) == whole.parts.map(\.fileKey))
    #expect(read.parts.map(\.bytes) == whole.parts.map(\.bytes))
    #expect(read.parts.map(\.crc32) == whole.parts.map(\.crc32))
    // Any other shape gives nothing: compact JSON, a cut file, a FIFO (never waited for).
    let compact = JSONEncoder()
    try AtomicFile.write(try compact.encode(whole).map { $0 }, to: path)
    #expect(PreviousManifest.read(path) == nil)
    try AtomicFile.write(String(try whole.json().prefix(3000)), to: path)
    #expect(PreviousManifest.read(path) == nil)
    #expect(mkfifo(folder.path + "/fifo", 0o600) == 0)
    #expect(PreviousManifest.read(folder.path + "/fifo") == nil)
  }

  @Test func scriptSafeBytesAreTheSameWhereverAPieceEnds() {
    let text = "a\u{2028}<b>\u{2029}&\u{E000}\u{2027}c"
    let whole = ListeningPage.scriptSafe(text)
    let bytes = Array(text.utf8)
    for cut in 0...bytes.count {
      var safe = ScriptSafeBytes()
      let out =
        safe.escape(bytes[..<cut], last: false) + safe.escape(bytes[cut...], last: false)
        + safe.escape([], last: true)
      #expect(String(decoding: out, as: UTF8.self) == whole, "cut at \(cut)")
    }
  }
}

extension LoudnessEntry {
  /// The fields of an entry, to build one with any values.
  struct Figures: Codable {
    var integrated: Double?
    var range, truePeak, samplePeak, rms: Double
    var noiseFloor: Double?
    var head, tail: Double
    var meets: Bool
    var problems: [String]

    /// The entry with these fields.
    var entry: LoudnessEntry? {
      guard let data = try? JSONEncoder().encode(self) else { return nil }
      return try? JSONDecoder().decode(LoudnessEntry.self, from: data)
    }
  }
}
