import LecternRender
import LecternSpeech
import LecternSystem
import LecternText

/// What the synthesizing commands set up once per process: the engine, the voices and
/// lexicons checked against it, and the planner.
///
/// The engine is initialized here, in the main thread of a process that has started no
/// other threads, because synthesis forks children from it (see `ChildProcess` for why the
/// engine's own idle thread does not matter). The voices folder can be loaded again
/// (``reloadVoices()``) without touching the engine or the synthesis process: voice settings
/// travel with each job.
final class Session {
  let synthesizer: EspeakSynthesizer
  let pool: ForkingSynthesisPool
  /// The document language stated with `--language`, if any.
  let language: String?
  /// The voices folder.
  let voicesDirectory: String
  /// The profiles, lexicons and language files in use: the last that loaded without error.
  private(set) var annotator: LanguageAnnotator
  /// Which voice speaks what, from ``annotator``'s profiles.
  private(set) var casting: VoiceCasting
  /// The engine's voices and variants, which profiles are checked against.
  private let engineVoices: Set<String>
  private let engineVariants: Set<String>

  /// Opens the engine and loads the voices folder of `options`. `checkingRuleSets: false`
  /// leaves the ICU rule sets of the language files to ``checkRuleSets(of:)``.
  /// `times` (`--timings`) learns how long the engine and the voices folder took.
  init(
    options: PipelineOptions, jobs: Int, checkingRuleSets: Bool = true,
    times: PhaseTimes? = nil
  ) throws {
    synthesizer = try EspeakSynthesizer.open()
    engineVoices = Self.voiceNames(synthesizer)
    engineVariants = Set(synthesizer.variants())
    times?.end("engine")
    voicesDirectory = options.voices.directory
    language = options.language.language
    annotator = try LanguageAnnotator.load(
      directory: voicesDirectory, availableVoices: engineVoices,
      availableVariants: engineVariants, identifier: LanguageOption.identifier,
      checkingRuleSets: checkingRuleSets)
    casting = VoiceCasting(annotator.library)
    times?.end("voices")
    let synthesizer = self.synthesizer
    // Each voice process loads its voice once, so that workers rarely load a dictionary;
    // every worker of a voice starts from the same engine state.
    pool = ForkingSynthesisPool(
      jobs: jobs, sampleRate: synthesizer.sampleRate,
      load: { try? synthesizer.loadVoice($0) }
    ) { (call) throws(SpeechError) -> Speech in
      try synthesizer.synthesize(call.text, voice: call.voice, options: call.options)
    }
    // Started now, it loads the speaker's voice while this process plans the document.
    let speaker = annotator.library.profiles.first { $0.role == .speaker }
    try pool.start(warmingUp: speaker?.settings)
    times?.end("synthesis process")
  }

  /// Loads the voices folder again (profiles, lexicons, language files). When it fails, the
  /// configuration in use stays and the error (a ``ConfigurationError`` naming the file and
  /// line) is thrown.
  func reloadVoices() throws {
    let loaded = try LanguageAnnotator.load(
      directory: voicesDirectory, availableVoices: engineVoices,
      availableVariants: engineVariants, identifier: LanguageOption.identifier)
    annotator = loaded
    casting = VoiceCasting(loaded.library)
  }

  /// The plan of the document at `path`; with `only`, only that part is annotated (see
  /// ``Planner/annotating``).
  func plan(_ path: String, only: String? = nil) throws -> RenderPlan {
    var planner = Planner(annotator: annotator, language: language)
    planner.annotating = only.map { [$0] }
    planner.workers = PipelineOptions.defaultJobs
    return planner.plan(try Document.load(path: path))
  }

  /// Checks the ICU rule sets of the languages `parts` speak, for a session opened without
  /// checking them all.
  func checkRuleSets(of parts: [Part]) throws {
    let spoken = parts.flatMap {
      $0.utterances.flatMap { $0.spans.map { String($0.lang.prefix { $0 != "-" }) } }
    }
    try Normalizer.validate(annotator.languages, only: Set(spoken))
  }

  /// A renderer whose synthesis runs in the session's synthesis process, with the voices in
  /// use now.
  func renderer(progress: any RenderProgress, memory: SpeechMemory? = nil) -> Renderer {
    Renderer(
      pool: pool, casting: casting, sampleRate: synthesizer.sampleRate,
      engine: "eSpeak NG \(synthesizer.version)", progress: progress, memory: memory)
  }

  /// Every name and identifier the engine knows a voice by (`en`, `gmw/en`, `ru` …).
  static func voiceNames(_ synthesizer: EspeakSynthesizer) -> Set<String> {
    Set(synthesizer.voices().flatMap { [$0.name, $0.identifier] })
  }
}
