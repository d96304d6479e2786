import CEspeakNG

/// A status code of eSpeak NG (`espeak_ng_STATUS`): 0 is success, 1…255 are `errno` values,
/// others are the engine's own codes.
public struct EspeakStatus: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
  /// The raw `espeak_ng_STATUS` value.
  public let rawValue: UInt32

  /// Creates a status from its raw value.
  public init(rawValue: UInt32) { self.rawValue = rawValue }

  init(_ status: espeak_ng_STATUS) { self.init(rawValue: status.rawValue) }

  /// `ENS_OK`.
  public static let ok = EspeakStatus(ENS_OK)
  /// `ENS_VOICE_NOT_FOUND`.
  public static let voiceNotFound = EspeakStatus(ENS_VOICE_NOT_FOUND)
  /// `ENS_NOT_INITIALIZED`.
  public static let notInitialized = EspeakStatus(ENS_NOT_INITIALIZED)

  /// The engine's text for this status.
  ///
  /// The corresponding C function is `espeak_ng_GetStatusCodeMessage`.
  public var description: String {
    var buffer = [CChar](repeating: 0, count: 512)
    buffer.withUnsafeMutableBufferPointer { bytes in
      espeak_ng_GetStatusCodeMessage(espeak_ng_STATUS(rawValue), bytes.baseAddress, bytes.count)
    }
    let text = String(
      decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return "\(text) (status 0x\(String(rawValue, radix: 16)))"
  }

  /// Throws ``SpeechError/Kind/engine(call:status:)`` naming `call` unless this is ``ok``.
  func check(_ call: @autoclosure () -> String) throws(SpeechError) {
    if self != .ok { throw SpeechError.engine(call(), status: description) }
  }
}

/// Maps the legacy `espeak_ERROR` of the `espeak_…` functions onto a status.
extension EspeakStatus {
  init(legacy error: espeak_ERROR) {
    switch error {
    case EE_OK: self = .ok
    case EE_NOT_FOUND: self = .voiceNotFound
    case EE_BUFFER_FULL: self.init(ENS_FIFO_BUFFER_FULL)
    default: self.init(rawValue: UInt32(bitPattern: error.rawValue))
    }
  }
}

/// The text flags of a synthesis call.
///
/// The corresponding C flags are `espeakCHARS_UTF8`, `espeakSSML`, `espeakPHONEMES` and
/// `espeakENDPAUSE`, as passed to `espeak_Synth` and `espeak_ng_Synthesize`.
public struct EspeakTextFlags: OptionSet, Sendable, Hashable {
  /// The raw flag bits.
  public let rawValue: UInt32

  /// Creates flags from raw bits.
  public init(rawValue: UInt32) { self.rawValue = rawValue }

  /// The text is UTF-8 (`espeakCHARS_UTF8`).
  public static let utf8 = EspeakTextFlags(rawValue: UInt32(espeakCHARS_UTF8))
  /// Elements in `< >` are SSML (`espeakSSML`).
  public static let ssml = EspeakTextFlags(rawValue: UInt32(espeakSSML))
  /// Text in `[[ ]]` is phoneme mnemonics (`espeakPHONEMES`).
  public static let phonemes = EspeakTextFlags(rawValue: UInt32(espeakPHONEMES))
  /// A sentence pause ends the text (`espeakENDPAUSE`).
  public static let endPause = EspeakTextFlags(rawValue: UInt32(espeakENDPAUSE))

  /// The flags that read `options` the way the `espeak-ng` program does.
  public init(_ options: SynthesisOptions) {
    var flags: EspeakTextFlags = .utf8
    if options.endPause { flags.insert(.endPause) }
    if options.phonemes { flags.insert(.phonemes) }
    self = flags
  }
}

/// A speech parameter of the engine.
///
/// The corresponding C type is `espeak_PARAMETER`, set with `espeak_ng_SetParameter`.
public struct EspeakParameter: RawRepresentable, Sendable, Hashable {
  /// The raw `espeak_PARAMETER` value.
  public let rawValue: UInt32

  /// Creates a parameter from its raw value.
  public init(rawValue: UInt32) { self.rawValue = rawValue }

  /// Words per minute (`espeakRATE`).
  public static let rate = EspeakParameter(rawValue: espeakRATE.rawValue)
  /// Volume, 0…200 (`espeakVOLUME`).
  public static let volume = EspeakParameter(rawValue: espeakVOLUME.rawValue)
  /// Base pitch, 0…100 (`espeakPITCH`).
  public static let pitch = EspeakParameter(rawValue: espeakPITCH.rawValue)
  /// Pitch range, 0…100 (`espeakRANGE`).
  public static let range = EspeakParameter(rawValue: espeakRANGE.rawValue)
  /// Pause between words, in 10 ms units (`espeakWORDGAP`).
  public static let wordGap = EspeakParameter(rawValue: espeakWORDGAP.rawValue)
}
