import Foundation
import Glibc
import LecternSupport
import LecternSystem

/// Plays a WAV file with the first audio player found on `PATH`.
///
/// The player is started through ``ChildProcess/spawn(name:executable:arguments:standardInput:)``
/// (fork and exec in C), not Foundation's `Process`, which starts a monitoring thread: `watch`
/// must stay single-threaded so that it can fork its synthesis process again if that one dies.
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

  /// A player playing a file; stopped (and reaped) by ``stop()`` or when released.
  final class Playback {
    private var child: ChildProcess?
    /// The player's name (`aplay`).
    let name: String
    /// The file it plays.
    let path: String

    fileprivate init(child: consuming ChildProcess, name: String, path: String) {
      self.child = consume child
      self.name = name
      self.path = path
    }

    deinit { stop() }

    /// Whether the player has ended (reaped if so); never blocks.
    func hasEnded() -> Bool {
      child?.hasEnded() ?? true
    }

    /// Stops the player if it still plays, and reaps it.
    func stop() {
      guard let running = child.take() else { return }
      running.send(SIGTERM)
      _ = try? running.wait()
    }

    /// Waits until the player ends; fails when it did not play the file.
    func wait() throws {
      guard let running = child.take() else { return }
      let termination = try running.wait()
      guard termination == .exited(0) else {
        throw PlayerError(description: "\(name) could not play \(path) (\(termination))")
      }
    }
  }

  /// The first player on `PATH`, as an executable path with its arguments.
  static func find() throws -> (executable: String, name: String, arguments: [String]) {
    let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
      .split(separator: ":").map(String.init)
    for candidate in candidates {
      for directory in directories {
        let executable = "\(directory)/\(candidate.name)"
        if FileManager.default.isExecutableFile(atPath: executable) {
          return (executable, candidate.name, candidate.arguments)
        }
      }
    }
    throw PlayerError(
      description: "no audio player found (install aplay, paplay or ffplay)")
  }

  /// Starts playing `path` and returns at once. The player reads nothing from the terminal
  /// (its stdin is `/dev/null`).
  static func start(_ path: String) throws -> Playback {
    let player = try find()
    let input = try Descriptor.open("/dev/null", O_RDONLY, failureStatus: .osError)
    let child = try ChildProcess.spawn(
      name: player.name, executable: player.executable, arguments: player.arguments + [path],
      standardInput: input.number)
    return Playback(child: child, name: player.name, path: path)
  }

  /// Plays `path` and waits until it ends.
  static func play(_ path: String) throws {
    do {
      try start(path).wait()
    } catch let error as PlayerError where error.description.hasPrefix("no audio player") {
      throw PlayerError(description: "\(error.description); the file is \(path)")
    }
  }
}
