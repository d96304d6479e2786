import CSndFile

/// An audio file format Lectern writes, each through libsndfile.
///
/// Ogg Opus is always written at 48 kHz (``opusSampleRate``): libsndfile 1.2.0 opens Opus only
/// at 8, 12, 16, 24 or 48 kHz, and the speech engine produces 22 050 Hz, so it is resampled.
public enum AudioFormat: String, CaseIterable, Sendable {
  /// 16-bit PCM in a RIFF WAVE container.
  case wav
  /// 16-bit FLAC (lossless).
  case flac
  /// Ogg Vorbis (lossy).
  case ogg
  /// MPEG-1/2 audio layer III (lossy).
  case mp3
  /// Ogg Opus (lossy), at 48 kHz.
  case opus

  /// The one rate Opus files are written at: Opus's own.
  public static let opusSampleRate = 48_000

  /// The file name extension, without the dot.
  public var fileExtension: String { rawValue }

  /// A human name for messages, such as "FLAC" or "MPEG layer III".
  public var displayName: String {
    switch self {
    case .wav: "16-bit WAV"
    case .flac: "16-bit FLAC"
    case .ogg: "Ogg Vorbis"
    case .mp3: "MPEG layer III"
    case .opus: "Ogg Opus"
    }
  }

  /// The libsndfile container and encoding this format writes, a WAV file in `container`.
  func soundFileFormat(_ container: WAVContainer) -> SoundFileFormat {
    guard self == .wav, container == .rf64 else { return soundFileFormat }
    return SoundFileFormat(container: .rf64, encoding: .pcm16)
  }

  /// The libsndfile container and encoding this format writes (WAV in plain RIFF).
  var soundFileFormat: SoundFileFormat {
    switch self {
    case .wav: SoundFileFormat(container: .wav, encoding: .pcm16)
    case .flac: SoundFileFormat(container: .flac, encoding: .pcm16)
    case .ogg: SoundFileFormat(container: .ogg, encoding: .vorbis)
    case .mp3: SoundFileFormat(container: .mpeg, encoding: .mpegLayerIII)
    case .opus: SoundFileFormat(container: .ogg, encoding: .opus)
    }
  }

  /// Whether the file is an Ogg stream, whose serial number Lectern sets.
  var isOgg: Bool { self == .ogg || self == .opus }

  /// Whether the container keeps cue points (`SFC_SET_CUE`); only WAV does here.
  var storesCues: Bool { self == .wav }

  /// The format whose container and encoding equal `format`'s, if Lectern writes it (RF64
  /// is WAV: see ``WAVContainer``).
  init?(_ format: SoundFileFormat) {
    var known = SoundFileFormat(container: format.container, encoding: format.encoding)
    if known.container == .rf64 {
      known = SoundFileFormat(container: .wav, encoding: known.encoding)
    }
    guard let match = Self.allCases.first(where: { $0.soundFileFormat == known }) else {
      return nil
    }
    self = match
  }
}

/// A libsndfile format code: a container (major format) combined with an encoding (subtype)
/// and, optionally, an endianness. Not an option set: container codes share bits.
///
/// The corresponding C type is the `format` field of `SF_INFO`, built from `SF_FORMAT_*`.
struct SoundFileFormat: RawRepresentable, Sendable, Hashable {
  /// The raw C format code.
  var rawValue: Int32

  /// Creates a strongly-typed format from a raw C format code.
  init(rawValue: Int32) { self.rawValue = rawValue }

  /// The code of `container` written with `encoding` (the C idiom `major | subtype`).
  init(container: SoundFileFormat, encoding: SoundFileFormat) {
    self.rawValue = container.rawValue | encoding.rawValue
  }

  /// Microsoft WAV. The corresponding C constant is `SF_FORMAT_WAV`.
  static let wav = SoundFileFormat(rawValue: Int32(SF_FORMAT_WAV))
  /// EBU RF64, WAV with 64-bit sizes. The corresponding C constant is `SF_FORMAT_RF64`.
  static let rf64 = SoundFileFormat(rawValue: Int32(SF_FORMAT_RF64))
  /// FLAC. The corresponding C constant is `SF_FORMAT_FLAC`.
  static let flac = SoundFileFormat(rawValue: Int32(SF_FORMAT_FLAC))
  /// Xiph Ogg. The corresponding C constant is `SF_FORMAT_OGG`.
  static let ogg = SoundFileFormat(rawValue: Int32(SF_FORMAT_OGG))
  /// MPEG-1/2 audio stream. The corresponding C constant is `SF_FORMAT_MPEG`.
  static let mpeg = SoundFileFormat(rawValue: Int32(SF_FORMAT_MPEG))

  /// Signed 16-bit samples. The corresponding C constant is `SF_FORMAT_PCM_16`.
  static let pcm16 = SoundFileFormat(rawValue: Int32(SF_FORMAT_PCM_16))
  /// Xiph Vorbis. The corresponding C constant is `SF_FORMAT_VORBIS`.
  static let vorbis = SoundFileFormat(rawValue: Int32(SF_FORMAT_VORBIS))
  /// Opus. The corresponding C constant is `SF_FORMAT_OPUS`.
  static let opus = SoundFileFormat(rawValue: Int32(SF_FORMAT_OPUS))
  /// MPEG layer III. The corresponding C constant is `SF_FORMAT_MPEG_LAYER_III`.
  static let mpegLayerIII = SoundFileFormat(rawValue: Int32(SF_FORMAT_MPEG_LAYER_III))

  /// The container part alone. The corresponding C mask is `SF_FORMAT_TYPEMASK`.
  var container: SoundFileFormat {
    SoundFileFormat(rawValue: rawValue & Int32(SF_FORMAT_TYPEMASK))
  }

  /// The encoding part alone. The corresponding C mask is `SF_FORMAT_SUBMASK`.
  var encoding: SoundFileFormat {
    SoundFileFormat(rawValue: rawValue & Int32(SF_FORMAT_SUBMASK))
  }
}

/// How libsndfile opens a file.
///
/// The corresponding C constants are `SFM_READ` and `SFM_WRITE`.
struct SoundFileMode: RawRepresentable, Sendable, Hashable {
  /// The raw C mode.
  var rawValue: Int32

  /// Creates a strongly-typed mode from a raw C mode.
  init(rawValue: Int32) { self.rawValue = rawValue }

  /// Read only. The corresponding C constant is `SFM_READ`.
  static let read = SoundFileMode(rawValue: Int32(SFM_READ))
  /// Write only; creates or truncates the file. The corresponding C constant is `SFM_WRITE`.
  static let write = SoundFileMode(rawValue: Int32(SFM_WRITE))
}
