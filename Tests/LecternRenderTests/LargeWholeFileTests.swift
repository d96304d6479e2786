import Foundation
import LecternAudio
import Testing

@testable import LecternRender

/// A whole WAV file too long for RIFF's 4 GiB is written as RF64, with the same samples, cue
/// points and labels; the part files, short enough, stay plain WAV byte for byte. The limit
/// is injected (a few kilobytes instead of 4 GiB of audio), the rule is the renderer's.
@Suite struct LargeWholeFileTests {
  @Test func wholeFilePastTheLimitIsRF64WithEverySampleAndCue() throws {
    let base = RendererTests()
    let directory = try base.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let plain = try base.renderer().render(
      base.plan(), source: "test.txt", into: directory + "/plain", settings: .init())
    // Room for the longest part (no cue points) but not for the whole file.
    let longest = try #require(plain.parts.map { $0.endFrame - $0.startFrame }.max())
    var settings = Renderer.Settings()
    settings.riffLimit = 2 * longest + WAVContainer.headerAllowance + 1
    #expect(WAVContainer.choose(frames: plain.frames, limit: settings.riffLimit) == .rf64)
    let large = try base.renderer().render(
      base.plan(), source: "test.txt", into: directory + "/large", settings: settings)

    let whole = { (folder: String) in directory + "/\(folder)/test/test.wav" }
    #expect(try head(whole("plain")) == "RIFF")
    #expect(try head(whole("large")) == "RF64")
    var before = try SoundFileReader(path: whole("plain"))
    var after = try SoundFileReader(path: whole("large"))
    #expect(after.info.format == .wav)
    #expect(after.info.frames == large.frames)
    let same = try after.readAll() == before.readAll()
    #expect(same)
    #expect(try after.cues() == large.parts.map(\.startFrame))
    #expect(after.string(.title) == before.string(.title))
    #expect(large.parts.map(\.file) == plain.parts.map(\.file))
    for part in large.parts {
      let files = try ["plain", "large"].map { folder in
        try Data(contentsOf: URL(fileURLWithPath: directory + "/\(folder)/test/" + part.file))
      }
      #expect(files[0] == files[1], "\(part.file)")
      #expect(String(decoding: files[1].prefix(4), as: UTF8.self) == "RIFF")
    }
  }

  @Test func partsStartingPastA32BitFrameHaveAChapterButNoCue() throws {
    let texts = ["One.", "Two.", "Three."]
    let job = RenderJob(
      plan: .paragraphs(texts, document: "long"), settings: .init(), engineRate: 22_050,
      engine: "test 1", casting: RendererTests().casting)
    let last = Int(UInt32.max)
    let layout = RenderJob.Layout(starts: [0, last, last + 1], gaps: [0, 0, 0], total: last + 9)
    let parts = texts.indices.map { _ in
      PartSummary(key: "k", frames: 1, padding: (0, 0), peaks: (0, 0), samples: .held([]))
    }
    let labels = job.wholeLabels(parts, layout)
    #expect(labels.cues.map(\.frame) == [0, last])
    #expect(labels.cues.map(\.label) == (0...1).map(job.files.title))
    // A format that tags chapters has every part's, wherever it starts.
    var flac = job.settings
    flac.format = .flac
    let other = RenderJob(
      plan: job.plan, settings: flac, engineRate: 22_050, engine: "test 1", casting: job.casting)
    #expect(other.wholeLabels(parts, layout).chapters.count == 3)
    #expect(other.wholeLabels(parts, layout).cues.isEmpty)
  }

  private func head(_ path: String) throws -> String {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    return String(decoding: data.prefix(4), as: UTF8.self)
  }
}
