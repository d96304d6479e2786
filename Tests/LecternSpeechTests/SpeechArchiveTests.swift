import Foundation
import LecternSpeech
import Testing

extension SpeechTests {
  @Suite struct SpeechArchiveTests {
    func sampleSpeeches() throws -> [Speech] {
      var double = TestSynthesizer()
      return [
        try double.synthesize("Hello there. Bye!", voice: english, options: .init()),
        Speech(samples: [], sampleRate: 22_050, events: []),
        try double.synthesize("Спасибо", voice: russian, options: .init(endPause: false)),
      ]
    }

    @Test func roundTripsAndLeavesNoTemporaryFile() throws {
      let folder = try temporaryFolder()
      defer { removeFolder(folder) }
      let path = "\(folder)/speech.lspa"
      let speeches = try sampleSpeeches()
      try SpeechArchive.write(speeches, to: path)
      #expect(try SpeechArchive.read(path) == speeches)
      #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["speech.lspa"])
      try SpeechArchive.write([], to: path)
      #expect(try SpeechArchive.read(path).isEmpty)
    }

    @Test func refusesTruncatedOrCorruptFiles() throws {
      let folder = try temporaryFolder()
      defer { removeFolder(folder) }
      let path = "\(folder)/speech.lspa"
      // Small, so that every single byte can be flipped in turn.
      let small = [
        Speech(
          samples: [0, 1, -1, 300, -300, .max, .min], sampleRate: 22_050,
          events: [
            SynthesisEvent(kind: .sentence, sample: 0, textPosition: 1, length: 0),
            SynthesisEvent(kind: .word, sample: 2, textPosition: 1, length: 5),
            SynthesisEvent(kind: .end, sample: 7, textPosition: 5, length: 0),
          ]),
        Speech(samples: [], sampleRate: 22_050, events: []),
      ]
      try SpeechArchive.write(small, to: path)
      #expect(try SpeechArchive.read(path) == small)
      let original = try Data(contentsOf: URL(fileURLWithPath: path))
      let broken = "\(folder)/broken.lspa"
      var variants: [Data] = [Data(), original.prefix(10), original.dropLast(1)]
      variants += (0..<original.count).map { cut in original.prefix(cut) }
      for index in original.indices {
        var flipped = original
        flipped[index] ^= 0x20
        variants.append(flipped)
      }
      for variant in variants {
        try variant.write(to: URL(fileURLWithPath: broken))
        #expect {
          _ = try SpeechArchive.read(broken)
        } throws: { error in
          guard let error = error as? SpeechError, case .archive(let where_, _) = error.kind
          else { return false }
          return where_ == broken && error.exitStatus == .dataError
        }
      }
    }

    @Test func aMissingArchiveNamesItsPath() throws {
      let folder = try temporaryFolder()
      defer { removeFolder(folder) }
      let path = folder + "/absent.lspa"
      #expect {
        _ = try SpeechArchive.read(path)
      } throws: { error in
        guard let error = error as? SpeechError else { return false }
        return error.exitStatus == .noInput && error.description.hasPrefix(path)
          && error.description.contains("No such file")
      }
    }
  }
}
