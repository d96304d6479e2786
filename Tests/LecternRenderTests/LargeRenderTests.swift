import Foundation
import LecternAudio
import LecternSpeech
import LecternSystem
import LecternText
import Testing

@testable import LecternRender

/// A document of more parts than a WAV file has cue markers for through the whole render layer (over the test synthesizer):
/// every file complete and readable back.
extension RendererTests {
  @Test func morePartsThanCueMarkersRenderAndReadBack() throws {
    let directory = try temporaryDirectory()
    defer { FileSystem.removeTree(directory) }
    let parts = (1...2_800).map { index in
      Part(
        id: String(index), kind: .paragraph,
        utterances: [
          Utterance(
            id: "\(index).1", text: "P\(index).",
            spans: [Span(text: "P\(index).", spoken: "P\(index).", lang: "en", voice: "speaker")])
        ])
    }
    let plan = RenderPlan(document: "big", language: "en", parts: parts)
    let manifest = try renderer().render(
      plan, source: "t", into: directory, settings: .init(page: false))
    #expect(manifest.parts.count == 2_800)
    var whole = try SoundFileReader(path: directory + "/big/big.wav")
    #expect(whole.info.frames == manifest.frames)
    let samples = try whole.readAll()
    #expect(samples.count == manifest.frames)
    let last = try #require(manifest.parts.last)
    var reader = try SoundFileReader(path: directory + "/big/" + last.file)
    #expect(try reader.readAll() == Array(samples[last.startFrame..<last.endFrame]))
    #expect(whole.cues().count == CueMarker.maximumPerFile)
    #expect(manifest.parts[CueMarker.maximumPerFile - 1].cue == CueMarker.maximumPerFile)
    #expect(manifest.parts[CueMarker.maximumPerFile].cue == 0)
  }
}
