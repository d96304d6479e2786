import Foundation
import LecternAudio
import LecternSpeech
import LecternSupport
import LecternText
import Testing

@testable import LecternRender

/// What a render must never lose or touch, over the test synthesizer: real forks and files.
@Suite(.serialized)
struct OutputSafetyTests {
  let base = RendererTests()

  /// Every regular file under `folder`, with its bytes.
  static func snapshot(_ folder: String) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: folder)
    while let relative = enumerator?.nextObject() as? String {
      var isDirectory: ObjCBool = false
      let path = folder + "/" + relative
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        files[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
      }
    }
    return files
  }

  @Test(arguments: [[], ["— — —", "***"], ["…", "• • •"]])
  func planWithoutWordsNeverReplacesARender(texts: [String]) throws {
    let directory = try base.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let renderer = base.renderer()
    try renderer.render(base.plan(), source: "t", into: directory, settings: .init())
    let before = try Self.snapshot(directory)
    let wordless = RenderPlan(
      document: "test", language: "en",
      parts: texts.enumerated().map { index, text in
        Part(
          id: "\(index + 1)", kind: .paragraph,
          utterances: [
            Utterance(
              id: "\(index + 1).1", text: text,
              spans: [Span(text: text, spoken: text, lang: "en", voice: "speaker")])
          ])
      })
    let error = #expect(throws: DocumentError.self) {
      try renderer.render(wordless, source: "wordless.txt", into: directory, settings: .init())
    }
    #expect(error == .nothingToSpeak(path: "wordless.txt"))
    #expect(error?.exitStatus == .dataError)
    #expect(try Self.snapshot(directory) == before)
  }
}
