import Foundation
import LecternAudio
import LecternSupport
import LecternText
import Testing

@testable import LecternRender

/// Mastering profiles as data files: the shipped ones load, mistakes name file and line.
@Suite struct MasteringProfilesTests {
  static let voices =
    URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path + "/voices"

  @Test func shippedProfilesLoad() throws {
    #expect(MasteringProfiles.names(in: Self.voices) == ["audiobook", "broadcast", "raw", "web"])
    let raw = try MasteringProfiles.load("raw", voicesDirectory: Self.voices)
    #expect(raw.isRaw)
    let web = try MasteringProfiles.load("web", voicesDirectory: Self.voices)
    #expect(!web.isRaw && web.loudness == -16 && web.truePeak == -1 && web.sampleRate == 44_100)
    let book = try MasteringProfiles.load("audiobook", voicesDirectory: Self.voices)
    #expect(book.rms == -23 ... -18 && book.headRange == 0.5...1 && book.mp3Mode == .constant)
  }

  @Test func aPathToACopyLoadsToo() throws {
    let copy = FileManager.default.temporaryDirectory.path + "/lectern-test-\(getpid()).master"
    try "loudness = -14\ntrue-peak = -1.5\nsample-rate = 48000\n".write(
      toFile: copy, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: copy) }
    let profile = try MasteringProfiles.load(copy, voicesDirectory: Self.voices)
    #expect(profile.loudness == -14 && profile.truePeak == -1.5 && profile.sampleRate == 48_000)
    #expect(profile.name == "lectern-test-\(getpid())")
  }

  @Test(arguments: [
    ("loudnes = -16\n", "p.master:1: unknown key \"loudnes\""),
    (
      "loudness = loud\n", "p.master:1: \"loudness\" must be a number from -70 to 0, found \"loud\""
    ),
    ("\ntrue-peak = 3\n", "p.master:2: \"true-peak\" must be a number from -20 to 0, found \"3\""),
    ("rms-min = -23\n", "p.master:1: \"rms-min\" needs \"rms-max\" as well"),
    ("rms-min = -18\nrms-max = -23\n", "p.master:2: \"rms-max\" must not be below \"rms-min\""),
    ("mp3-mode = fast\n", "p.master:1: \"mp3-mode\" must be cbr, abr or vbr, found \"fast\""),
    (
      "sample-rate = 22\n", "p.master:1: \"sample-rate\" must be a whole number from 8000 to 192000"
    ),
    ("head = 1\nhead = 2\n", "p.master:2: duplicate key \"head\" (first set on line 1)"),
  ])
  func mistakesNameTheFileAndLine(text: String, message: String) {
    #expect {
      _ = try MasteringProfiles.parse(text, name: "p", file: "p.master")
    } throws: { error in
      guard let error = error as? ConfigurationError else { return false }
      return error.description.hasPrefix(message) && error.exitStatus == .configuration
    }
  }

  @Test func anUnknownProfileIsAUsageErrorListingTheOthers() {
    #expect {
      _ = try MasteringProfiles.load("loud", voicesDirectory: Self.voices)
    } throws: { error in
      guard let error = error as? MasteringProfiles.UnknownProfile else { return false }
      return error.exitStatus == .usage
        && error.description.hasSuffix("audiobook, broadcast, raw, web")
    }
  }

  @Test func isoDatesFromWhatDocumentsWrite() {
    #expect(ISODate.from("30 October 2019") == "2019-10-30")
    #expect(ISODate.from("October 3, 2019") == "2019-10-03")
    #expect(ISODate.from("30.10.2019") == "2019-10-30")
    #expect(ISODate.from("30 octobre 2019", language: "fr") == "2019-10-30")
    #expect(ISODate.from("2019/3/5") == "2019-03-05")
    #expect(ISODate.from("2019-10-30") == "2019-10-30")
    #expect(ISODate.from("Oct. 2019") == "2019-10")
    #expect(ISODate.from("Moscow") == nil)
  }
}
