import Foundation
import LecternAudio
import LecternRender
import Testing

/// Hundreds of parts in one run, as the engine really renders them.
///
/// The defect this guards against: every part after about the 164th job of a synthesis
/// process came out truncated (and earlier ones a few samples off), so a part's audio
/// depended on its position in the run.
@Suite(.serialized)
struct ScaleTests {
  static let count = 600
  static let words = [
    "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet",
    "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango",
  ]

  /// A document of `count` numbered paragraphs, distinct from each other; the paragraph texts
  /// are rotated by `rotation` places.
  static func document(rotation: Int) -> String {
    let texts = (1...count).map { index in
      let picked = (0..<4).map { words[(index * 7 + $0 * 3 + index / 20) % words.count] }
      return "Paragraph \(index) speaks of \(picked.joined(separator: " "))."
    }
    let rotated = Array(texts[rotation...] + texts[..<rotation])
    let paragraphs = rotated.enumerated().map { "\($0.offset + 1). \($0.element)" }
    return (["Statement of the Secretary General", ""] + paragraphs).joined(separator: "\n\n")
  }

  func samples(_ path: String) throws -> [Int16] {
    var reader = try SoundFileReader(path: path)
    return try reader.readAll()
  }

  @Test func everyPartIsTheSameWhereverItStandsAndTheWholeIsPartsAndPauses() throws {
    let directory = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    var manifests: [Manifest] = []
    for rotation in [0, Self.count / 2] {
      let source = "\(directory)/scale\(rotation).txt"
      try Self.document(rotation: rotation).write(toFile: source, atomically: true, encoding: .utf8)
      let result = try LecternProcess.run(
        ["render", source, "--output", directory, "--no-cache", "--quiet", "--no-page"])
      try #require(result.status == 0, "\(result.stderr)")
      manifests.append(try RenderCommandTests.loadManifest("\(directory)/scale\(rotation)"))
    }
    let (first, rotated) = (manifests[0], manifests[1])
    try #require(first.parts.count > Self.count)

    // The whole file is its parts and the pauses between them, to the sample.
    let whole = try samples("\(directory)/scale0/\(first.file)")
    #expect(whole.count == first.frames)
    var previousEnd = 0
    var partSamples: [String: [Int16]] = [:]
    for part in first.parts {
      let audio = try samples("\(directory)/scale0/\(part.file)")
      let sameSlice = Array(whole[part.startFrame..<part.endFrame]) == audio
      let silentGap = whole[previousEnd..<part.startFrame].allSatisfy { $0 == 0 }
      #expect(sameSlice && silentGap, "part \(part.id)")
      partSamples[part.utterances.map(\.text).joined()] = audio
      previousEnd = part.endFrame
    }
    #expect(previousEnd == first.frames)

    // Each paragraph sounds the same at the other end of the other document.
    var compared = 0
    for part in rotated.parts where part.kind == "paragraph" {
      // The text names the paragraph's place in the first document.
      let text = part.utterances.map(\.text).joined()
      guard let original = partSamples[text] else { continue }
      let same = try samples("\(directory)/scale\(Self.count / 2)/\(part.file)") == original
      #expect(same, "\(text.prefix(14)) moved to part \(part.id)")
      compared += 1
    }
    #expect(compared == Self.count)

    // And a part previewed alone is the part of the full render (early, middle, last).
    for id in ["1", "300", "\(Self.count)"] {
      let part = try #require(first.parts.first { $0.id == id })
      let preview = "\(directory)/preview-\(id).wav"
      let result = try LecternProcess.run(
        ["preview", id, "\(directory)/scale0.txt", "--output", preview, "--no-cache"])
      try #require(result.status == 0, "\(result.stderr)")
      let same = try samples(preview) == samples("\(directory)/scale0/\(part.file)")
      #expect(same, "part \(id)")
    }
  }
}
