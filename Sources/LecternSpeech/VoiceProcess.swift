import LecternSupport
import LecternSystem

/// A long-lived process of a ``ForkingSynthesisPool`` that has selected one voice, exactly
/// once, and forks the workers of every job whose first call speaks that voice.
///
/// Why: eSpeak NG queues a wave-generator command for every voice selection (and for some
/// parameter changes) and only synthesis drains that queue (`wcmdq`, 170 entries; a phoneme
/// is added only while 25 are free). A process that selected a voice before each fork and
/// never synthesized filled it: after about 166 jobs every worker started with a nearly full
/// queue and stopped early, and before that the pending count already changed the samples.
/// A voice process touches the engine once, so every worker it forks starts from the same
/// state — the state of a fresh process that selected this voice — whatever ran before, and
/// still inherits the loaded dictionary instead of loading it per job.
final class VoiceProcess {
  /// The voice, as identifier and variant (`gmw/en+m3`); empty for jobs without calls.
  let key: String
  /// Requests to it.
  let requests: MessageChannel
  /// Its outcomes.
  let outcomes: MessageChannel
  /// The jobs sent to it that have not ended, by sequence number.
  var running: Set<Int> = []
  /// When it was last given a job, to close the least recently used.
  var lastUsed = 0
  private var child: ChildProcess?

  private init(
    key: String, child: consuming ChildProcess, requests: consuming Descriptor,
    outcomes: consuming Descriptor
  ) {
    self.key = key
    self.child = consume child
    self.requests = MessageChannel(requests)
    self.outcomes = MessageChannel(outcomes)
  }

  /// The voice key of a job: its first call's voice identifier and variant.
  static func key(of job: SynthesisJob) -> String {
    guard let voice = job.calls.first?.voice else { return "" }
    return voice.variant.map { "\(voice.identifier)+\($0)" } ?? voice.identifier
  }

  /// Forks a voice process that runs `load` with `voice` once, then serves jobs with
  /// `worker`. It keeps only its own two pipes.
  static func start(
    key: String, voice: VoiceSettings?, worker: Worker, load: (VoiceSettings) -> Void
  ) throws(SystemError) -> VoiceProcess {
    let requests = try Pipe(subject: "requests to voice process \(key)")
    let outcomes = try Pipe(subject: "outcomes of voice process \(key)")
    let (reading, writing) = (requests.reading.number, outcomes.writing.number)
    let child = try ChildProcess.fork(
      name: "voice process \(key)", keeping: [reading, writing]
    ) {
      if let voice { load(voice) }
      serve(
        requests: MessageChannel(Descriptor(taking: .init(rawValue: reading), subject: "requests")),
        outcomes: Descriptor(taking: .init(rawValue: writing), subject: "outcomes"),
        workers: WorkerSet(worker: worker))
    }
    return VoiceProcess(
      key: key, child: child, requests: requests.writing, outcomes: outcomes.reading)
  }

  /// Closes its requests (it finishes its workers and ends) and reaps it.
  func stop() {
    requests.close()
    outcomes.close()
    _ = try? child.take()?.wait()
  }

  /// The voice process's whole life: fork a worker per request, report each outcome; end
  /// when the requests end and the last worker is reaped, or when nobody listens.
  private static func serve(
    requests: MessageChannel, outcomes: borrowing Descriptor, workers: WorkerSet
  ) -> Never {
    func report(_ ended: [(sequence: Int, outcome: SynthesisOutcome)]) {
      guard !ended.isEmpty else { return }
      var bytes: [UInt8] = []
      for (sequence, outcome) in ended {
        bytes += PoolMessage.ended(sequence: sequence, outcome: outcome).encoded
      }
      do throws(SystemError) { try outcomes.write(bytes) } catch { exitChild(3) }
    }
    while requests.isOpen || !workers.running.isEmpty {
      let polled = (requests.isOpen ? [requests.number] : []) + workers.descriptors
      let ready = Poll.readable(polled)
      if ready.contains(requests.number) {
        for case .run(let sequence, let job, let timeLimit) in requests.receive() {
          report(workers.start(sequence: sequence, job, timeLimit: timeLimit).map { [$0] } ?? [])
        }
      }
      report(workers.handle(ready.filter { $0 != requests.number }))
    }
    exitChild(0)
  }
}
