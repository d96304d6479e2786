import Foundation
import LecternSupport
import LecternSystem

/// Plays a WAV file with the first audio player found on `PATH`.
enum Player {
  /// The players tried, in order, with the arguments that make each play a file and exit.
  static let candidates: [(name: String, arguments: [String])] = [
    ("aplay", ["-q"]), ("paplay", []), ("ffplay", ["-nodisp", "-autoexit", "-loglevel", "quiet"]),
  ]

  /// An audio player is missing or failed.
  struct PlayerError: LecternError {
    /// The one-line message.
    let description: String
    /// `EX_UNAVAILABLE`.
    var exitStatus: ExitStatus { .unavailable }
  }

  /// Plays `path` and waits until it ends.
  static func play(_ path: String) throws {
    let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
      .split(separator: ":").map(String.init)
    for candidate in candidates {
      for directory in directories {
        let executable = "\(directory)/\(candidate.name)"
        guard FileManager.default.isExecutableFile(atPath: executable) else { continue }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = candidate.arguments + [path]
        do {
          try process.run()
        } catch {
          throw PlayerError(
            description: "cannot start \(executable): \(SystemError.reason(of: error))")
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
          throw PlayerError(
            description:
              "\(candidate.name) could not play \(path) (exit \(process.terminationStatus))")
        }
        return
      }
    }
    throw PlayerError(
      description: "no audio player found (install aplay, paplay or ffplay); the file is \(path)")
  }
}
