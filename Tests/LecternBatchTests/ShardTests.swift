import LecternBatch
import Testing

/// `--shard I/N` and `--shard auto` from Slurm's and Kubernetes' variables.
struct ShardTests {
  @Test func parsesOneBasedShards() throws {
    let shard = try Shard.parse("2/4")
    #expect((shard.number, shard.count, shard.index) == (2, 4, 1))
    #expect(shard.description == "2/4")
    #expect(try Shard.parse("1/1") == .whole)
  }

  @Test(arguments: ["0/4", "5/4", "1/0", "2", "a/b", "2/4/1", "-1/4", ""])
  func refusesWhatIsNotAShard(_ text: String) {
    #expect(throws: BatchError.self) { try Shard.parse(text) }
  }

  @Test func badShardMessagesSayWhatAShardIs() {
    #expect(throws: BatchError("--shard 5/4: I must be between 1 and N, and N at least 1")) {
      try Shard.parse("5/4")
    }
    #expect(
      throws: BatchError(
        "--shard must be I/N with 1 ≤ I ≤ N (such as 2/4), or auto (got \"two\")")
    ) { try Shard.parse("two") }
  }

  func slurm(id: Int, min: Int, step: Int?, count: Int, max: Int? = nil) -> [String: String] {
    var environment = [
      "SLURM_ARRAY_TASK_ID": "\(id)", "SLURM_ARRAY_TASK_MIN": "\(min)",
      "SLURM_ARRAY_TASK_COUNT": "\(count)",
    ]
    environment["SLURM_ARRAY_TASK_STEP"] = step.map(String.init)
    environment["SLURM_ARRAY_TASK_MAX"] = (max ?? min + (count - 1) * (step ?? 1)).description
    return environment
  }

  @Test func slurmArraysFromZeroFromOneAndWithASteps() throws {
    #expect(
      try ShardEnvironment.shard(slurm(id: 0, min: 0, step: 1, count: 4), shards: nil)
        == Shard(number: 1, count: 4))
    #expect(
      try ShardEnvironment.shard(slurm(id: 4, min: 1, step: 1, count: 4), shards: nil)
        == Shard(number: 4, count: 4))
    #expect(
      try ShardEnvironment.shard(slurm(id: 6, min: 0, step: 2, count: 4), shards: nil)
        == Shard(number: 4, count: 4))
    #expect(
      try ShardEnvironment.shard(slurm(id: 3, min: 1, step: nil, count: 3), shards: 3)
        == Shard(number: 3, count: 3))
  }

  @Test func everyTaskOfAnArrayGetsADifferentShard() throws {
    let shards = try (0..<5).map { task in
      try ShardEnvironment.shard(slurm(id: 10 + 3 * task, min: 10, step: 3, count: 5), shards: nil)
    }
    #expect(shards.map(\.number) == [1, 2, 3, 4, 5])
  }

  @Test func slurmListArraysAndMismatchesAreRefused() {
    // --array=1,5,9: three tasks from 1 to 9, no step makes them 0, 1, 2.
    #expect(throws: BatchError.self) {
      try ShardEnvironment.shard(slurm(id: 1, min: 1, step: 1, count: 3, max: 9), shards: nil)
    }
    #expect(throws: BatchError.self) {
      try ShardEnvironment.shard(slurm(id: 3, min: 0, step: 2, count: 4), shards: nil)
    }
    #expect(
      throws: BatchError(
        "--shards 3 disagrees with the Slurm array's 4 tasks (SLURM_ARRAY_TASK_COUNT)")
    ) { try ShardEnvironment.shard(slurm(id: 0, min: 0, step: 1, count: 4), shards: 3) }
    #expect(
      throws: BatchError(
        "--shard auto: SLURM_ARRAY_TASK_MIN is not set (Slurm 22.05 or later sets it)")
    ) { try ShardEnvironment.shard(["SLURM_ARRAY_TASK_ID": "1"], shards: nil) }
  }

  @Test func kubernetesIndexNeedsTheShardCount() throws {
    #expect(
      try ShardEnvironment.shard(["JOB_COMPLETION_INDEX": "0"], shards: 3)
        == Shard(number: 1, count: 3))
    #expect(
      try ShardEnvironment.shard(["JOB_COMPLETION_INDEX": "2"], shards: 3)
        == Shard(number: 3, count: 3))
    #expect(
      throws: BatchError(
        "--shard auto with JOB_COMPLETION_INDEX needs --shards N (the Job's completions)")
    ) { try ShardEnvironment.shard(["JOB_COMPLETION_INDEX": "0"], shards: nil) }
    #expect(throws: BatchError.self) {
      try ShardEnvironment.shard(["JOB_COMPLETION_INDEX": "3"], shards: 3)
    }
  }

  @Test func noSchedulerIsAUsageError() {
    #expect(throws: BatchError.self) { try ShardEnvironment.shard(["HOME": "/root"], shards: 2) }
  }
}
