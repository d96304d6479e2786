import Foundation

/// `manifest.json`: where every part and utterance sounds in the whole file.
///
/// Times are exact: frame counts of what was written, from the engine's own sample counts,
/// given both in frames and in seconds (frames ÷ sample rate, rounded to microseconds).
public struct Manifest: Sendable, Hashable, Codable {
  /// The manifest schema version; bumped on incompatible changes.
  public var schema = 1
  /// The document's name (its file stem).
  public var document: String
  /// The source file, as given on the command line.
  public var source: String
  /// The whole address's audio file, relative to the manifest.
  public var file: String
  /// The audio format (`wav`, `flac`, `ogg`, `mp3`).
  public var format: String
  /// Frames per second.
  public var sampleRate: Int
  /// Length of the whole file in frames.
  public var frames: Int
  /// Length of the whole file in seconds.
  public var duration: Double
  /// The speech engine and its version.
  public var engine: String
  /// The parts, in order.
  public var parts: [PartEntry]
  /// The mastering profile the render used (`web`, `raw` …).
  public var master: String?
  /// The whole file's measured loudness against that profile.
  public var loudness: LoudnessEntry?
  /// The Podcasting 2.0 chapters file, relative to the manifest.
  public var chapters: String?

  /// One part of the address.
  public struct PartEntry: Sendable, Hashable, Codable {
    /// The part id (`intro`, `opening`, `1` …).
    public var id: String
    /// `intro`, `opening` or `paragraph`.
    public var kind: String
    /// The part's own audio file, relative to the manifest.
    public var file: String
    /// The label of the cue marker at the part's start in the whole file (1-based cue number).
    public var cue: Int
    /// The content key of the part's audio (SHA-256 of its synthesis calls, the engine, the
    /// pauses between its utterances and the mastering profile): equal keys mean identical
    /// samples.
    public var key: String
    /// First frame in the whole file.
    public var startFrame: Int
    /// Frame after the part's last sample, before the pause that follows it.
    public var endFrame: Int
    /// `startFrame` in seconds.
    public var start: Double
    /// `endFrame` in seconds.
    public var end: Double
    /// The part's utterances.
    public var utterances: [UtteranceEntry]
    /// The part's title: its chapter name and its file's title tag.
    public var title: String?
    /// SHA-256 of everything in the part's file (audio key, format, encoder, tags): equal
    /// file keys, byte-identical files.
    public var fileKey: String?
    /// The part file's measured loudness against the render's mastering profile.
    public var loudness: LoudnessEntry?
    /// The size of the part's file in bytes: the next render links the file only if it
    /// still has it (absent in manifests of older renders).
    public var bytes: Int? = nil
    /// The CRC-32 of the part's file, as 8 hexadecimal digits, checked likewise.
    public var crc32: String? = nil
  }

  /// One utterance.
  public struct UtteranceEntry: Sendable, Hashable, Codable {
    /// The utterance id (`15.2`).
    public var id: String
    /// First frame in the whole file.
    public var startFrame: Int
    /// Frame after its speech, in the whole file.
    public var endFrame: Int
    /// `startFrame` in seconds.
    public var start: Double
    /// `endFrame` in seconds.
    public var end: Double
    /// The source text.
    public var text: String
    /// The languages spoken, in order of first use.
    public var languages: [String]
    /// The voice profiles that speak it, in order of first use.
    public var voices: [String]
    /// `true` when the engine crashed on it and silence stands in its place.
    public var silenced: Bool
    /// Its spans: text, spoken form, language, voice and times.
    public var spans: [SpanEntry]
  }

  /// One span of an utterance.
  public struct SpanEntry: Sendable, Hashable, Codable {
    /// The source text.
    public var text: String
    /// The text the engine read.
    public var spoken: String
    /// The span's language.
    public var lang: String
    /// The voice profile.
    public var voice: String
    /// First frame in the whole file.
    public var startFrame: Int
    /// Frame after the span's last sample.
    public var endFrame: Int
  }

  /// The manifest as pretty-printed JSON with sorted keys (stable for diffs).
  public func json() throws(RenderError) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    do {
      return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    } catch {
      throw RenderError(.writeFailed, "cannot encode the manifest: \(error)")
    }
  }

  /// `frames` in seconds, rounded to microseconds.
  static func seconds(_ frames: Int, _ sampleRate: Int) -> Double {
    (Double(frames) / Double(sampleRate) * 1_000_000).rounded() / 1_000_000
  }
}
