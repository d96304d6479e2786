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
      let value =
        Double(duration.components.seconds) * 1000
        + Double(duration.components.attoseconds) / 1e15
      return String(Int((value * 10).rounded())).withDecimalPoint
    }
    let total = phases.reduce(Duration.zero) { $0 + $1.duration }
    return
      (phases.map { "\($0.name) \(milliseconds($0.duration))" } + [
        "total \(milliseconds(total)) ms"
      ]).joined(separator: ", ")
  }
}

extension String {
  /// Tenths written as digits ("123" → "12.3", "7" → "0.7").
  fileprivate var withDecimalPoint: String {
    let digits = count < 2 ? String(repeating: "0", count: 2 - count) + self : self
    return "\(digits.dropLast()).\(digits.suffix(1))"
  }
}
