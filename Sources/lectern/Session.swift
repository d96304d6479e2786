import LecternRender
import LecternSpeech
import LecternSystem
import LecternText

/// What the synthesizing commands set up once per process: the engine, the voices and
/// lexicons checked against it, and the planner.
///
/// The engine is initialized here, in the main thread of a process that has started no
/// other threads, because synthesis forks children from it (see `ChildProcess` for why the
/// engine's own idle thread does not matter).
final class Session {
  let synthesizer: EspeakSynthesizer
  let annotator: LanguageAnnotator
  let casting: VoiceCasting
  let pool: ForkingSynthesisPool
  /// The document language stated with `--language`, if any.
  let language: String?

  /// Opens the engine and loads the voices folder of `options`.
  init(options: PipelineOptions, jobs: Int) throws {
    synthesizer = try EspeakSynthesizer.open()
    annotator = try LanguageAnnotator.load(
      directory: options.voices.directory, availableVoices: Self.voiceNames(synthesizer),
      availableVariants: Set(synthesizer.variants()), identifier: LanguageOption.identifier)
    language = options.language.language
    casting = VoiceCasting(annotator.library)
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
  }

  /// The plan of the document at `path`.
  func plan(_ path: String) throws -> RenderPlan {
    Planner(annotator: annotator, language: language).plan(try Document.load(path: path))
  }

  /// A renderer whose synthesis runs in the session's synthesis process.
  func renderer(progress: any RenderProgress) -> Renderer {
    Renderer(
      pool: pool, casting: casting, sampleRate: synthesizer.sampleRate,
      engine: "eSpeak NG \(synthesizer.version)", progress: progress)
  }

  /// Every name and identifier the engine knows a voice by (`en`, `gmw/en`, `ru` …).
  static func voiceNames(_ synthesizer: EspeakSynthesizer) -> Set<String> {
    Set(synthesizer.voices().flatMap { [$0.name, $0.identifier] })
  }
}
