import LecternSupport
import LecternSystem
import LecternTestSupport
import Testing

@testable import LecternAudio

#if canImport(Glibc)
  import Glibc
#endif

/// Output appears whole or not at all, and a failed write never harms the previous file.
@Suite struct AtomicFileTests {
  struct Interrupted: Error {}

  static let previous = Array("the previous render, which must survive\n".utf8)

  /// Renders a few seconds of noise as `format` to `path` through ``AtomicFile``.
  static func render(_ format: AudioFormat, to path: String, seconds: Int = 4) throws {
    try AtomicFile.write(to: path) { temporary in
      let rate = testRate(format)
      var writer = try SoundFileWriter(path: temporary, format: format, sampleRate: rate)
      try writer.write(testNoise(frames: seconds * rate))
      try writer.close()
    }
  }

  /// The names in `directory`, sorted.
  static func names(in directory: String) -> [String] {
    (FileSystem.entries(of: directory) ?? []).sorted()
  }

  @Test func successReplacesTheFileAndLeavesNoTemporary() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/speech.wav"
      try AtomicFile.write(Self.previous, to: path)
      try Self.render(.wav, to: path, seconds: 1)
      #expect(try SoundFileReader(path: path).info.frames == 22_050)
      #expect(Self.names(in: directory) == ["speech.wav"])
    }
  }

  @Test func throwingBodyLeavesPreviousFileAndNoTemporary() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/speech.flac"
      try AtomicFile.write(Self.previous, to: path)
      var sawTemporary = false
      #expect(throws: Interrupted.self) {
        try AtomicFile.write(to: path) { temporary in
          var writer = try SoundFileWriter(path: temporary, format: .flac, sampleRate: 22_050)
          try writer.write(testNoise(frames: 50_000))
          sawTemporary = fileSize(temporary) ?? 0 > 0
          throw Interrupted()
        }
      }
      #expect(sawTemporary)
      #expect(fileBytes(path) == Self.previous)
      #expect(Self.names(in: directory) == ["speech.flac"])
    }
  }

  /// A real failure: a file-size limit (`RLIMIT_FSIZE`) with `SIGXFSZ` ignored, in a forked
  /// child so that the limit binds nothing else. `atTail` puts the limit 100 bytes short of
  /// the finished size, so the failure comes from the last write or the encoder's final
  /// flush in `sf_close`; otherwise at 16 KiB, in the middle of the writes.
  @Test(arguments: AudioFormat.allCases, [false, true])
  func fileSizeLimitLeavesPreviousFileAndNoTemporary(format: AudioFormat, atTail: Bool) throws {
    try withTemporaryDirectory { directory in
      // The unlimited run warms up every code path the child takes and gives the size.
      let probe = "\(directory)/probe.\(format.fileExtension)"
      try Self.render(format, to: probe)
      let size = try #require(fileSize(probe))
      let limit = atTail ? size - 100 : 16_384
      let path = "\(directory)/speech.\(format.fileExtension)"
      try AtomicFile.write(Self.previous, to: path)

      let outcome = runInChild {
        var bytes = rlimit(rlim_cur: rlim_t(limit), rlim_max: rlim_t(limit))
        guard setrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &bytes) == 0 else { return 10 }
        ProcessSetup.ignoreFileSizeLimit()
        do {
          try Self.render(format, to: path)
          return 1
        } catch let error as AudioError {
          // Shown in the test log: which call failed and how.
          var line = "child (\(format), limit \(limit)): \(error)\n"
          line.withUTF8 { _ = write(STDERR_FILENO, $0.baseAddress, $0.count) }
          let ok = error.exitStatus == .ioError && error.errorNumber == EFBIG
          return ok ? 0 : 2
        } catch {
          return 3
        }
      }
      #expect(outcome == .exited(0), "\(format) limited to \(limit) of \(size) bytes")
      let intact = fileBytes(path) == Self.previous
      #expect(intact, "the previous \(format) file was replaced")
      let ext = format.fileExtension
      #expect(Self.names(in: directory) == ["probe.\(ext)", "speech.\(ext)"])
    }
  }

  @Test func bytesAndTextReplaceAtomically() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/manifest.json"
      try AtomicFile.write("{\"a\": 1}\n", to: path)
      try AtomicFile.write("{\"b\": \"Большое спасибо\"}\n", to: path)
      #expect(fileBytes(path) == Array("{\"b\": \"Большое спасибо\"}\n".utf8))
      try AtomicFile.write([], to: path)
      #expect(fileBytes(path) == [])
      #expect(Self.names(in: directory) == ["manifest.json"])
    }
  }

  @Test func missingFolderIsCannotCreate() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/missing/manifest.json"
      let error = try #require(throws: SystemError.self) { try AtomicFile.write("x", to: path) }
      #expect(error.exitStatus == .cannotCreate)
      #expect(error.errno == .noSuchFileOrDirectory)
      #expect(error.description.hasPrefix("\(path): open failed: "))
    }
  }

  @Test func errorsNameTheDestinationNotTheTemporary() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/missing/speech.wav"
      let error = try #require(throws: AudioError.self) {
        try AtomicFile.writeSound(to: path, format: .wav, sampleRate: 22_050) { writer in
          try writer.writeSilence(frames: 10)
        }
      }
      #expect(error.code == .cannotCreate)
      #expect(error.path == path)
      #expect(error.description.hasPrefix("cannot create \(path): sf_open failed: "))
      #expect(!error.description.contains(TemporaryName.marker))
    }
  }

  @Test func writeSoundClosesAndCountsFrames() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/speech.flac"
      let frames = try AtomicFile.writeSound(
        to: path, format: .flac, sampleRate: 22_050,
        metadata: AudioMetadata(title: "Bolshoye Spasibo")
      ) { writer in
        try writer.write(testTone(frames: 1_000))
        try writer.writeSilence(frames: 500)
      }
      #expect(frames == 1_500)
      let reader = try SoundFileReader(path: path)
      #expect(reader.info.frames == 1_500)
      #expect(reader.string(.title) == "Bolshoye Spasibo")
      #expect(Self.names(in: directory) == ["speech.flac"])
    }
  }

  @Test func folderReplacesFolder() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/paragraphs"
      #expect(mkdir(path, 0o755) == 0)
      try AtomicFile.write("old", to: path + "/p1.txt")
      try AtomicFile.write(to: path) { temporary in
        guard mkdir(temporary, 0o755) == 0 else { throw Interrupted() }
        try AtomicFile.write("new", to: temporary + "/p2.txt")
      }
      #expect(Self.names(in: path) == ["p2.txt"])
      #expect(fileBytes(path + "/p2.txt") == Array("new".utf8))
      #expect(Self.names(in: directory) == ["paragraphs"])
    }
  }

  @Test func temporaryNamesCarryTheWritingProcess() {
    let temporary = TemporaryName.path(beside: "out/speech.wav")
    #expect(temporary.hasPrefix("out/.speech.wav.lectern-tmp-\(getpid())-"))
    #expect(temporary != TemporaryName.path(beside: "out/speech.wav"))
    let name = String(temporary.dropFirst("out/".count))
    #expect(TemporaryName.writer(of: name) == getpid())
    #expect(TemporaryName.path(beside: "speech.wav").hasPrefix("./.speech.wav.lectern"))
    #expect(TemporaryName.writer(of: "speech.wav") == nil)
    #expect(TemporaryName.writer(of: "a.lectern-tmp-12-ab") == nil)
    #expect(TemporaryName.writer(of: ".a.lectern-tmp-x-ab") == nil)
  }

  @Test func staleTemporariesOfDeadProcessesAreRemoved() throws {
    try withTemporaryDirectory { directory in
      let dead = fork()
      if dead == 0 { _exit(0) }
      var status: Int32 = 0
      #expect(waitpid(dead, &status, 0) == dead)

      let deadFile = "\(directory)/.speech.wav.lectern-tmp-\(dead)-1f"
      let deadFolder = "\(directory)/.paragraphs.lectern-tmp-\(dead)-2e"
      let liveFile = "\(directory)/.speech.flac.lectern-tmp-\(getpid())-3d"
      let initFile = "\(directory)/.speech.ogg.lectern-tmp-1-4c"
      try AtomicFile.write("partial", to: deadFile)
      #expect(mkdir(deadFolder, 0o755) == 0)
      try AtomicFile.write("partial", to: deadFolder + "/p1.wav")
      try AtomicFile.write("partial", to: liveFile)
      try AtomicFile.write("partial", to: initFile)
      try AtomicFile.write("mine", to: directory + "/notes.lectern-tmp-\(dead)-5b")

      let removed = TemporaryName.removeStale(in: directory)
      #expect(removed == [deadFolder, deadFile].sorted())
      #expect(
        Self.names(in: directory)
          == [
            ".speech.flac.lectern-tmp-\(getpid())-3d", ".speech.ogg.lectern-tmp-1-4c",
            "notes.lectern-tmp-\(dead)-5b",
          ].sorted())
      #expect(TemporaryName.removeStale(in: directory + "/missing").isEmpty)
    }
  }
}
