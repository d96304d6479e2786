import LecternSystem
import LecternTestSupport
import Testing

@testable import LecternAudio

/// Every format written by ``SoundFileWriter`` and read back by libsndfile's own reader.
@Suite struct RoundTripTests {
  /// Frames written per file: not a multiple of any codec's block size.
  static let frames = 3 * 22_050 + 77

  static let metadata = AudioMetadata(
    title: "Bolshoye Spasibo", artist: "Jürgen Stock", date: "2019-09-26",
    comment: "Interpol CSTO Moscow — Большое спасибо", software: "Lectern tests")

  /// Writes `samples` (mono, 22 050 Hz) as `format` into `directory`, returns the path.
  static func writeFile(
    _ samples: [Int16], as format: AudioFormat, in directory: String,
    metadata: AudioMetadata = metadata, cues: [CueMarker] = []
  ) throws -> String {
    let path = "\(directory)/speech.\(format.fileExtension)"
    var writer = try SoundFileWriter(
      path: path, format: format, sampleRate: testRate(format), metadata: metadata, cues: cues)
    try writer.write(Array(samples[..<1_000]))
    try writer.writeSilence(frames: 5_000)
    try writer.write(Array(samples[6_000...]))
    #expect(writer.framesWritten == samples.count)
    try writer.close()
    return path
  }

  @Test(arguments: AudioFormat.allCases)
  func formatRoundTripsRateChannelsAndLength(format: AudioFormat) throws {
    try withTemporaryDirectory { directory in
      let path = try Self.writeFile(testTone(frames: Self.frames), as: format, in: directory)
      var reader = try SoundFileReader(path: path)
      #expect(reader.info.sampleRate == testRate(format))
      #expect(reader.info.channels == 1)
      #expect(reader.info.format == format)
      let decoded = try reader.readAll()
      // Measured with libsndfile 1.2.0: no codec pads. Vorbis keeps the exact granule
      // position and the MP3 decoder trims LAME's encoder delay and padding (gapless tag).
      #expect(reader.info.frames == Self.frames)
      #expect(decoded.count == Self.frames)
    }
  }

  @Test(arguments: [AudioFormat.ogg, .mp3])
  func lossyCodecsKeepTiming(format: AudioFormat) throws {
    try withTemporaryDirectory { directory in
      // Noise, not a tone: a periodic signal correlates as well one period off.
      let samples = testNoise(frames: Self.frames).map { $0 / 8 }
      let path = try Self.writeFile(samples, as: format, in: directory)
      var reader = try SoundFileReader(path: path)
      let decoded = try reader.readAll()
      // Best alignment of a 4096-frame window from the tail of the signal.
      let start = 40_000
      let window = samples[start..<(start + 4_096)].map(Double.init)
      let correlation = { (lag: Int) -> Double in
        window.indices.reduce(0) { sum, index in
          sum + window[index] * Double(decoded[start + lag + index])
        }
      }
      let best = (-1_200...1_200).max { correlation($0) < correlation($1) }
      #expect(best == 0, "\(format) decodes shifted by \(best ?? 0) frames")
      // Same loudness (measured: Vorbis 1.22, MP3 1.07 of the power): decoding to 16 bits
      // neither rescales nor clips.
      let power = { (signal: [Int16]) in
        signal[start..<(start + 4_096)].reduce(0) { $0 + Double($1) * Double($1) }
      }
      let ratio = power(decoded) / power(samples)
      #expect(ratio > 0.5 && ratio < 2, "\(format) power ratio \(ratio)")
    }
  }

  @Test(arguments: AudioFormat.allCases, [1, 1_152, 4_096, 22_050, 22_050 * 2 + 1])
  func lengthSurvivesEveryCodec(format: AudioFormat, frames: Int) throws {
    try withTemporaryDirectory { directory in
      let path = "\(directory)/length.\(format.fileExtension)"
      var writer = try SoundFileWriter(path: path, format: format, sampleRate: testRate(format))
      try writer.write(testTone(frames: frames))
      try writer.close()
      var reader = try SoundFileReader(path: path)
      let decoded = try reader.readAll()
      #expect(reader.info.frames - frames == 0)
      #expect(decoded.count == frames)
    }
  }

