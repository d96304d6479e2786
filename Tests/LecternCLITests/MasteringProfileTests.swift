import Foundation
import LecternAudio
import LecternRender
import LecternSystem
import Testing

/// The mastering profiles end to end on the seed, judged by ffmpeg, not by Lectern itself.
@Suite(.serialized)
struct MasteringProfileTests {
  let seed = RenderCommandTests.seed
  let name = RenderCommandTests.name

  /// Integrated loudness is judged on parts at least this long (shorter ones gate on too few
  /// blocks to mean anything).
  static let judgedFrom = 3.0

  func profile(_ name: String) throws -> MasteringProfile {
    try MasteringProfiles.load(name, voicesDirectory: LecternProcess.packageRoot + "/voices")
  }

  /// Renders the seed with `profile` in `format` into `directory`; returns its folder.
  func render(_ profile: String, _ format: String, into directory: String) throws -> String {
    let result = try LecternProcess.run([
      "render", seed, "--output", directory, "--master", profile, "--format", format,
      "--no-cache", "--quiet",
    ])
    try #require(result.status == 0, "\(result.stderr)")
    return directory + "/" + name
  }

  /// Web and broadcast as WAV; the audiobook as the MP3 ACX takes.
  @Test(arguments: [("web", "wav"), ("broadcast", "wav"), ("audiobook", "mp3")])
  func everyPartAndTheWholeMeetTheProfile(profileName: String, format: String) throws {
    let profile = try profile(profileName)
    let directory = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let folder = try render(profileName, format, into: directory)
    let manifest = try RenderCommandTests.loadManifest(folder)
    #expect(manifest.master == profileName)
    #expect(manifest.loudness?.meets == true, "\(manifest.loudness?.problems ?? [])")
    let target = try #require(profile.loudness)
    let ceiling = try #require(profile.truePeak)
    for file in [manifest.file] + manifest.parts.map(\.file) {
      let path = folder + "/" + file
      let measured = try ReferenceMeter.measure(path)
      let label = "\(profileName) \(file)"
      if measured.duration >= Self.judgedFrom {
        #expect(abs(measured.integrated - target) <= 0.5, "\(label): \(measured.integrated) LUFS")
      }
      // A decoded MP3 overshoots its PCM a little: ACX judges its sample peak (−3 dBFS).
      let peakLimit = format == "mp3" ? profile.peak ?? ceiling : ceiling
      #expect(measured.truePeak <= peakLimit, "\(label): \(measured.truePeak) dBTP")
      let stream = try ReferenceMeter.stream(path)
      #expect(stream.sampleRate == profile.sampleRate, "\(label)")
      if format == "mp3", let kilobits = profile.mp3Bitrate {
        #expect(stream.bitRate == kilobits * 1000, "\(label): \(stream.bitRate ?? 0) bit/s")
      }
      if let rms = profile.rms {
        #expect(rms.contains(measured.rms), "\(label): RMS \(measured.rms)")
      }
      if let peak = profile.peak {
        #expect(measured.peak <= peak, "\(label): peak \(measured.peak)")
      }
      // ACX: room tone at the head and the tail of every file.
      if let head = profile.headRange {
        #expect(head.contains(measured.head), "\(label): head \(measured.head)")
      }
      if let tail = profile.tailRange {
        #expect(tail.contains(measured.tail), "\(label): tail \(measured.tail)")
      }
    }
  }

