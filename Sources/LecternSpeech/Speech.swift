import LecternSupport

/// How one synthesis call reads its text.
public struct SynthesisOptions: Sendable, Hashable, Codable {
  /// Append the engine's end-of-text pause (what the `espeak-ng` program does).
  public var endPause: Bool
  /// Read `[[…]]` as eSpeak phoneme mnemonics instead of spelling them out.
  public var phonemes: Bool

  /// Creates options. The defaults match the `espeak-ng` program.
  public init(endPause: Bool = true, phonemes: Bool = false) {
    self.endPause = endPause
    self.phonemes = phonemes
  }
}

/// A timing event of a synthesis call.
public struct SynthesisEvent: Sendable, Hashable, Codable {
  /// What the event marks.
  public enum Kind: String, Sendable, Hashable, Codable {
    /// The start of a sentence.
    case sentence
    /// The start of a word.
    case word
    /// The end of the call's audio: `sample` is the sample count, `textPosition` the last
    /// character. Always the last event.
    case end
  }

  /// What the event marks.
  public var kind: Kind
  /// Offset in samples from the start of the call's audio (exact, not rounded to ms).
  public var sample: Int
  /// 1-based offset in characters (not bytes) into the call's input text; characters are
  /// Unicode scalars, as eSpeak NG counts them (`text.unicodeScalars`).
  public var textPosition: Int
  /// Length in characters of the marked word or sentence (0 when the engine gives none).
  public var length: Int

  /// Creates an event.
  public init(kind: Kind, sample: Int, textPosition: Int, length: Int) {
    self.kind = kind
    self.sample = sample
    self.textPosition = textPosition
    self.length = length
  }
}

/// The result of one synthesis call: mono 16-bit PCM and its events.
public struct Speech: Sendable, Hashable {
  /// The audio, mono, 16-bit signed, at `sampleRate`.
  public var samples: [Int16]
  /// Samples per second.
  public var sampleRate: Int
  /// The call's events, in order of `sample`.
  public var events: [SynthesisEvent]

  /// Creates speech.
  public init(samples: [Int16], sampleRate: Int, events: [SynthesisEvent]) {
    self.samples = samples
    self.sampleRate = sampleRate
    self.events = events
  }

  /// The duration in seconds.
  public var duration: Double { Double(samples.count) / Double(sampleRate) }
}
