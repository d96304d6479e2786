/// `--shard auto`: the shard a job scheduler gave this process, from its environment.
///
/// - Slurm job arrays set `SLURM_ARRAY_TASK_ID`, `SLURM_ARRAY_TASK_MIN`, `…_MAX`,
///   `SLURM_ARRAY_TASK_STEP` and `SLURM_ARRAY_TASK_COUNT`: the task's index is
///   (ID − MIN) / STEP, so `--array=0-3`, `--array=1-4` and `--array=0-6:2` all work. An
///   array given as a list (`--array=1,5,9`) has no such index and is refused.
/// - Kubernetes Indexed Jobs set `JOB_COMPLETION_INDEX` (0-based); the number of shards is
///   the Job's `completions`, which no variable carries, so `--shards N` must say it.
public enum ShardEnvironment {
  /// The shard described by `environment`; `shards` is `--shards N`, if given.
  ///
  /// - Throws: ``BatchError`` (64) naming the variable that is missing or wrong.
  public static func shard(
    _ environment: [String: String], shards: Int?
  ) throws(BatchError) -> Shard {
    if environment["SLURM_ARRAY_TASK_ID"] != nil {
      return try slurm(environment, shards: shards)
    }
    if let value = environment["JOB_COMPLETION_INDEX"] {
      guard let index = Int(value), index >= 0 else {
        throw BatchError("--shard auto: JOB_COMPLETION_INDEX is \"\(value)\", not an index")
      }
      guard let shards else {
        throw BatchError(
          "--shard auto with JOB_COMPLETION_INDEX needs --shards N (the Job's completions)")
      }
      guard let shard = Shard(number: index + 1, count: shards) else {
        throw BatchError(
          "--shard auto: JOB_COMPLETION_INDEX \(index) is not below --shards \(shards)")
      }
      return shard
    }
    throw BatchError(
      "--shard auto: neither SLURM_ARRAY_TASK_ID (a Slurm job array) nor "
        + "JOB_COMPLETION_INDEX (a Kubernetes Indexed Job) is set; use --shard I/N")
  }

  private static func slurm(
    _ environment: [String: String], shards: Int?
  ) throws(BatchError) -> Shard {
    let id = try number("SLURM_ARRAY_TASK_ID", environment)
    let minimum = try number("SLURM_ARRAY_TASK_MIN", environment)
    let count = try number("SLURM_ARRAY_TASK_COUNT", environment)
    let step =
      environment["SLURM_ARRAY_TASK_STEP"] == nil
      ? 1 : try number("SLURM_ARRAY_TASK_STEP", environment)
    guard step >= 1, id >= minimum, (id - minimum) % step == 0 else {
      throw BatchError(
        "--shard auto: task \(id) of an array from \(minimum) in steps of \(step) has no "
          + "index; use --array=A-B or --array=A-B:S")
    }
    // A list such as --array=1,5,9 has no arithmetic index: every task refuses it alike,
    // rather than some tasks rendering shards the others also render or never do.
    let maximum =
      environment["SLURM_ARRAY_TASK_MAX"] == nil
      ? minimum + (count - 1) * step : try number("SLURM_ARRAY_TASK_MAX", environment)
    let index = (id - minimum) / step
    guard maximum == minimum + (count - 1) * step,
      let shard = Shard(number: index + 1, count: count)
    else {
      throw BatchError(
        "--shard auto: the Slurm array is not A-B or A-B:S (\(count) tasks from "
          + "\(minimum) to \(maximum) in steps of \(step)); give it as a range")
    }
    if let shards, shards != count {
      throw BatchError(
        "--shards \(shards) disagrees with the Slurm array's \(count) tasks "
          + "(SLURM_ARRAY_TASK_COUNT)")
    }
    return shard
  }

  private static func number(
    _ name: String, _ environment: [String: String]
  ) throws(BatchError) -> Int {
    guard let value = environment[name] else {
      throw BatchError("--shard auto: \(name) is not set (Slurm 22.05 or later sets it)")
    }
    guard let number = Int(value), number >= 0 else {
      throw BatchError("--shard auto: \(name) is \"\(value)\", not a number")
    }
    return number
  }
}
