import LecternSystem

/// Forks the child that runs one ``SynthesisJob``, and is that child's whole life.
struct Worker {
  let sampleRate: Int
  let synthesize: (SynthesisCall) throws(SpeechError) -> Speech

  /// Forks the child of `job`, with its report pipe and its stderr captured, and at most
  /// `timeLimit` seconds to live (0: no limit). The child keeps no other descriptor of its
  /// parent's.
  func start(
    sequence: Int, _ job: SynthesisJob, timeLimit: UInt32
  ) throws(SystemError) -> WorkerProcess {
    let reports = try Pipe(subject: "report pipe of job \(job.id)")
    let errors = try Pipe(subject: "stderr pipe of job \(job.id)")
    let reportEnd = reports.writing.number
    let child = try ChildProcess.fork(
      name: "job \(job.id)", keeping: [reportEnd], standardError: errors.writing.number,
      timeLimit: timeLimit
    ) { run(job, reports: reportEnd) }
    return WorkerProcess(
      sequence: sequence, job: job, child: child, reports: reports.reading,
      errors: errors.reading)
  }

  /// The child's whole life: report each call before making it, archive, `_exit`.
  ///
  /// It never returns into its parent's Swift code, and `_exit` skips `atexit` handlers and
  /// stdio buffers that belong to the parent.
  private func run(_ job: SynthesisJob, reports number: Int32) -> Never {
    let reports = Descriptor(taking: .init(rawValue: number), subject: "report pipe")
    func report(_ message: ChildReport) {
      // A parent gone is the only cause of failure here; the child then just ends.
      do throws(SystemError) { try reports.write(message.encoded) } catch { exitChild(2) }
    }
    do throws(SpeechError) {
      let archive = try SpeechArchive.Writer(
        path: job.destination, key: job.key, calls: job.calls.count)
      for (index, call) in job.calls.enumerated() {
        report(.call(index))
        if job.skipping.contains(index) {
          try archive.append(Speech(samples: [], sampleRate: sampleRate, events: []))
        } else {
          try archive.append(try synthesize(call))
        }
      }
      try archive.finish()
    } catch {
      report(.failed(error))
      exitChild(1)
    }
    report(.done)
    exitChild(0)
  }
}

/// The workers one process has running, polled together.
final class WorkerSet {
  private(set) var running: [WorkerProcess] = []
  let worker: Worker

  init(worker: Worker) { self.worker = worker }

  /// The descriptors to poll.
  var descriptors: [Int32] { running.flatMap(\.descriptors) }

  /// Forks the worker of `job`; a failure to fork is its outcome.
  func start(
    sequence: Int, _ job: SynthesisJob, timeLimit: UInt32
  ) -> (sequence: Int, outcome: SynthesisOutcome)? {
    do throws(SystemError) {
      running.append(try worker.start(sequence: sequence, job, timeLimit: timeLimit))
      return nil
    } catch {
      return (sequence, .failed(SpeechError(error)))
    }
  }

  /// Reads the ready descriptors and returns the outcomes of the workers that ended.
  func handle(_ ready: [Int32]) -> [(sequence: Int, outcome: SynthesisOutcome)] {
    for descriptor in ready {
      for process in running { process.drain(descriptor) }
    }
    var ended: [(Int, SynthesisOutcome)] = []
    for index in running.indices.reversed() where running[index].isDrained {
      let process = running.remove(at: index)
      ended.append((process.sequence, process.finish()))
    }
    return ended
  }
}
