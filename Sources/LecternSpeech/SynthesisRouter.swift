import LecternSupport
import LecternSystem

/// The synthesis process of a ``ForkingSynthesisPool``: forked once from the process that
/// opened the engine, it never touches the engine itself. It queues the pool's jobs, routes
/// each to the ``VoiceProcess`` of its first voice (forking one when needed, closing the
/// least recently used idle one beyond `voiceLimit`) and relays outcomes, keeping at most
/// `width` jobs running across all of them.
///
/// With a `voiceLimit` of 0 it forks the workers itself, from its pristine engine, and each
/// worker selects its own voice (the simplest design; it costs a dictionary load per job).
final class SynthesisRouter {
  private struct Queued {
    var sequence: Int
    var job: SynthesisJob
    var timeLimit: UInt32
  }

  let width: Int
  let voiceLimit: Int
  let worker: Worker
  let load: (VoiceSettings) -> Void
  private let requests: MessageChannel
  private let outcomes: Descriptor
  private var queue: [Queued] = []
  private var voices: [String: VoiceProcess] = [:]
  private let direct: WorkerSet
  private var running = 0
  private var clock = 0

  init(
    width: Int, voiceLimit: Int, worker: Worker, load: @escaping (VoiceSettings) -> Void,
    requests: MessageChannel, outcomes: consuming Descriptor
  ) {
    self.width = width
    self.voiceLimit = voiceLimit
    self.worker = worker
    self.load = load
    self.requests = requests
    self.outcomes = outcomes
    self.direct = WorkerSet(worker: worker)
  }

  /// Starts the voice process of `voice` ahead of its first job (while the caller plans).
  func warmUp(_ voice: VoiceSettings) {
    guard voiceLimit > 0 else { return }
    let job = SynthesisJob(id: "", calls: [SynthesisCall(text: "", voice: voice)], destination: "")
    _ = voiceProcess(for: job)  // a failure shows again when a job needs it
  }

  /// The router's whole life.
  func serve() -> Never {
    while requests.isOpen || running > 0 {
      dispatch()
      let voiceOutcomes = voices.values.map(\.outcomes.number).filter { $0 >= 0 }
      let polled = (requests.isOpen ? [requests.number] : []) + voiceOutcomes + direct.descriptors
      let ready = Poll.readable(polled)
      if ready.contains(requests.number) {
        for case .run(let sequence, let job, let timeLimit) in requests.receive() {
          queue.append(Queued(sequence: sequence, job: job, timeLimit: timeLimit))
        }
        if !requests.isOpen { queue.removeAll() }  // the pool is gone
      }
      for process in Array(voices.values) where ready.contains(process.outcomes.number) {
        relay(from: process)
      }
      complete(direct.handle(ready))
    }
    for process in voices.values { process.stop() }
    exitChild(0)
  }

  /// Hands queued jobs out while fewer than `width` run, in order, skipping over a job whose
  /// voice has no process and no room for one yet.
  private func dispatch() {
    var index = 0
    while running < width, index < queue.count {
      let item = queue[index]
      if voiceLimit == 0 {
        queue.remove(at: index)
        running += 1
        let failed = direct.start(sequence: item.sequence, item.job, timeLimit: item.timeLimit)
        complete(failed.map { [$0] } ?? [])
        continue
      }
      let process: VoiceProcess
      switch voiceProcess(for: item.job) {
      case .busy:
        index += 1
        continue
      case .failed(let error):
        queue.remove(at: index)
        report([(item.sequence, .failed(SpeechError(error)))])
        continue
      case .ready(let ready):
        process = ready
      }
      queue.remove(at: index)
      let request = PoolMessage.run(
        sequence: item.sequence, job: item.job, timeLimit: item.timeLimit)
      do throws(SystemError) {
        try process.requests.send([request])
        process.running.insert(item.sequence)
        running += 1
      } catch {
        report([(item.sequence, .failed(SpeechError(error)))])
      }
    }
  }

  private enum Route {
    case ready(VoiceProcess)
    /// Every process is busy and none may be added yet.
    case busy
    /// No process could be forked: the job reports it, as a worker that failed would.
    case failed(SystemError)
  }

  /// The live voice process for `job`'s first voice, started if there is room (closing the
  /// least recently used idle one when there are `voiceLimit` already).
  private func voiceProcess(for job: SynthesisJob) -> Route {
    let key = VoiceProcess.key(of: job)
    clock += 1
    if let process = voices[key] {
      process.lastUsed = clock
      return .ready(process)
    }
    if voices.count >= voiceLimit {
      let idle = voices.values.filter(\.running.isEmpty).min { $0.lastUsed < $1.lastUsed }
      guard let idle else { return .busy }
      voices[idle.key] = nil
      idle.stop()
    }
    do throws(SystemError) {
      let process = try VoiceProcess.start(
        key: key, voice: job.calls.first?.voice, worker: worker, load: load)
      process.lastUsed = clock
      voices[key] = process
      return .ready(process)
    } catch {
      return .failed(error)
    }
  }

  /// Forwards the outcomes `process` reported; if it died, its running jobs crashed.
  private func relay(from process: VoiceProcess) {
    let messages = process.outcomes.receive()
    var ended: [(sequence: Int, outcome: SynthesisOutcome)] = []
    for case .ended(let sequence, let outcome) in messages {
      process.running.remove(sequence)
      ended.append((sequence, outcome))
    }
    if !process.outcomes.isOpen {
      for sequence in process.running.sorted() {
        ended.append((sequence, .crashed(callIndex: -1, reason: "its voice process ended")))
      }
      process.running.removeAll()
      voices[process.key] = nil
      process.stop()
    }
    complete(ended)
  }

  /// Reports jobs that were counted as running.
  private func complete(_ ended: [(sequence: Int, outcome: SynthesisOutcome)]) {
    running -= ended.count
    report(ended)
  }

  private func report(_ ended: [(sequence: Int, outcome: SynthesisOutcome)]) {
    guard !ended.isEmpty else { return }
    var bytes: [UInt8] = []
    for (sequence, outcome) in ended {
      bytes += PoolMessage.ended(sequence: sequence, outcome: outcome).encoded
    }
    do throws(SystemError) { try outcomes.write(bytes) } catch { exitChild(3) }
  }
}
