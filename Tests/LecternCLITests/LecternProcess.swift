import Foundation

#if canImport(Glibc)
  import Glibc
#endif

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

  /// The folder that holds every temporary folder of this test process, removed when the
  /// process exits (a shared render outlives the test that made it).
  static let scratchRoot: String = {
    let path = FileManager.default.temporaryDirectory.path + "/lectern-test-\(getpid())"
    atexit { try? FileManager.default.removeItem(atPath: LecternProcess.scratchRoot) }
    return path
  }()

  /// The cache every run uses unless a test sets its own: never the developer's
  /// `~/.cache/lectern`.
  static let cacheDirectory = scratchRoot + "/cache"

  /// This process's environment for a run: the test cache, then `extra`.
  static func environment(_ extra: [String: String]) -> [String: String] {
    var environment = ProcessInfo.processInfo.environment
    environment["LECTERN_CACHE_DIR"] = cacheDirectory
    environment.merge(extra) { _, new in new }
    return environment
  }

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
    process.environment = Self.environment(environment)
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

  /// Starts `lectern ARGUMENTS` in the package root with stdout discarded and stderr into
  /// the file `standardError` or `errorPipe` (discarded without either); the caller waits.
  ///
  /// Foundation starts it in a process group of its own (its pid is the group id), so
  /// `kill(-pid, …)` reaches it and its synthesis processes, as a terminal's Ctrl-C would.
  static func start(
    _ arguments: [String], environment: [String: String] = [:], standardError: String? = nil,
    errorPipe: Pipe? = nil
  ) throws -> Process {
    let process = Process()
    process.environment = Self.environment(environment)
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: packageRoot)
    process.standardOutput = FileHandle.nullDevice
    if let errorPipe {
      process.standardError = errorPipe
    } else if let standardError {
      _ = FileManager.default.createFile(atPath: standardError, contents: nil)
      process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: standardError))
    } else {
      process.standardError = FileHandle.nullDevice
    }
    try process.run()
    return process
  }

  /// A fresh temporary folder, removed by the caller.
  static func temporaryDirectory() throws -> String {
    let path = scratchRoot + "/\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }
}

/// The entries of `folder` other than its lock file, sorted: temporaries would show here.
func visibleEntries(_ folder: String) throws -> [String] {
  try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0 != ".lectern.lock" }
    .sorted()
}
