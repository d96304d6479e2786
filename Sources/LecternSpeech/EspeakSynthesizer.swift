import CEspeakNG
import LecternSupport
import LecternSystem
import Synchronization

#if canImport(Glibc)
  import Glibc  // srand
#endif

/// Whether this process has initialized the engine. eSpeak NG is process-wide and cannot be
/// re-initialized after `espeak_ng_Terminate` (the next terminate hangs), so it opens once.
private let engineOpened = Mutex(false)

/// eSpeak NG 1.51 through its C library, in synchronous mode.
///
/// The engine is process-wide and not thread-safe (two threads synthesizing at once crash it:
/// the callback's `user_data` is global), so there is exactly one synthesizer per process,
/// confined to the thread that opened it. It is never terminated: terminating and
/// re-initializing hangs, and the process's exit releases everything.
///
/// The engine carries wave-generator state from call to call (the same sentence twice gives
/// slightly different audio). For reproducible output, synthesize in a child process forked
/// after ``open(dataPath:)``; see ``ForkingSynthesisPool``.
public final class EspeakSynthesizer: Synthesizer {
  /// The sample rate of every ``Speech`` this synthesizer returns, in Hz (22 050).
  public let sampleRate: Int
  /// The engine's version string, such as `1.51`.
  public let version: String
  /// The folder of the engine data that was really loaded (`…/espeak-ng-data`).
  public let dataPath: String

  /// The eSpeak name of the selected voice, to skip re-selecting an unchanged voice.
  private var selectedVoiceName: String?
  /// The installed variants, listed once.
  private lazy var knownVariants = Set(variants())

  private init(sampleRate: Int, version: String, dataPath: String) {
    self.sampleRate = sampleRate
    self.version = version
    self.dataPath = dataPath
  }

  /// Initializes the engine for this process, in synchronous mode.
  ///
  /// A second call in the same process throws ``SpeechError/Kind/alreadyOpen``: the engine
  /// has one owner, who passes the synthesizer to whoever needs it. Opening also makes the
  /// process ignore `SIGXFSZ`: the engine's audio probe truncates a 64 MiB memory file, which
  /// under a file-size limit would otherwise kill the process; writes past a limit then fail
  /// with `EFBIG` and are reported as errors.
  ///
  /// The corresponding C functions are `espeak_ng_InitializePath`, `espeak_ng_Initialize`,
  /// `espeak_ng_InitializeOutput` and `espeak_Info`.
  ///
  /// - Parameter dataPath: The `espeak-ng-data` folder or its parent; `nil` for the system's.
  /// - Throws: ``SpeechError`` when the engine is already open, cannot start, or loaded
  ///   data from another folder than `dataPath` (the engine ignores a wrong path silently).
  public static func open(dataPath: String? = nil) throws(SpeechError) -> EspeakSynthesizer {
    let isFirst = engineOpened.withLock { opened in
      defer { opened = true }
      return !opened
    }
    guard isFirst else {
      throw SpeechError(
        kind: .alreadyOpen,
        message: "the eSpeak NG engine is already open in this process (one owner per process)",
        exitStatus: .software)
    }
    ProcessSetup.ignoreFileSizeLimit()
    espeak_ng_InitializePath(dataPath)
    var context: espeak_ng_ERROR_CONTEXT?
    // The engine's audio probe (libpcaudio → PulseAudio) prints to stderr when it fails, as
    // it does on every headless machine and under a file-size limit ("ftruncate() failed");
    // failures that matter come back as status codes, so its chatter is kept off the
    // user's one-line errors.
    // The engine starts a thread of its own here: Ctrl-C stays the main thread's (see
    // ``ProcessSetup/startingThreads(_:)``).
    let initialized = ProcessSetup.startingThreads {
      StandardError.silenced { EspeakStatus(espeak_ng_Initialize(&context)) }
    }
    espeak_ng_ClearErrorContext(&context)
    if initialized != .ok {
      throw SpeechError(
        kind: .engine(call: "espeak_ng_Initialize", status: initialized.description),
        message: "espeak_ng_Initialize failed: \(initialized) (data: \(dataPath ?? "system"))",
        exitStatus: .unavailable)
    }
    try ProcessSetup.startingThreads {
      StandardError.silenced {
        EspeakStatus(espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, nil))
      }
    }.check("espeak_ng_InitializeOutput")
    espeak_SetSynthCallback(espeakSynthesisCallback)

