import LecternSystem
import Testing

@testable import LecternSpeech

/// How a worker's end is told to the user, from what it reported and how it exited.
extension SpeechTests {
  @Suite struct WorkerOutcomeTests {
    @Test func runningOutOfMemoryIsSaidNotTakenForACrash() {
      let outcome = WorkerProcess.outcome(
        reports: [.call(0), .call(1)], termination: .signaled(6),
        lastErrorLine: "Fatal error: failed to allocate 4294967296 bytes")
      guard case .failed(let error) = outcome else {
        Issue.record("expected a failure, got \(outcome)")
        return
      }
      #expect(error.kind == .outOfMemory(callIndex: 1))
      #expect(error.exitStatus == .osError)
      #expect(error.description.hasPrefix("the synthesis process ran out of memory"))
    }

    @Test func aWorkerThatRunsOutOfMemoryIsReportedAsSuch() throws {
      let folder = try temporaryFolder()
      defer { removeFolder(folder) }
      let calls = ["fine", "oom"].map { SynthesisCall(text: $0, voice: english) }
      let results = try PoolHarness.run([calls], synthesizer: "double", folder: folder)
      guard case .failed(let error) = results[0].outcome else {
        Issue.record("expected a failure, got \(results[0].outcome)")
        return
      }
      #expect(error.kind == .outOfMemory(callIndex: 1))
      #expect(error.exitStatus == .osError)
      #expect(error.description.contains("failed to allocate"))
    }

    @Test func aCrashNamesTheSignalTheCallAndTheLastLine() {
      let outcome = WorkerProcess.outcome(
        reports: [.call(0), .call(1), .call(2)], termination: .signaled(6),
        lastErrorLine: "*** stack smashing detected ***: terminated")
      guard case .crashed(let call, let reason) = outcome else {
        Issue.record("expected a crash, got \(outcome)")
        return
      }
      #expect(call == 2)
      #expect(reason == "killed by SIGABRT: *** stack smashing detected ***: terminated")
    }

    @Test func aReportedErrorKeepsItsKindAndStatus() {
      let unavailable = SpeechError.unknownVoice("xx", status: "not found")
      let outcome = WorkerProcess.outcome(
        reports: [.call(0), .failed(unavailable)], termination: .exited(1), lastErrorLine: nil)
      guard case .failed(let error) = outcome else {
        Issue.record("expected a failure, got \(outcome)")
        return
      }
      #expect(error == unavailable)
      #expect(error.exitStatus == .unavailable)
    }
  }
}
