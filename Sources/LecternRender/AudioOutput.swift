import Foundation
import LecternAudio
import LecternSystem

/// Writes a render's audio files in one format and rate: samples through libsndfile, then
/// tags, chapters, cue labels and the Ogg serial (``AudioFileFinisher``).
struct AudioOutput {
  let format: AudioFormat
  let sampleRate: Int
  /// MP3 bitrate settings, from the mastering profile.
  let bitrate: MP3Bitrate?
  /// The largest RIFF size of a plain WAV file (``WAVContainer/choose(frames:channels:cueLabels:limit:)``).
  var riffLimit = WAVContainer.riffLimit

  /// What goes into one file besides its samples.
  struct Labels {
    var metadata: AudioMetadata
    var chapters: [Chapter] = []
    /// Cue markers (WAV), named by their labels.
    var cues: [CueMarker] = []
    /// The content key the Ogg serial number is derived from.
    var key: String
  }

  /// Writes `path` with `body`'s `frames` samples. Inside a staging folder the file is
  /// written in place (the folder is what gets swapped in); elsewhere through a temporary
  /// and a rename. A WAV file too long for RIFF's 4 GiB is written as RF64.
  func write(
    to path: String, _ labels: Labels, staged: StagedOutput?, frames: Int,
    _ body: (inout SoundFileWriter) throws -> Void
  ) throws {
    let container = WAVContainer.choose(
      frames: frames, cueLabels: labels.cues.map(\.label), limit: riffLimit)
    func make(_ target: String) throws {
      var writer = try SoundFileWriter(
        path: target, format: format, sampleRate: sampleRate, metadata: labels.metadata,
        cues: labels.cues, bitrate: bitrate, container: container)
      try body(&writer)
      try writer.close()
      try AudioFileFinisher.finish(
        target, format: format, metadata: labels.metadata, chapters: labels.chapters,
        cueLabels: labels.cues.map(\.label), serial: OggSerial.serial(fromKey: labels.key))
    }
    guard let staged else {
      try AtomicFile.write(to: path, make)
      return
    }
    do {
      try make(path)
    } catch var error as AudioError {
      error.path = staged.published(error.path)
      throw error
    }
  }

  /// A key over everything that goes into a part file besides its audio key: equal file
  /// keys, byte-identical files (so the next render may link the file instead).
  func fileKey(audioKey: String, metadata: AudioMetadata) -> String {
    var hash = SHA256()
    // No bitrate (WAV, FLAC, Ogg) is "nil", as `String(describing:)` writes it.
    let bitrate = self.bitrate == nil ? "nil" : String(describing: self.bitrate)
    hash.update(
      "lectern-file-v1\n\(audioKey)\n\(format.rawValue)\n\(sampleRate)\n"
        + "\(bitrate)\n\(Self.described(metadata))\n")
    return hash.finalizeHex()
  }

  /// `String(describing: metadata)`, the text file keys have always hashed, written field by
  /// field: through reflection it cost some million instructions a part file (a `watch`
  /// computes the key of every part at every save). `AudioOutputKeyTests` compares the two.
  static func described(_ metadata: AudioMetadata) -> String {
    func text(_ value: String?) -> String {
      value.map { "Optional(\(String(reflecting: $0)))" } ?? "nil"
    }
    return "AudioMetadata(title: \(text(metadata.title)), artist: \(text(metadata.artist)), "
      + "date: \(text(metadata.date)), comment: \(text(metadata.comment)), "
      + "software: \(text(metadata.software)), album: \(text(metadata.album)), "
      + "track: \(metadata.track), trackCount: \(metadata.trackCount), "
      + "language: \(text(metadata.language)))"
  }
}

/// Mastered part samples kept on disk between the part file and the whole file, so that
/// memory holds one part at a time whatever the document's length.
enum PartSpool {
  /// Where part `number`'s samples wait in the spool folder `spool`.
  static func path(_ number: Int, in spool: String) -> String {
    "\(spool)/\(number).pcm"
  }

  /// Writes `samples` to `path` as raw native-endian 16-bit.
  static func save(_ samples: [Int16], to path: String) throws {
    let data = samples.withUnsafeBytes { Data($0) }
    do {
      try data.write(to: URL(fileURLWithPath: path))
    } catch {
      throw RenderError(.writeFailed, "cannot write \(path): \(SystemError.reason(of: error))")
    }
  }

  /// Reads back what ``save(_:to:)`` wrote.
  static func load(_ path: String) throws -> [Int16] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw RenderError(.writeFailed, "cannot read back \(path)")
    }
    return data.withUnsafeBytes { Array($0.bindMemory(to: Int16.self)) }
  }
}

/// Where a part's mastered samples wait between its part file and the whole file.
enum PartSamples {
  /// In the spool file of part `number` in the folder `spool` (``PartSpool``); the path is
  /// made when it is read, so a waiting part costs no string of its own.
  case spooled(spool: String, number: Int)
  /// In memory, where a ``SpeechMemory`` holds them anyway.
  case held([Int16])

  /// The samples.
  func load() throws -> [Int16] {
    switch self {
    case .spooled(let spool, let number):
      return try PartSpool.load(PartSpool.path(number, in: spool))
    case .held(let samples): return samples
    }
  }
}
