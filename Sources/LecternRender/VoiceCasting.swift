import LecternSpeech
import LecternText

/// A voice profile as the render layer needs it: engine settings and pauses.
public struct CastVoice: Sendable, Hashable {
  /// The engine's voice settings.
  public var parameters: VoiceParameters
  /// The pauses after this voice's utterances and parts.
  public var pauses: VoiceProfile.Pauses

  /// Creates a cast voice.
  public init(parameters: VoiceParameters, pauses: VoiceProfile.Pauses = .init()) {
    self.parameters = parameters
    self.pauses = pauses
  }

  /// The voice of a profile: its engine settings and pauses.
  public init(_ profile: VoiceProfile) {
    self.init(
      parameters: VoiceParameters(
        identifier: profile.voice, variant: profile.variant, rate: profile.rate,
        pitch: profile.pitch, range: profile.range, volume: profile.volume,
        wordGap: profile.wordGap),
      pauses: profile.pauses)
  }
}

/// The voices of a render, by profile name: which settings speak each span of a plan.
public struct VoiceCasting: Sendable {
  /// The voices, keyed by profile name.
  public var voices: [String: CastVoice]

  /// Creates a casting from profile names and voices.
  public init(_ voices: [String: CastVoice]) {
    self.voices = voices
  }

  /// The casting of every profile of `library`.
  public init(_ library: VoiceLibrary) {
    self.init(
      Dictionary(library.profiles.map { ($0.name, CastVoice($0)) }, uniquingKeysWith: { a, _ in a })
    )
  }

  /// The voice named `name`.
  ///
  /// - Throws: ``RenderError`` when the plan names a profile the casting lacks.
  public func voice(named name: String) throws(RenderError) -> CastVoice {
    guard let voice = voices[name] else {
      throw RenderError(
        .unknownVoice,
        "no voice profile named \"\(name)\" (known: \(voices.keys.sorted().joined(separator: ", ")))"
      )
    }
    return voice
  }

  /// The synthesis calls that speak `part`: one per span, in order, without end pauses
  /// (the profiles' pauses are added between utterances instead).
  public func calls(for part: Part) throws(RenderError) -> [SynthesisCall] {
    var calls: [SynthesisCall] = []
    for utterance in part.utterances {
      for span in utterance.spans {
        let voice = try voice(named: span.voice)
        calls.append(
          SynthesisCall(
            text: span.spoken, voice: voice.parameters,
            options: SynthesisOptions(endPause: false, phonemes: span.phonemes)))
      }
    }
    return calls
  }

  /// The pause after `part` in the whole file, from the profile of its first span.
  func pauseAfter(_ part: Part) -> Int {
    let name = part.utterances.first?.spans.first?.voice ?? ""
    let pauses = voices[name]?.pauses ?? VoiceProfile.Pauses()
    return part.kind == .paragraph ? pauses.paragraph : pauses.part
  }

  /// The pause after `utterance` within its part, from the profile of its last span.
  func pauseAfter(_ utterance: Utterance) -> Int {
    let name = utterance.spans.last?.voice ?? ""
    return (voices[name]?.pauses ?? VoiceProfile.Pauses()).utterance
  }
}
