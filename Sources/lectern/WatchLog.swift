import Foundation

/// Where `watch` says what it did: one line per save, error or event of the watch itself.
/// ``StandardErrorWatchLog`` prints them; ``RecordingWatchLog`` (the test double beside it)
/// keeps them.
protocol WatchLog: AnyObject {
  /// Says `line` (no line end). `isError` lines are said even with `--quiet`.
  func say(_ line: String, isError: Bool)
}

/// The log of a watch in a terminal: each line on stderr, after the time of day (`14:02:37`),
/// so that the last save's line can be told from the ones before.
final class StandardErrorWatchLog: WatchLog {
  /// Print errors only (`--quiet`).
  let quiet: Bool
  private let formatter: DateFormatter

  /// A log that prints everything, or errors only when `quiet`.
  init(quiet: Bool) {
    self.quiet = quiet
    formatter = DateFormatter()
    formatter.dateFormat = "HH:mm:ss"
  }

  func say(_ line: String, isError: Bool) {
    guard isError || !quiet else { return }
    printError("\(formatter.string(from: Date())) \(line)")
  }
}

/// The test double of ``WatchLog``: keeps every line, in order, with no time of day.
final class RecordingWatchLog: WatchLog {
  /// Every line said, in order.
  private(set) var lines: [String] = []
  /// The lines said as errors, in order.
  private(set) var errors: [String] = []

  func say(_ line: String, isError: Bool) {
    lines.append(line)
    if isError { errors.append(line) }
  }
}
