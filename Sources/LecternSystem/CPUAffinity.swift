import CLecternSystem

/// The CPUs this process may run on, as its affinity mask says.
public enum CPUAffinity {
  /// How many CPUs the affinity mask of this process allows (`taskset`, Slurm's task/affinity,
  /// a cpuset), or `nil` when it cannot be told.
  ///
  /// The corresponding C function is `sched_getaffinity`.
  public static var allowedCount: Int? {
    let count = lectern_allowed_cpu_count()
    return count > 0 ? Int(count) : nil
  }
}
