import LecternSystem

/// How many CPUs this process may really use, for `--jobs`' default: not the machine's core
/// count, which a pinned Slurm task or a limited container would oversubscribe.
///
/// The least of: the CPUs in this process's affinity mask (`sched_getaffinity`: what
/// `taskset`, Slurm's task/affinity or a cpuset allows); `SLURM_CPUS_PER_TASK` when Slurm sets
/// it (a task without pinning still has only its allocation); and the CPU quota of its
/// control group and every group above it (cgroup v2 `cpu.max`, what a Kubernetes CPU limit
/// sets), rounded up. At least 1.
public enum CPUBudget {
  /// The CPUs this process may use now.
  public static func current(environment: [String: String]) -> Int {
    available(
      affinity: CPUAffinity.allowedCount,
      slurmCPUsPerTask: environment["SLURM_CPUS_PER_TASK"].flatMap { Int($0) },
      quota: ControlGroupQuota.current())
  }

  /// The least of the limits that are known, at least 1.
  public static func available(affinity: Int?, slurmCPUsPerTask: Int?, quota: Double?) -> Int {
    var limits: [Int] = []
    if let affinity, affinity > 0 { limits.append(affinity) }
    if let slurmCPUsPerTask, slurmCPUsPerTask > 0 { limits.append(slurmCPUsPerTask) }
    if let quota, quota > 0 { limits.append(Int(quota.rounded(.up))) }
    return max(1, limits.min() ?? 1)
  }
}

/// The CPU quota of this process's cgroup v2 and its ancestors (`cpu.max`: `QUOTA PERIOD`, or
/// `max PERIOD` for none), as a number of CPUs.
enum ControlGroupQuota {
  /// The tightest quota on this process's cgroup path, or `nil` when there is none (or no
  /// cgroup v2).
  static func current() -> Double? {
    guard let membership = text("/proc/self/cgroup") else { return nil }
    // cgroup v2 has one line, "0::/PATH".
    guard let line = membership.split(separator: "\n").first(where: { $0.hasPrefix("0::") })
    else { return nil }
    var path = String(line.dropFirst(3))
    var tightest: Double?
    while true {
      let folder = "/sys/fs/cgroup" + (path == "/" ? "" : path)
      if let quota = text(folder + "/cpu.max").flatMap(parse) {
        tightest = min(tightest ?? quota, quota)
      }
      guard path != "/", let slash = path.lastIndex(of: "/") else { break }
      path = slash == path.startIndex ? "/" : String(path[..<slash])
    }
    return tightest
  }

  /// `200000 100000` → 2.0; `max 100000` → `nil`.
  static func parse(_ text: String) -> Double? {
    let fields = text.split(whereSeparator: \.isWhitespace)
    guard fields.count == 2, let quota = Double(fields[0]), let period = Double(fields[1]),
      period > 0
    else { return nil }
    return quota / period
  }

  private static func text(_ path: String) -> String? {
    BatchFiles.contents(of: path, limit: 1 << 16).map { String(decoding: $0, as: UTF8.self) }
  }
}
