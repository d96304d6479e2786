import LecternSupport

/// A speech synthesizer: text in, 16-bit mono PCM and timing events out.
///
/// Implementations are not required to be thread-safe; the eSpeak NG one is confined to
/// one owner. `TestSynthesizer` (beside this file) is a deterministic double for tests.
public protocol Synthesizer: ~Copyable {
  /// The sample rate of every ``Speech`` this synthesizer returns, in Hz.
  var sampleRate: Int { get }

  /// Synthesizes `text` with `voice`.
  ///
  /// - Throws: ``SpeechError`` when the voice cannot be selected or synthesis fails.
  mutating func synthesize(
    _ text: String, voice: VoiceSettings, options: SynthesisOptions
  ) throws(SpeechError) -> Speech
}
