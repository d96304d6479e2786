import Foundation
import LecternSpeech
import LecternSystem

#if canImport(Glibc)
  import Glibc
#endif

/// What the speech tests ask the harness to run.
struct HarnessSpec: Codable {
  /// One job: its calls, the indexes to skip.
  struct Job: Codable {
    var id: String
    var calls: [SynthesisCall]
    var skipping: [Int] = []
  }

  /// `espeak` for the engine, `double` for the test synthesizer (with test behaviours).
  var synthesizer: String
  var width: Int
  /// The most voice processes (`nil`: the pool's default; 0: workers load their voice).
  var voiceProcesses: Int?
  var timeLimit: UInt32?
  /// How many numbers each voice process draws from the C library's `rand` after loading
  /// its voice: the state a start-up under another environment leaves.
  var randomDraws: Int?
  /// Where the archives go.
  var folder: String
  var jobs: [Job]
}

/// How one job ended, as the tests read it.
struct HarnessOutcome: Codable {
  var id: String
  /// `finished`, `crashed` or `failed`.
  var outcome: String
  var callIndex: Int?
  var reason: String?
  var error: SpeechError?
}

/// Runs a spec's jobs in one pool and reports their outcomes in job order.
struct HarnessRun {
  let spec: HarnessSpec

  init(_ spec: HarnessSpec) { self.spec = spec }

  func run() throws -> [HarnessOutcome] {
    let pool = try makePool()
    if let limit = spec.timeLimit { pool.jobTimeLimit = limit }
    let jobs = spec.jobs.map {
      SynthesisJob(
        id: $0.id, calls: $0.calls, skipping: Set($0.skipping),
        destination: "\(spec.folder)/\($0.id).lspa")
    }
    var outcomes: [String: HarnessOutcome] = [:]
    try pool.run(jobs) { job, outcome in
      outcomes[job.id] = Self.describe(job.id, outcome)
      return .proceed
    }
    return jobs.map { outcomes[$0.id] ?? HarnessOutcome(id: $0.id, outcome: "missing") }
  }

  private func makePool() throws -> ForkingSynthesisPool {
    if spec.synthesizer == "double" {
      return ForkingSynthesisPool(jobs: spec.width, voiceProcesses: spec.voiceProcesses) {
        (call) throws(SpeechError) -> Speech in
        try Self.doubleSynthesize(call, folder: spec.folder)
      }
    }
    let engine = try EspeakSynthesizer.open()
    return ForkingSynthesisPool(
      jobs: spec.width, sampleRate: engine.sampleRate, voiceProcesses: spec.voiceProcesses,
      load: { [draws = spec.randomDraws ?? 0] voice in
        try? engine.loadVoice(voice)
        for _ in 0..<draws { _ = rand() }
      }
    ) { (call) throws(SpeechError) -> Speech in
      try engine.synthesize(call.text, voice: call.voice, options: call.options)
    }
  }

  /// The test synthesizer, with behaviours the pool tests need, chosen by the call's text:
  /// `wait:NAME` waits until job NAME's archive exists (to force an order of completion
  /// without timing), `hang` sleeps past any time limit, `limit:N` sets a file-size limit of
  /// N bytes first, `oom` runs out of memory. They run only in the workers, and each appends its text (`slow` for a
  /// wait) to the file `order` when it ends.
  static func doubleSynthesize(
    _ call: SynthesisCall, folder: String
  ) throws(SpeechError)
    -> Speech
  {
    if call.text.hasPrefix("wait:") {
      let other = "\(folder)/\(call.text.dropFirst(5)).lspa"
      while !FileSystem.exists(other) { Clock.sleep(milliseconds: 2) }
    } else if call.text == "hang" {
      Clock.sleep(milliseconds: 30_000)
    } else if call.text == "oom" {
      // An address-space limit, then more than it allows: the allocation fails.
      var limit = rlimit(rlim_cur: 512 << 20, rlim_max: 512 << 20)
      setrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit)
      let huge = [Int16](repeating: 1, count: 1 << 30)
      if huge.count == 0 { exit(9) }
    } else if call.text.hasPrefix("limit:"), let bytes = Int(call.text.dropFirst(6)) {
      var limit = rlimit(rlim_cur: rlim_t(bytes), rlim_max: rlim_t(bytes))
      setrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &limit)
    }
    var double = TestSynthesizer()
    let speech = try double.synthesize(call.text, voice: call.voice, options: call.options)
    // The order in which calls end, for the test of completion order (O_APPEND: one write).
    let line = Array((call.text.hasPrefix("wait:") ? "slow\n" : "\(call.text)\n").utf8)
    if let order = try? Descriptor.open(
      folder + "/order", O_WRONLY | O_CREAT | O_APPEND, failureStatus: .ioError)
    {
      try? order.write(line)
    }
    return speech
  }

  static func describe(_ id: String, _ outcome: SynthesisOutcome) -> HarnessOutcome {
    switch outcome {
    case .finished:
      return HarnessOutcome(id: id, outcome: "finished")
    case .crashed(let callIndex, let reason):
      return HarnessOutcome(id: id, outcome: "crashed", callIndex: callIndex, reason: reason)
    case .failed(let error):
      return HarnessOutcome(id: id, outcome: "failed", error: error)
    }
  }
}
