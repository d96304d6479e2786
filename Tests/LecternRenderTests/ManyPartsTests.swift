import Foundation
import LecternAudio
import LecternSpeech
import LecternText
import Testing

@testable import LecternRender

/// A document of 10,000 parts: past the 2,730 cue points at which libsndfile alone lost the
/// `data` chunk, and the 2,500 it reads back.
@Suite(.serialized)
struct ManyPartsTests {
  @Test func tenThousandPartsReadBackWholeWithACueEach() throws {
    let base = RendererTests()
    let directory = try base.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let count = 10_000
    let plan = RenderPlan(
      document: "many", language: "en",
      parts: (1...count).map { index in
        let text = "P\(index)."
        return Part(
          id: "\(index)", kind: .paragraph,
          utterances: [
            Utterance(
              id: "\(index).1", text: text,
              spans: [Span(text: text, spoken: text, lang: "en", voice: "speaker")])
          ])
      })
    let manifest = try base.renderer().render(
      plan, source: "many.txt", into: directory, settings: .init())
    #expect(manifest.parts.count == count)
    var whole = try SoundFileReader(path: directory + "/many/many.wav")
    #expect(whole.info.frames == manifest.frames)
    #expect(try whole.cues() == manifest.parts.map(\.startFrame))
    #expect(manifest.parts.map(\.cue) == Array(1...count))
    // The whole file, read to its end, holds the parts' files at the manifest's places
    // (every part is checked so by the renderer tests; here one in a hundred, and the last).
    let samples = try whole.readAll()
    #expect(samples.count == manifest.frames)
    var mismatched: [String] = []
    for (index, part) in manifest.parts.enumerated() where index % 100 == 0 || index == count - 1 {
      var reader = try SoundFileReader(path: directory + "/many/" + part.file)
      if try reader.readAll() != Array(samples[part.startFrame..<part.endFrame]) {
        mismatched.append(part.id)
      }
    }
    #expect(mismatched.isEmpty, "\(mismatched.prefix(10))")
  }
}
