import LecternSystem
import LecternTestSupport
import Testing

@testable import LecternAudio

/// WAV files past RIFF's 4 GiB: written as RF64, whose 64-bit sizes Lectern's own chunks
/// (cue points, their labels) keep right, instead of a plain WAV whose sizes wrap around.
@Suite struct RF64Tests {
  /// RIFF while the samples, cue points, labels and header fit the limit; RF64 beyond.
  @Test func containerIsRF64OnlyPastTheLimit() {
    let labels = ["intro", "1", "2"]
    let fixed = 12 + 3 * WAVCueChunk.pointSize + WaveLabels.chunkSize(labels)
    let limit = 1_000_000
    let fitting = (limit - fixed - WAVContainer.headerAllowance) / 2
    #expect(WAVContainer.choose(frames: fitting, cueLabels: labels, limit: limit) == .riff)
    #expect(WAVContainer.choose(frames: fitting + 1, cueLabels: labels, limit: limit) == .rf64)
    #expect(WAVContainer.choose(frames: fitting / 2, channels: 2, limit: limit) == .riff)
    #expect(WAVContainer.choose(frames: Int.max / 2) == .rf64)
    // 16 hours of 44.1 kHz mono pass 4 GiB; 16 hours of the engine's 22,050 Hz do not.
    #expect(WAVContainer.choose(frames: 16 * 3600 * 44_100) == .rf64)
    #expect(WAVContainer.choose(frames: 16 * 3600 * 22_050) == .riff)
  }

  /// An RF64 file with cue points and their labels: every sample, cue and tag reads back,
  /// and the 64-bit RIFF size in `ds64` covers the chunks appended after the samples.
  @Test func rf64KeepsSamplesCuesLabelsAndItsSize() throws {
    try withTemporaryDirectory { directory in
      let samples = testTone(frames: 3_000)
      let cues = [0, 1_000, 2_500].map { CueMarker(frame: $0, label: "part \($0)") }
      let path = directory + "/long.wav"
      var writer = try SoundFileWriter(
        path: path, format: .wav, sampleRate: 44_100, metadata: AudioMetadata(title: "Long"),
        cues: cues, container: .rf64)
      try writer.write(samples)
      try writer.close()
      try AudioFileFinisher.finish(
        path, format: .wav, metadata: AudioMetadata(title: "Long"),
        cueLabels: cues.map(\.label), serial: 0)

      let bytes = try #require(try? BoundedFile.read(path, limit: 1 << 20).get())
      #expect(Array(bytes[0..<4]) == Array("RF64".utf8))
      let riffSize = bytes[20..<28].enumerated().reduce(0) {
        $0 | Int($1.element) << (8 * $1.offset)
      }
      #expect(riffSize + 8 == bytes.count)
      #expect(bytes.firstRange(of: Array("adtl".utf8)) != nil)

      var reader = try SoundFileReader(path: path)
      #expect(reader.info.format == .wav)
      #expect(reader.info.frames == samples.count)
      let identical = try reader.readAll() == samples
      #expect(identical)
      #expect(reader.string(.title) == "Long")
      #expect(try reader.cues() == cues.map(\.frame))
    }
  }

  /// A plain RIFF file is the default, byte for byte what it was.
  @Test func riffStaysTheDefault() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/short.wav"
      var writer = try SoundFileWriter(path: path, format: .wav, sampleRate: 22_050)
      try writer.write([1, 2, 3])
      try writer.close()
      let bytes = try #require(try? BoundedFile.read(path, limit: 1 << 20).get())
      #expect(Array(bytes[0..<4]) == Array("RIFF".utf8))
      #expect(bytes.count == 44 + 6)
    }
  }
}
