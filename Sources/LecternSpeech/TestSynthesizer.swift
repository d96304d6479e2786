import LecternSupport

/// A deterministic synthesizer for tests of the layers above speech: no engine, no process.
///
/// Every Unicode scalar becomes a short tone whose pitch follows the scalar (white space
/// becomes silence), so that audio length follows text length and rate; it emits a sentence
/// event at the first word of each sentence and a word event at every word start, like the
/// engine, plus the closing end event. It records every call it receives.
public struct TestSynthesizer: Synthesizer {
  /// The sample rate of every speech, in Hz.
  public let sampleRate: Int
  /// The voice identifiers it accepts, or `nil` to accept every non-empty identifier.
  public var knownVoices: Set<String>?
  /// Every call made so far, in order.
  public private(set) var calls: [SynthesisCall] = []

  /// The samples per character at eSpeak's default rate of 175 words per minute.
  public static let samplesPerCharacterAtDefaultRate = 1_000
  /// The end pause appended when ``SynthesisOptions/endPause`` is set, in samples.
  public static let endPauseSamples = 6_000

  /// Creates a test synthesizer.
  public init(sampleRate: Int = 22_050, knownVoices: Set<String>? = nil) {
    self.sampleRate = sampleRate
    self.knownVoices = knownVoices
  }

  /// Synthesizes `text` deterministically: same input, same output, whatever came before.
  ///
  /// - Throws: ``SpeechError/Kind/unknownVoice(_:)`` for an empty or unknown identifier.
  public mutating func synthesize(
    _ text: String, voice: VoiceSettings, options: SynthesisOptions
  ) throws(SpeechError) -> Speech {
    calls.append(SynthesisCall(text: text, voice: voice, options: options))
    if voice.identifier.isEmpty || knownVoices.map({ !$0.contains(voice.identifier) }) == true {
      throw SpeechError.unknownVoice(voice.identifier, status: "not a test voice")
    }
    let perCharacter = max(
      1, Self.samplesPerCharacterAtDefaultRate * 175 / max(voice.rate, 1))
    let amplitude = Double(min(max(voice.volume, 0), 200)) * 40
    var samples: [Int16] = []
    var events: [SynthesisEvent] = []
    var previous: Unicode.Scalar = " "
    var sentenceStarts = true
    for (offset, scalar) in text.unicodeScalars.enumerated() {
      let isSpace = scalar.properties.isWhitespace
      if !isSpace, previous.properties.isWhitespace {
        if sentenceStarts {
          events.append(
            SynthesisEvent(
              kind: .sentence, sample: samples.count, textPosition: offset + 1, length: 0))
          sentenceStarts = false
        }
        let length = text.unicodeScalars.dropFirst(offset)
          .prefix { !$0.properties.isWhitespace }.count
        events.append(
          SynthesisEvent(
            kind: .word, sample: samples.count, textPosition: offset + 1, length: length))
      }
      if ".!?".unicodeScalars.contains(scalar) { sentenceStarts = true }
      let cycle = 20 + Int(scalar.value % 40)
      for index in 0..<perCharacter {
        let phase = Double(index % cycle) / Double(cycle)
        samples.append(isSpace ? 0 : Int16((phase < 0.5 ? amplitude : -amplitude).rounded()))
      }
      previous = scalar
    }
    if options.endPause { samples += [Int16](repeating: 0, count: Self.endPauseSamples) }
    events.append(
      SynthesisEvent(
        kind: .end, sample: samples.count, textPosition: text.unicodeScalars.count, length: 0))
    return Speech(samples: samples, sampleRate: sampleRate, events: events)
  }
}
