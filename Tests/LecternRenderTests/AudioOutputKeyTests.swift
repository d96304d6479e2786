import LecternAudio
import Testing

@testable import LecternRender

/// A part file's key hashes its metadata as `String(describing:)` wrote it: the text written
/// field by field must be that text, whatever the values hold.
@Suite("Audio file keys")
struct AudioOutputKeyTests {
  @Test(arguments: [
    AudioMetadata(),
    AudioMetadata(
      title: "Quenfir \"Dax\" — l’été\n\\ok", artist: "Zorblat Ministry", date: "2019-10-30",
      comment: "tab\there\u{0}nul é\u{301}", software: "Lectern", album: "Ⅻ 王毅 👍🏽",
      track: 7, trackCount: 17, language: "ru"),
    AudioMetadata(title: "", track: 0, trackCount: 3),
  ])
  func metadataIsDescribedAsByReflection(metadata: AudioMetadata) {
    #expect(AudioOutput.described(metadata) == String(describing: metadata))
  }

  /// With and without a bitrate, the key is the hash of the text it always hashed.
  @Test(arguments: [nil, MP3Bitrate(mode: .constant, kilobits: 128)])
  func keyHashesTheDescribedText(bitrate: MP3Bitrate?) {
    let metadata = AudioMetadata(title: "Part 7", track: 9, trackCount: 17)
    let output = AudioOutput(format: .wav, sampleRate: 22_050, bitrate: bitrate)
    let text =
      "lectern-file-v1\nabc\n\(AudioFormat.wav.rawValue)\n22050\n"
      + "\(String(describing: bitrate))\n\(metadata)\n"
    #expect(output.fileKey(audioKey: "abc", metadata: metadata) == SHA256.hex(text))
  }
}
