import Foundation
import LecternSpeech
import Testing

/// Runs synthesis pools in the `lectern-pool-harness` program: a pool must fork from a
/// single-threaded process, which the test runner is not.
enum PoolHarness {
  /// The package root.
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

  /// The debug build of the harness.
  static let binary = packageRoot + "/.build/debug/lectern-pool-harness"

  /// How one job ended, and its speech when it finished.
  struct Result {
    var outcome: SynthesisOutcome
    var speeches: [Speech]
  }

  /// Runs `jobs` (each a list of calls) in one pool of the harness and returns their results
  /// in order. `synthesizer` is `espeak` or `double` (see the harness).
  static func run(
    _ jobs: [[SynthesisCall]], width: Int = 1, voiceProcesses: Int? = nil,
    skipping: [Int: Set<Int>] = [:], synthesizer: String = "espeak", timeLimit: UInt32? = nil,
    ids: [String]? = nil, randomDraws: Int? = nil, folder: String
  ) throws -> [Result] {
    let names = ids ?? jobs.indices.map { "job\($0)" }
    let spec = Spec(
      synthesizer: synthesizer, width: width, voiceProcesses: voiceProcesses,
      timeLimit: timeLimit, randomDraws: randomDraws, folder: folder,
      jobs: zip(names, jobs).enumerated().map { index, job in
        Spec.Job(id: job.0, calls: job.1, skipping: (skipping[index] ?? []).sorted())
      })
    let specPath = folder + "/spec.json"
    try JSONEncoder().encode(spec).write(to: URL(fileURLWithPath: specPath))
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = [specPath]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try #require(
      process.terminationStatus == 0, "the harness exited with \(process.terminationStatus)")
    let outcomes = try JSONDecoder().decode([Outcome].self, from: data)
    return try outcomes.map { outcome in
      let result = outcome.synthesisOutcome
      guard case .finished = result else { return Result(outcome: result, speeches: []) }
      return Result(
        outcome: result, speeches: try SpeechArchive.read("\(folder)/\(outcome.id).lspa"))
    }
  }

  private struct Spec: Codable {
    struct Job: Codable {
      var id: String
      var calls: [SynthesisCall]
      var skipping: [Int]
    }
    var synthesizer: String
    var width: Int
    var voiceProcesses: Int?
    var timeLimit: UInt32?
    var randomDraws: Int?
    var folder: String
    var jobs: [Job]
  }

  private struct Outcome: Codable {
    var id: String
    var outcome: String
    var callIndex: Int?
    var reason: String?
    var error: SpeechError?

    var synthesisOutcome: SynthesisOutcome {
      switch outcome {
      case "finished": .finished
      case "crashed": .crashed(callIndex: callIndex ?? -2, reason: reason ?? "")
      default: .failed(error ?? SpeechError("job \(id): \(outcome)"))
      }
    }
  }
}
