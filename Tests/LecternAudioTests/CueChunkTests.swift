import LecternSystem
import LecternTestSupport
import Testing

@testable import LecternAudio

/// Cue points at any count: the WAV stays a WAV, every sample and every cue reads back.
@Suite struct CueChunkTests {
  /// libsndfile 1.2.0 alone lost the `data` chunk from about 2,730 cues (its header buffer
  /// is 64 KiB) and reads no more than 2,500 back; 10,000 is past both.
  @Test(arguments: [1, 2_500, 2_501, 2_730, 10_000])
  func everyCueAndSampleReadsBack(count: Int) throws {
    try withTemporaryDirectory { directory in
      let framesPerPart = 7
      let samples = testTone(frames: count * framesPerPart)
      let cues = (0..<count).map { CueMarker(frame: $0 * framesPerPart, label: "\($0)") }
      let path = directory + "/long.wav"
      try AtomicFile.writeSound(
        to: path, format: .wav, sampleRate: 22_050, metadata: AudioMetadata(title: "Long"),
        cues: cues
      ) { writer in try writer.write(samples) }
      var reader = try SoundFileReader(path: path)
      #expect(reader.info.frames == samples.count)
      let read = try reader.readAll()
      #expect(read.count == samples.count)
      let identical = read == samples
      #expect(identical)
      #expect(reader.string(.title) == "Long")
      #expect(try reader.cues() == cues.map(\.frame))
    }
  }

  /// The chunk goes after the samples, where RIFF allows any chunk; the RIFF size covers it.
  @Test func cueChunkFollowsTheDataChunk() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/t.wav"
      var writer = try SoundFileWriter(
        path: path, format: .wav, sampleRate: 22_050,
        cues: [CueMarker(frame: 0, label: "a"), CueMarker(frame: 2, label: "b")])
      try writer.write([1, 2, 3])
      try writer.close()
      let bytes = try #require(try? BoundedFile.read(path, limit: 1 << 20).get())
      let riffSize = bytes[4..<8].enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
      #expect(riffSize + 8 == bytes.count)
      // data (3 samples: 6 bytes), then the cue chunk: 4 + 2 × 24 bytes.
      let tail = Array(bytes.suffix(8 + 4 + 48))
      #expect(Array(tail[0..<4]) == Array("cue ".utf8))
      #expect(tail[4] == 52 && tail[8] == 2)
      let data = try #require(bytes.firstRange(of: Array("data".utf8)))
      #expect(data.lowerBound + 8 + 6 == bytes.count - tail.count)
    }
  }
}
