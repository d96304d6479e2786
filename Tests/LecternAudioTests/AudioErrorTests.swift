import LecternSupport
import LecternSystem
import LecternTestSupport
import Testing

@testable import LecternAudio

#if canImport(Glibc)
  import Glibc
#endif

/// Failures a user can cause come back as one-line errors naming the path, the C call and
/// the cause, with the right exit status.
@Suite struct AudioErrorTests {
  @Test func fullDeviceIsAnIOErrorNamingTheCall() throws {
    // /dev/full accepts open(2) and fails every write(2) with ENOSPC.
    let error = try #require(throws: AudioError.self) {
      var writer = try SoundFileWriter(path: "/dev/full", format: .wav, sampleRate: 22_050)
      try writer.writeSilence(frames: 100_000)
      try writer.close()
    }
    // The WAV header is written by sf_open, so that is where the disk is found full.
    #expect(error.code == .cannotWrite)
    #expect(error.exitStatus == .ioError)
    #expect(error.call == "sf_open")
    #expect(error.errorNumber == ENOSPC)
    #expect(error.path == "/dev/full")
    #expect(error.description.hasPrefix("cannot "))
    #expect(error.description.contains("/dev/full"))
    #expect(error.description.contains(error.call))
    #expect(!error.description.contains("\n"))
  }

  @Test func missingOutputFolderIsCannotCreate() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/missing/speech.wav"
      let error = try #require(throws: AudioError.self) {
        _ = try SoundFileWriter(path: path, format: .wav, sampleRate: 22_050)
      }
      #expect(error.code == .cannotCreate)
      #expect(error.exitStatus == .cannotCreate)
      #expect(error.call == "sf_open")
      #expect(error.description.hasPrefix("cannot create \(path): sf_open failed: "))
      #expect(error.description.contains("No such file or directory"))
    }
  }

  @Test func missingInputIsNoInput() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/absent.wav"
      let error = try #require(throws: AudioError.self) { _ = try SoundFileReader(path: path) }
      #expect(error.code == .cannotOpen)
      #expect(error.exitStatus == .noInput)
      #expect(error.description.hasPrefix("cannot open \(path): sf_open failed: "))
    }
  }

  @Test func textFileIsNotAudio() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/notes.wav"
      try AtomicFile.write("Bolshoye Spasibo\n", to: path)
      let error = try #require(throws: AudioError.self) { _ = try SoundFileReader(path: path) }
      #expect(error.exitStatus == .noInput)
      #expect(error.message.contains("Format not recognised") || error.message.contains("format"))
      #expect(!error.description.contains("\n"))
    }
  }

  @Test func rateTheCodecLacksIsAUsageErrorAndLeavesNoFile() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/speech.mp3"
      // MPEG layer III has no 7 Hz rate. sf_format_check accepts it; sf_open refuses it and
      // leaves an empty file, which the writer removes.
      let error = try #require(throws: AudioError.self) {
        _ = try SoundFileWriter(path: path, format: .mp3, sampleRate: 7)
      }
      #expect(error.code == .unsupportedFormat)
      #expect(error.exitStatus == .usage)
      #expect(error.message.contains("22050"))
      #expect(fileSize(path) == nil)
    }
  }

  @Test func invalidRequestsAreProgrammingErrors() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/speech.wav"
      let channels = try #require(throws: AudioError.self) {
        _ = try SoundFileWriter(path: path, format: .wav, sampleRate: 22_050, channels: 0)
      }
      #expect(channels.code == .invalidArgument)
      #expect(channels.exitStatus == .software)
      let cue = try #require(throws: AudioError.self) {
        _ = try SoundFileWriter(
          path: path, format: .wav, sampleRate: 22_050,
          cues: [CueMarker(frame: -1, label: "before the start")])
      }
      #expect(cue.code == .invalidArgument)
      #expect(cue.description.contains("before the start"))
      #expect(fileSize(path) == nil)
      var writer = try SoundFileWriter(path: path, format: .wav, sampleRate: 22_050)
      #expect(throws: AudioError.self) { try writer.writeSilence(frames: -1) }
      try writer.close()
    }
  }

  @Test func everyCodeHasItsExitStatus() {
    let expected: [AudioError.Code: LecternSupport.ExitStatus] = [
      .cannotCreate: .cannotCreate, .cannotWrite: .ioError, .cannotFinish: .ioError,
      .cannotOpen: .noInput, .cannotRead: .ioError, .unsupportedFormat: .usage,
      .invalidArgument: .software,
    ]
    for code in AudioError.Code.allCases {
      let error = AudioError(code, path: "out", call: "call", message: "line one\n  line two\n")
      #expect(error.exitStatus == expected[code])
      #expect(error.message == "line one line two")
      #expect(!error.description.contains("\n"))
    }
  }
}