  @Test(arguments: [AudioFormat.wav, .flac])
  func losslessFormatsAreSampleExact(format: AudioFormat) throws {
    try withTemporaryDirectory { directory in
      let samples = testTone(frames: Self.frames)
      let path = try Self.writeFile(samples, as: format, in: directory)
      var expected = samples
      expected.replaceSubrange(1_000..<6_000, with: repeatElement(0, count: 5_000))
      var reader = try SoundFileReader(path: path)
      let decoded = try reader.readAll()
      #expect(decoded == expected)
    }
  }

  /// libsndfile writes the tags of these formats; MP3 and Opus tags are TagLib's
  /// (``FinisherTests``).
  @Test(arguments: [AudioFormat.wav, .flac, .ogg])
  func metadataReadsBack(format: AudioFormat) throws {
    try withTemporaryDirectory { directory in
      let path = try Self.writeFile(testTone(frames: Self.frames), as: format, in: directory)
      let reader = try SoundFileReader(path: path)
      #expect(reader.string(.title) == Self.metadata.title)
      #expect(reader.string(.artist) == Self.metadata.artist)
      #expect(reader.string(.date) == Self.metadata.date)
      #expect(reader.string(.comment) == Self.metadata.comment)
      // libsndfile appends its own name and version to the software tag.
      #expect(reader.string(.software) == "Lectern tests (libsndfile-1.2.0)")
    }
  }

  @Test func wavKeepsCuePoints() throws {
    try withTemporaryDirectory { directory in
      let cues = [
        CueMarker(frame: 0, label: "p1"), CueMarker(frame: 12_345, label: "p2"),
        CueMarker(frame: Self.frames - 1, label: "p3"),
      ]
      let path = try Self.writeFile(
        testTone(frames: Self.frames), as: .wav, in: directory, cues: cues)
      let reader = try SoundFileReader(path: path)
      #expect(try reader.cues() == cues.map(\.frame))
    }
  }

  @Test(arguments: [AudioFormat.flac, .ogg, .mp3])
  func otherFormatsIgnoreCuePoints(format: AudioFormat) throws {
    try withTemporaryDirectory { directory in
      let path = try Self.writeFile(
        testTone(frames: Self.frames), as: format, in: directory,
        cues: [CueMarker(frame: 10, label: "p1")])
      let reader = try SoundFileReader(path: path)
      #expect(try reader.cues().isEmpty)
      #expect(reader.info.format == format)
    }
  }

  @Test func readingInChunksMatchesReadingAll() throws {
    try withTemporaryDirectory { directory in
      let path = try Self.writeFile(testTone(frames: Self.frames), as: .wav, in: directory)
      var whole = try SoundFileReader(path: path)
      let all = try whole.readAll()
      var chunked = try SoundFileReader(path: path)
      var pieces: [Int16] = []
      while case let piece = try chunked.read(frames: 10_000), !piece.isEmpty {
        pieces += piece
      }
      #expect(pieces == all)
      #expect(try chunked.read(frames: 10).isEmpty)
    }
  }

  @Test func stereoFramesCountWholeFrames() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/stereo.wav"
      var writer = try SoundFileWriter(
        path: path, format: .wav, sampleRate: 22_050, channels: 2)
      try writer.write([1, -1, 2, -2])
      try writer.writeSilence(frames: 3)
      #expect(writer.framesWritten == 5)
      #expect(throws: AudioError.self) { try writer.write([1, 2, 3]) }
      try writer.close()
      var reader = try SoundFileReader(path: path)
      #expect(reader.info.channels == 2)
      #expect(try reader.readAll() == [1, -1, 2, -2, 0, 0, 0, 0, 0, 0])
    }
  }
}
