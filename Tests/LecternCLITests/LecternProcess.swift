import Foundation

/// Runs the built `lectern` binary the way a user does, for end-to-end tests.
struct LecternProcess {
  /// What a run printed and how it ended.
  struct Result {
    var status: Int32
    var stdout: Data
    var stderr: String
    var output: String { String(decoding: stdout, as: UTF8.self) }
  }

  /// The package root (tests run the binary from there, as the README does).
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

  /// The debug build of `lectern`.
  static let binary = packageRoot + "/.build/debug/lectern"

  /// Runs `lectern ARGUMENTS` in `directory`, with `environment` added, through `/bin/sh -c`
  /// when `shellPrefix` is given (e.g. `ulimit -f 64;`).
  static func run(
    _ arguments: [String], in directory: String = packageRoot,
    environment: [String: String] = [:], shellPrefix: String? = nil
  ) throws -> Result {
    let process = Process()
    if let shellPrefix {
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      let quoted = ([binary] + arguments).map {
        "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'"
      }
      process.arguments = ["-c", "\(shellPrefix) exec \(quoted.joined(separator: " "))"]
    } else {
      process.executableURL = URL(fileURLWithPath: binary)
      process.arguments = arguments
    }
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    var env = ProcessInfo.processInfo.environment
    env.merge(environment) { _, new in new }
    process.environment = env
    // stderr goes to a file and stdout to a pipe read to its end, so neither can fill up
    // and block the child while this thread waits on the other.
    let errorDirectory = try temporaryDirectory()
    let errorPath = errorDirectory + "/stderr"
    _ = FileManager.default.createFile(atPath: errorPath, contents: nil)
    defer { try? FileManager.default.removeItem(atPath: errorDirectory) }
    let errorHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
    let out = Pipe()
    process.standardOutput = out
    process.standardError = errorHandle
    try process.run()
    let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try errorHandle.close()
    let stderrData = FileManager.default.contents(atPath: errorPath) ?? Data()
    return Result(
      status: process.terminationStatus, stdout: stdoutData,
      stderr: String(decoding: stderrData, as: UTF8.self))
  }

  /// Starts `lectern ARGUMENTS` in the package root with output discarded; the caller waits.
  ///
  /// Foundation starts it in a process group of its own (its pid is the group id), so
  /// `kill(-pid, …)` reaches it and its synthesis processes, as a terminal's Ctrl-C would.
  static func start(_ arguments: [String], environment: [String: String] = [:]) throws -> Process {
    let process = Process()
    var env = ProcessInfo.processInfo.environment
    env.merge(environment) { _, new in new }
    process.environment = env
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: packageRoot)
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  /// A fresh temporary folder, removed by the caller.
  static func temporaryDirectory() throws -> String {
    let path = FileManager.default.temporaryDirectory.path + "/lectern-test-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }
}

/// The entries of `folder` other than its lock file, sorted: temporaries would show here.
func visibleEntries(_ folder: String) throws -> [String] {
  try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0 != ".lectern.lock" }
    .sorted()
}