    var loadedPath: UnsafePointer<CChar>?
    let version = espeak_Info(&loadedPath).map { String(cString: $0) } ?? "unknown"
    let loaded = loadedPath.map { String(cString: $0) } ?? ""
    if let dataPath, !sameFolder(loaded, dataPath) {
      throw SpeechError(
        kind: .dataPath(requested: dataPath, loaded: loaded),
        message: "\(dataPath): not eSpeak NG data (espeak_Info reports \(loaded) was loaded)",
        exitStatus: .configuration)
    }
    return EspeakSynthesizer(
      sampleRate: Int(espeak_ng_GetSampleRate()), version: version, dataPath: loaded)
  }

  /// The identifier (voice file) of the voice the engine prefers for language `tag`.
  ///
  /// The corresponding C function is `espeak_ListVoices` with a voice specification.
  private static func voiceFile(forLanguage tag: String) -> String? {
    tag.withCString { languages -> String? in
      var selector = espeak_VOICE()
      selector.languages = languages
      guard let list = espeak_ListVoices(&selector), let best = list.pointee,
        let identifier = best.pointee.identifier
      else { return nil }
      return String(cString: identifier)
    }
  }

  /// Whether the engine's `loaded` folder is `requested` or its `espeak-ng-data` child.
  static func sameFolder(_ loaded: String, _ requested: String) -> Bool {
    let target = FileSystem.canonical(loaded)
    return target == FileSystem.canonical(requested)
      || target == FileSystem.canonical(requested + "/espeak-ng-data")
  }

  /// Synthesizes `text` with `voice` into 16-bit mono PCM with sentence, word and end events.
  ///
  /// The corresponding C function is `espeak_ng_Synthesize` (synchronous: it returns when all
  /// audio has been delivered to the callback).
  ///
  /// - Throws: ``SpeechError`` when the voice is unknown or the engine fails.
  public func synthesize(
    _ text: String, voice: VoiceSettings, options: SynthesisOptions
  ) throws(SpeechError) -> Speech {
    try selectVoice(voice)
    // Variants with `breath` (f2 …) draw noise from the C library's `rand`, whose state
    // depends on what ran before in the process — and the engine's start-up consumes it
    // differently under different environments ($HOME, its size): measured, the same f2
    // sentence came out different under HOME=/x. A fixed seed before every call makes the
    // audio a function of the call alone.
    srand(1)
    let collector = SynthesisCollector(
      sampleRate: sampleRate, characters: text.unicodeScalars.count)
    let context = Unmanaged.passRetained(collector)
    defer { context.release() }
    let flags = EspeakTextFlags(options)
    let size = text.utf8.count + 1
    let status = text.withCString { pointer in
      EspeakStatus(
        espeak_ng_Synthesize(
          pointer, size, 0, POS_CHARACTER, 0, flags.rawValue, nil, context.toOpaque()))
    }
    try status.check("espeak_ng_Synthesize")
    // Synchronous mode ends with a callback without wave; without it the audio may be cut.
    guard collector.reachedEnd else {
      throw SpeechError.engine(
        "espeak_ng_Synthesize", status: "returned before its end-of-data callback")
    }
    return collector.speech(textLength: text.unicodeScalars.count)
  }

  /// Selects `voice` by eSpeak name, else by language, then applies every parameter.
  ///
  /// Falling back to the language is what the `espeak-ng` program does (`en-gb` is not a
  /// name in 1.51). Parameters are set after every selection because voice files carry
  /// their own (the ru voice sets `speed 95`, which would otherwise slow the next voice).
  ///
  /// Selecting a voice in the parent before forking makes every child inherit its loaded
  /// dictionary (≈ 2 ms less per job), without changing what the children synthesize.
  ///
  /// The corresponding C functions are `espeak_ng_SetVoiceByName`,
  /// `espeak_ng_SetVoiceByProperties` and `espeak_ng_SetParameter`.
  ///
  /// - Throws: ``SpeechError/Kind/unknownVoice(_:)`` when neither name nor language matches.
  public func selectVoice(_ voice: VoiceSettings) throws(SpeechError) {
    try loadVoice(voice)
    try applyParameters(voice)
  }

  /// Selects `voice` (by name, else by language) unless it is the selected one, without
  /// setting its parameters: what a voice process does once before forking workers.
  ///
  /// - Throws: ``SpeechError/Kind/unknownVoice(_:)`` when neither name nor language matches.
  public func loadVoice(_ voice: VoiceSettings) throws(SpeechError) {
    let name = voice.variant.map { "\(voice.identifier)+\($0)" } ?? voice.identifier
    if name != selectedVoiceName {
      selectedVoiceName = nil
      // The engine ignores an unknown variant silently (`en+zzz` speaks as `en`).
      if let variant = voice.variant, !knownVariants.contains(variant) {
        throw SpeechError.unknownVoice(name, status: "no variant file voices/!v/\(variant)")
      }
      var status = EspeakStatus(espeak_ng_SetVoiceByName(name))
      var call = "espeak_ng_SetVoiceByName(\"\(name)\")"
      if status == .voiceNotFound, let variant = voice.variant {
        // Selecting by properties drops a variant silently (`espeak-ng -v en-gb+f2` speaks
        // like `en-gb`): resolve the language to its voice file, and select that by name.
        if let file = Self.voiceFile(forLanguage: voice.identifier) {
          status = EspeakStatus(espeak_ng_SetVoiceByName("\(file)+\(variant)"))
          call = "espeak_ng_SetVoiceByName(\"\(file)+\(variant)\")"
        }
      } else if status == .voiceNotFound {
        call = "espeak_ng_SetVoiceByProperties(languages: \"\(voice.identifier)\")"
        status = voice.identifier.withCString { languages in
          var selector = espeak_VOICE()
          selector.languages = languages
          return EspeakStatus(espeak_ng_SetVoiceByProperties(&selector))
        }
      }
      if status == .voiceNotFound {
        throw SpeechError.unknownVoice(voice.identifier, status: status.description)
      }
      try status.check(call)
      selectedVoiceName = name
    }
  }

  /// Sets every parameter of `voice`: voice files carry their own (the ru voice sets
  /// `speed 95`), so they are set after every selection.
  private func applyParameters(_ voice: VoiceSettings) throws(SpeechError) {
    let settings: [(EspeakParameter, Int, String)] = [
      (.rate, voice.rate, "espeakRATE"), (.volume, voice.volume, "espeakVOLUME"),
      (.pitch, voice.pitch, "espeakPITCH"), (.range, voice.range, "espeakRANGE"),
      (.wordGap, voice.wordGap, "espeakWORDGAP"),
    ]
    for (parameter, value, label) in settings {
      try EspeakStatus(
        espeak_ng_SetParameter(espeak_PARAMETER(parameter.rawValue), Int32(clamping: value), 0)
      ).check("espeak_ng_SetParameter(\(label), \(value))")
    }
  }

}

/// The engine is process-wide and not thread-safe: the synthesizer never crosses threads.
@available(*, unavailable)
extension EspeakSynthesizer: Sendable {}
