import Foundation
import LecternBatch
import LecternSupport
import Testing

/// A shard's run: goes on past a failing document, records failures beside good renders,
/// stops on what would fail every document.
struct BatchRunTests {
  struct Failure: LecternError {
    var description: String
    var exitStatus: LecternSupport.ExitStatus
  }

  func documents(_ names: [String]) -> [BatchDocument] {
    names.map { BatchDocument(source: "in/\($0).txt", words: 10) }
  }

  @Test func aFailingDocumentIsRecordedAndTheOthersStillRender() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let ledger = BatchLedger(output: folder.path)
    var said: [String] = []
    let run = BatchRun(
      shard: Shard(number: 2, count: 3)!, ledger: ledger, say: { said.append($0) }, note: { _ in })
    var rendered: [String] = []
    let outcome = try run.run(documents(["a", "b", "c"])) { document in
      if document.name == "b" {
        throw Failure(
          description: "in/b.txt:3: invalid UTF-8", exitStatus: LecternSupport.ExitStatus.dataError)
      }
      rendered.append(document.name)
      return .rendered
    }
    #expect(rendered == ["a", "c"])
    #expect(outcome.rendered == 2 && outcome.exitStatus == 65)
    #expect(said == ["lectern: in/b.txt:3: invalid UTF-8"])
    let record = try #require(ledger.failures()["b"])
    #expect(record.error == "in/b.txt:3: invalid UTF-8")
    #expect((record.status, record.shard, record.source) == (65, "2/3", "in/b.txt"))
  }

  @Test func aLaterSuccessOrCurrentRenderClearsTheRecord() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let ledger = BatchLedger(output: folder.path)
    let run = BatchRun(shard: .whole, ledger: ledger, say: { _ in }, note: { _ in })
    _ = try run.run(documents(["a", "b"])) { _ in
      throw Failure(description: "voice missing", exitStatus: LecternSupport.ExitStatus.unavailable)
    }
    #expect(ledger.failures().keys.sorted() == ["a", "b"])
    let outcome = try run.run(documents(["a", "b"])) { $0.name == "a" ? .rendered : .current }
    #expect((outcome.rendered, outcome.current, outcome.failures) == (1, 1, []))
    #expect(ledger.failures().isEmpty)
  }

  @Test func aWriteErrorStopsTheShardAndAnInterruptionIsNoDocumentsFailure() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let ledger = BatchLedger(output: folder.path)
    let run = BatchRun(shard: .whole, ledger: ledger, say: { _ in }, note: { _ in })
    var tried: [String] = []
    #expect(throws: Failure.self) {
      _ = try run.run(documents(["a", "b"])) { document in
        tried.append(document.name)
        throw Failure(
          description: "out/a: write failed: No space left",
          exitStatus: LecternSupport.ExitStatus.ioError)
      }
    }
    #expect(tried == ["a"])
    #expect(ledger.failures().keys.sorted() == ["a"])
    #expect(throws: Failure.self) {
      _ = try run.run(documents(["b"])) { _ in
        throw Failure(
          description: "interrupted", exitStatus: LecternSupport.ExitStatus(rawValue: 130))
      }
    }
    #expect(ledger.failures()["b"] == nil)
  }

  @Test func theBatchRecordIsWrittenOnceAndReadBack() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let ledger = BatchLedger(output: folder.path)
    try ledger.recordBatch(documents(["a", "b"]))
    try ledger.recordBatch(documents(["a", "b"]))
    try ledger.recordBatch(documents(["c"]))
    let records = try FileManager.default.contentsOfDirectory(atPath: ledger.batchesFolder)
    #expect(records.count == 2)
    #expect(records.allSatisfy { $0.hasSuffix(".jsonl") })
    #expect(ledger.recordedDocuments().keys.sorted() == ["a", "b", "c"])
    #expect(ledger.recordedDocuments()["a"]?.source == "in/a.txt")
  }
}

/// The CPUs `--jobs` defaults to.
struct CPUBudgetTests {
  @Test func theLeastOfAffinitySlurmAndQuota() {
    #expect(CPUBudget.available(affinity: 16, slurmCPUsPerTask: nil, quota: nil) == 16)
    #expect(CPUBudget.available(affinity: 16, slurmCPUsPerTask: 2, quota: nil) == 2)
    #expect(CPUBudget.available(affinity: 1, slurmCPUsPerTask: 4, quota: nil) == 1)
    #expect(CPUBudget.available(affinity: 16, slurmCPUsPerTask: nil, quota: 2.5) == 3)
    #expect(CPUBudget.available(affinity: nil, slurmCPUsPerTask: nil, quota: nil) == 1)
    #expect(CPUBudget.available(affinity: 8, slurmCPUsPerTask: 0, quota: 0) == 8)
  }

  @Test func thisProcessMayUseAtLeastOneCPU() {
    #expect(CPUBudget.current(environment: [:]) >= 1)
    #expect(CPUBudget.current(environment: ["SLURM_CPUS_PER_TASK": "1"]) == 1)
  }
}
