import Foundation

/// Where a command's time goes, phase by phase, on the monotonic clock: `preview --timings`
/// prints it, so that the start-up cost of a one-shot preview can be measured, not guessed.
///
/// Only this process's phases are timed. The time before `main` (loading the executable and
/// its libraries) and after it are the difference between the process's wall time and the
/// sum printed.
final class PhaseTimes {
  private let clock = ContinuousClock()
  private var last: ContinuousClock.Instant
  /// Each phase and how long it took, in the order they ended.
  private(set) var phases: [(name: String, duration: Duration)] = []

  /// Starts timing now.
  init() { last = clock.now }

  /// Ends the phase called `name` now; the next phase starts now.
  func end(_ name: String) {
    let now = clock.now
    phases.append((name, now - last))
    last = now
  }

  /// One line: each phase in milliseconds, then their sum.
  var line: String {
    let milliseconds = { (duration: Duration) -> String in
      let seconds =
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
      return String(format: "%.1f", seconds * 1000)
    }
    let total = phases.reduce(Duration.zero) { $0 + $1.duration }
    let each = phases.map { "\($0.name) \(milliseconds($0.duration))" }
    return (each + ["total \(milliseconds(total)) ms"]).joined(separator: ", ")
  }
}