  /// A preview is its part to the sample, and the whole file is the parts and the pauses.
  @Test(arguments: ["web", "broadcast", "audiobook", "raw"])
  func previewEqualsItsPartAndTheWholeIsThePartsUnderEveryProfile(profile: String) throws {
    let directory = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let folder = try render(profile, "wav", into: directory)
    let manifest = try RenderCommandTests.loadManifest(folder)
    var whole = try SoundFileReader(path: folder + "/\(name).wav")
    #expect(whole.info.sampleRate == manifest.sampleRate)
    let samples = try whole.readAll()
    #expect(samples.count == manifest.frames)
    for part in manifest.parts {
      var reader = try SoundFileReader(path: folder + "/" + part.file)
      #expect(
        Array(samples[part.startFrame..<part.endFrame]) == (try reader.readAll()), "\(part.id)")
    }
    for part in [manifest.parts.first, manifest.parts.last].compactMap({ $0 }) {
      let preview = directory + "/preview-\(part.id).wav"
      let result = try LecternProcess.run([
        "preview", part.id, seed, "--master", profile, "--output", preview, "--no-cache",
      ])
      try #require(result.status == 0, "\(result.stderr)")
      var previewed = try SoundFileReader(path: preview)
      var rendered = try SoundFileReader(path: folder + "/" + part.file)
      #expect(try previewed.readAll() == rendered.readAll(), "\(profile): preview of \(part.id)")
    }
  }

  /// Two renders are the same bytes in every format (Ogg and Opus included: their stream
  /// serial comes from the content), and every format but WAV shows chapters and part tags.
  @Test(arguments: AudioFormat.allCases)
  func rendersAreByteIdenticalAndCarryChaptersAndTags(format: AudioFormat) throws {
    let directory = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let first = try render("web", format.rawValue, into: directory + "/a")
    let second = try render("web", format.rawValue, into: directory + "/b")
    let manifest = try RenderCommandTests.loadManifest(first)
    for file in [manifest.file, "manifest.json", "chapters.json"] + manifest.parts.map(\.file) {
      let one = try Data(contentsOf: URL(fileURLWithPath: first + "/" + file))
      let two = try Data(contentsOf: URL(fileURLWithPath: second + "/" + file))
      #expect(one == two, "\(format): \(file) differs between two renders")
    }
    guard format != .wav else { return }
    let chapters = try ReferenceMeter.chapters(first + "/" + manifest.file)
    #expect(chapters.map(\.title) == manifest.parts.map { $0.title ?? "" }, "\(format)")
    for (chapter, part) in zip(chapters, manifest.parts) {
      #expect(abs(chapter.start - part.start) < 0.002, "\(format): chapter of \(part.id)")
    }
    let last = try #require(manifest.parts.last)
    let tags = try ReferenceMeter.tags(first + "/" + last.file)
    #expect(tags["title"] == last.title, "\(format): \(tags)")
    #expect(tags["album"]?.isEmpty == false, "\(format): \(tags)")
    #expect(tags["artist"]?.contains("Stock") == true, "\(format): \(tags)")
    #expect(
      tags["date"]?.count == 10 && tags["date"]?.dropFirst(4).first == "-", "\(format): \(tags)")
    #expect(tags["language"] == "en", "\(format): \(tags)")
    let count = manifest.parts.count
    #expect(
      tags["track"] == "\(count)/\(count)"
        || (tags["track"] == "\(count)" && tags["tracktotal"] == "\(count)"),
      "\(format): \(tags)")
  }

  @Test func measureJudgesFilesAndFailsWhatDoesNotMeetTheProfile() throws {
    let directory = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let folder = try render("raw", "wav", into: directory)
    let whole = folder + "/\(name).wav"
    let raw = try LecternProcess.run(["measure", whole, "--master", "raw"])
    #expect(raw.status == 0, "\(raw.stderr)")
    #expect(raw.output.hasPrefix("\(whole): meets raw\n  integrated "))
    // The engine's own level is not the web's: exit 1, with the reasons.
    let web = try LecternProcess.run(["measure", whole, "--master", "web"])
    #expect(web.status == 1)
    #expect(web.output.contains("FAILS web"))
    #expect(web.output.contains("sample rate 22050 Hz is not 44100 Hz"))
    // A file too short to gate is reported as such, never passed.
    let short = directory + "/short.wav"
    try AtomicFile.writeSound(to: short, format: .wav, sampleRate: 44_100) { writer in
      try writer.write((0..<8_000).map { Int16(8_000 * sin(Double($0) / 10)) })
    }
    let tooShort = try LecternProcess.run(["measure", short])
    #expect(tooShort.status == 1)
    #expect(tooShort.output.contains("cannot be judged"))
  }
}
