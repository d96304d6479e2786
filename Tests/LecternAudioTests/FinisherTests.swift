import Foundation
import LecternTestSupport
import Testing

@testable import LecternAudio

/// Tags and chapters through TagLib, cue labels in WAV, and the Ogg serial number.
@Suite struct FinisherTests {
  static let metadata = AudioMetadata(
    title: "7. Bolshoye Spasibo", artist: "Jürgen Stock", date: "2019-10-30",
    comment: "Большое спасибо", software: "Lectern tests", album: "Opening Session", track: 3,
    trackCount: 17, language: "en")
  static let chapters = [
    Chapter(title: "Intro — Вступление", start: 0, end: 1_500),
    Chapter(title: "1. In combating…", start: 1_500, end: 3_000),
  ]

  /// Writes three seconds of tone as `format` and finishes it.
  static func write(_ format: AudioFormat, to path: String, serial: UInt32 = 0x1234_5678) throws {
    let rate = testRate(format)
    var writer = try SoundFileWriter(
      path: path, format: format, sampleRate: rate, metadata: metadata,
      cues: [CueMarker(frame: 0, label: "a"), CueMarker(frame: rate, label: "b")])
    try writer.write(testTone(frames: 3 * rate))
    try writer.close()
    try AudioFileFinisher.finish(
      path, format: format, metadata: metadata, chapters: chapters,
      cueLabels: ["Intro — Вступление", "1"], serial: serial)
  }

  /// ffprobe's JSON for `path`: format tags and chapters.
  static func probe(_ path: String) throws -> [String: Any] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "ffprobe", "-v", "error", "-show_chapters", "-show_entries", "format_tags:stream_tags",
      "-of", "json", path,
    ]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
  }

  @Test(arguments: [AudioFormat.mp3, .flac, .ogg, .opus])
  func chaptersAndTagsReadBack(format: AudioFormat) throws {
    try withTemporaryDirectory { directory in
      let path = "\(directory)/speech.\(format.fileExtension)"
      try Self.write(format, to: path)
      let probed = try Self.probe(path)
      let chapters = probed["chapters"] as? [[String: Any]] ?? []
      let titles = chapters.map { ($0["tags"] as? [String: String])?["title"] }
      #expect(titles == Self.chapters.map(\.title), "\(format)")
      let starts = chapters.map { Double($0["start_time"] as? String ?? "") }
      #expect(starts == [0, 1.5], "\(format)")
      var tags: [String: String] = [:]
      let sources: [Any] = [probed["format"] ?? [:]] + (probed["streams"] as? [Any] ?? [])
      for source in sources {
        for (key, value) in (source as? [String: Any])?["tags"] as? [String: String] ?? [:] {
          tags[key.lowercased()] = value
        }
      }
      #expect(tags["title"] == Self.metadata.title, "\(format): \(tags)")
      #expect(tags["artist"] == "Jürgen Stock", "\(format): \(tags)")
      #expect(tags["album"] == "Opening Session", "\(format): \(tags)")
      #expect(tags["date"] == "2019-10-30", "\(format): \(tags)")
      #expect(tags["language"] == "en", "\(format): \(tags)")
      #expect(tags["comment"] == "Большое спасибо", "\(format): \(tags)")
      #expect(tags["track"] == "3/17" || tags["tracktotal"] == "17", "\(format): \(tags)")
      // The file still decodes whole.
      #expect(try SoundFileReader(path: path).info.frames == 3 * testRate(format))
    }
  }

  @Test func mp3KeepsAnID3v1YearThatIsTheYear() throws {
    try withTemporaryDirectory { directory in
      let path = "\(directory)/speech.mp3"
      try Self.write(.mp3, to: path)
      let bytes = try #require(fileBytes(path))
      let tag = Array(bytes.suffix(128))
      #expect(Array(tag.prefix(3)) == Array("TAG".utf8))
      #expect(String(decoding: tag[93..<97], as: UTF8.self) == "2019")
    }
  }

  @Test(arguments: [AudioFormat.ogg, .opus])
  func oggSerialIsTheOneGivenAndRendersAreByteIdentical(format: AudioFormat) throws {
    try withTemporaryDirectory { directory in
      let one = "\(directory)/one.\(format.fileExtension)"
      let two = "\(directory)/two.\(format.fileExtension)"
      try Self.write(format, to: one, serial: 0xCAFE_F00D)
      usleep(2_000)  // libsndfile seeds its serial from the time of day
      try Self.write(format, to: two, serial: 0xCAFE_F00D)
      let bytes = try #require(fileBytes(one))
      #expect(bytes == fileBytes(two))
      // Every page carries the serial, and libogg's own reader accepts every CRC (it
      // would drop a page whose CRC is wrong, and libsndfile would then read fewer frames).
      var offset = 0
      var pages = 0
      while offset + 27 <= bytes.count {
        #expect(Array(bytes[offset..<(offset + 4)]) == Array("OggS".utf8))
        let serial = (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[offset + 14 + $1]) << (8 * $1) }
        #expect(serial == 0xCAFE_F00D)
        let segments = Int(bytes[offset + 26])
        let body = bytes[(offset + 27)..<(offset + 27 + segments)].reduce(0) { $0 + Int($1) }
        var page = Array(bytes[offset..<(offset + 27 + segments + body)])
        let stored = (0..<4).reduce(UInt32(0)) { $0 | UInt32(page[22 + $1]) << (8 * $1) }
        for index in 22..<26 { page[index] = 0 }
        #expect(OggCRC.checksum(page) == stored)
        offset += page.count
        pages += 1
      }
      #expect(offset == bytes.count && pages > 2)
      #expect(try SoundFileReader(path: one).info.frames == 3 * testRate(format))
    }
  }

  @Test func wavCuesGetTheirLabels() throws {
    try withTemporaryDirectory { directory in
      let path = "\(directory)/speech.wav"
      try Self.write(.wav, to: path)
      let bytes = try #require(fileBytes(path))
      // RIFF size covers the file; the LIST/adtl chunk holds one labl per cue, in order.
      let riff = (0..<4).reduce(0) { $0 | Int(bytes[4 + $1]) << (8 * $1) }
      #expect(riff + 8 == bytes.count)
      let text = String(decoding: bytes, as: UTF8.self)
      #expect(text.contains("adtl"))
      let first = try #require(bytes.firstRange(of: Array("labl".utf8)))
      let id = (0..<4).reduce(0) { $0 | Int(bytes[first.upperBound + 4 + $1]) << (8 * $1) }
      #expect(id == 1)
      #expect(text.contains("Intro — Вступление\u{0}"))
      // libsndfile still reads the file and its cues.
      let reader = try SoundFileReader(path: path)
      #expect(try reader.cues() == [0, 22_050])
      #expect(reader.info.frames == 3 * 22_050)
    }
  }

  @Test(arguments: [(192, 44_100, 192), (128, 48_000, 128), (64, 22_050, 64), (320, 44_100, 320)])
  func mp3CompressionLevelGivesTheBitrate(kilobits: Int, rate: Int, expected: Int) {
    // libsndfile 1.2.0's formula, as in mpeg_l3_encoder_set_quality.
    let level = MP3Bitrate(mode: .constant, kilobits: kilobits).compressionLevel(sampleRate: rate)
    let (top, bottom) = rate >= 32_000 ? (320.0, 32.0) : (160.0, 8.0)
    #expect(Int(top - level * (top - bottom)) == expected)
  }
}
