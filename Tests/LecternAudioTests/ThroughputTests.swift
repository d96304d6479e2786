import LecternSystem
import LecternTestSupport
import Testing

@testable import LecternAudio

/// Five minutes of 22 050 Hz mono speech-like audio written in one-second blocks, as a render
/// does; the time is printed for the report (no timing is asserted: the machine is shared).
@Suite struct ThroughputTests {
  static let seconds = 5 * 60

  @Test(arguments: [AudioFormat.wav, .flac])
  func fiveMinutesWriteAndReadBack(format: AudioFormat) throws {
    try withTemporaryDirectory { directory in
      let second = testTone(frames: 22_050)
      let path = "\(directory)/long.\(format.fileExtension)"
      let clock = ContinuousClock()
      let elapsed = try clock.measure {
        try AtomicFile.write(to: path) { temporary in
          var writer = try SoundFileWriter(path: temporary, format: format, sampleRate: 22_050)
          for index in 0..<Self.seconds {
            if index % 10 == 9 {
              try writer.writeSilence(frames: 22_050)
            } else {
              try writer.write(second)
            }
          }
          #expect(writer.framesWritten == Self.seconds * 22_050)
          try writer.close()
        }
      }
      let size = try #require(fileSize(path))
      print("throughput \(format): \(Self.seconds) s of audio in \(elapsed), \(size) bytes")
      let reader = try SoundFileReader(path: path)
      #expect(reader.info.frames == Self.seconds * 22_050)
    }
  }
}
