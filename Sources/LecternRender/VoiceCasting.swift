import LecternSpeech
import LecternSupport
import LecternText

/// The voices of a render, by profile name: which settings speak each span of a plan, and
/// the pauses around what they speak.
public struct VoiceCasting: Sendable {
  /// The profiles, keyed by name.
  public var profiles: [String: VoiceProfile]

  /// Creates a casting from profiles.
  public init(_ profiles: [VoiceProfile]) {
    self.profiles = Dictionary(profiles.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
  }

  /// The casting of every profile of `library`.
  public init(_ library: VoiceLibrary) {
    self.init(library.profiles)
  }

  /// The profile named `name`.
  ///
  /// - Throws: ``RenderError`` when the plan names a profile the casting lacks.
  public func profile(named name: String) throws(RenderError) -> VoiceProfile {
    guard let profile = profiles[name] else {
      throw RenderError(
        .unknownVoice,
        "no voice profile named \"\(name)\" (known: \(profiles.keys.sorted().joined(separator: ", ")))"
      )
    }
    return profile
  }

  /// The script of `part`: one synthesis call per span, in order, without end pauses (the
  /// profiles' pauses are added between utterances instead).
  ///
  /// - Throws: ``RenderError`` for a profile the casting lacks, or a part longer than
  ///   ``PartScript/maximumCharacters`` (exit 65).
  public func script(for part: Part) throws(RenderError) -> PartScript {
    var lines: [PartScript.Line] = []
    for (utteranceIndex, utterance) in part.utterances.enumerated() {
      for (spanIndex, span) in utterance.spans.enumerated() {
        let call = SynthesisCall(
          text: span.spoken, voice: try profile(named: span.voice).settings,
          options: SynthesisOptions(endPause: false, phonemes: span.phonemes))
        lines.append(PartScript.Line(utterance: utteranceIndex, span: spanIndex, call: call))
      }
    }
    let script = PartScript(part: part, lines: lines)
    guard script.characters <= PartScript.maximumCharacters else {
      throw RenderError(
        .partTooLong,
        "part \(part.id) is \(script.characters) characters long, more than the limit of "
          + "\(PartScript.maximumCharacters) (about two hours of speech); split the paragraph")
    }
    return script
  }

  /// The pause after `part` in the whole file, from the profile of its first span.
  func pauseAfter(_ part: Part) -> Int {
    let name = part.utterances.first?.spans.first?.voice ?? ""
    let pauses = profiles[name]?.pauses ?? VoiceProfile.Pauses()
    return part.kind == .paragraph ? pauses.paragraph : pauses.part
  }

  /// The pause after `utterance` within its part, from the profile of its last span.
  func pauseAfter(_ utterance: Utterance) -> Int {
    let name = utterance.spans.last?.voice ?? ""
    return (profiles[name]?.pauses ?? VoiceProfile.Pauses()).utterance
  }
}
