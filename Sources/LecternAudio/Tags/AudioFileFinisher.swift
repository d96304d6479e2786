import CTagShim

#if canImport(Glibc)
  import Glibc
#endif

/// A chapter of a file: where a part starts and ends, and its title.
public struct Chapter: Sendable, Hashable {
  /// The title players show.
  public var title: String
  /// Start, in milliseconds from the start of the file.
  public var start: Int
  /// End, in milliseconds (exclusive).
  public var end: Int

  /// Creates a chapter.
  public init(title: String, start: Int, end: Int) {
    self.title = title
    self.start = start
    self.end = end
  }
}

/// What libsndfile cannot write, added to a closed file: tags and chapters through TagLib
/// (MP3: ID3v2.4 with CHAP and CTOC frames and an ID3v1 copy; FLAC, Ogg Vorbis and Opus:
/// Vorbis comments with `CHAPTERxxx`/`CHAPTERxxxNAME`), cue labels in WAV, and a fixed Ogg
/// serial number so that renders are byte-identical.
public enum AudioFileFinisher {
  /// Finishes the file at `path`, of `format`: tags from `metadata`, `chapters` (may be
  /// empty), labels for its cue points (WAV), and `serial` for Ogg streams.
  public static func finish(
    _ path: String, format: AudioFormat, metadata: AudioMetadata, chapters: [Chapter] = [],
    cueLabels: [String] = [], serial: UInt32
  ) throws(AudioError) {
    switch format {
    case .wav:
      try WaveLabels.append(cueLabels, to: path)
    case .mp3:
      try writeTags(path, container: LECTERN_TAG_MPEG, metadata, chapters)
    case .flac:
      try writeTags(path, container: LECTERN_TAG_FLAC, metadata, chapters)
    case .ogg:
      try writeTags(path, container: LECTERN_TAG_OGG_VORBIS, metadata, chapters)
      try OggSerial.set(serial, in: path)
    case .opus:
      try writeTags(path, container: LECTERN_TAG_OGG_OPUS, metadata, chapters)
      try OggSerial.set(serial, in: path)
    }
  }

  /// The nominal bitrate of the file at `path` in kbit/s, as TagLib reads it; `nil` when it
  /// cannot tell. The corresponding C function is `lectern_tags_bitrate`.
  public static func bitrate(of path: String) -> Int? {
    let value = lectern_tags_bitrate(path)
    return value > 0 ? Int(value) : nil
  }

  /// The corresponding C function is `lectern_tags_write` (TagLib).
  private static func writeTags(
    _ path: String, container: lectern_tag_container, _ metadata: AudioMetadata,
    _ chapters: [Chapter]
  ) throws(AudioError) {
    let strings = [
      metadata.title, metadata.artist, metadata.album, metadata.date, metadata.language,
      metadata.comment, metadata.software,
    ].map { $0.map { strdup($0) } ?? nil }
    let titles = chapters.map { strdup($0.title) }
    defer { (strings + titles).forEach { free($0) } }
    var fields = lectern_tag_fields(
      title: strings[0], artist: strings[1], album: strings[2], date: strings[3],
      language: strings[4], comment: strings[5], encoder: strings[6],
      track: UInt32(clamping: metadata.track), track_count: UInt32(clamping: metadata.trackCount))
    let list = zip(chapters, titles).map { chapter, title in
      lectern_tag_chapter(
        title: title, start_ms: UInt32(clamping: chapter.start),
        end_ms: UInt32(clamping: chapter.end))
    }
    var message = [CChar](repeating: 0, count: 512)
    let status = list.withUnsafeBufferPointer { buffer in
      lectern_tags_write(
        path, container, &fields, buffer.baseAddress, buffer.count, &message, message.count)
    }
    guard status == 0 else {
      throw AudioError(
        .cannotFinish, path: path, call: "lectern_tags_write",
        message: String(
          decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }
  }
}
