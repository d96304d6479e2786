import Foundation
import Testing

/// Every layer's system calls go through LecternSystem: no other module's object code calls
/// the C functions below. Checked on the built objects (`nm -u`: the C symbols a file calls),
/// not on the text, where `writer.write(…)` and `write(…)` cannot be told apart.
@Suite struct SystemCallConfinementTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

  /// The C functions only LecternSystem may call.
  static let confined: Set<String> = [
    "open", "open64", "read", "write", "close", "fork", "pipe", "pipe2", "sigaction", "signal",
    "dlsym", "dup", "dup2", "waitpid", "kill", "unlink", "rename", "mkdir", "rmdir", "link",
    "fsync", "poll", "flock", "strerror", "mkdtemp",
  ]

  /// The modules above the system layer.
  static let modules = [
    "LecternSupport", "LecternText", "LecternLanguageID", "LecternSpeech", "LecternAudio",
    "LecternRender", "LecternBatch", "lectern",
  ]

  @Test func noModuleAboveTheSystemLayerCallsThemDirectly() throws {
    var offenders: [String] = []
    var checked = 0
    for module in Self.modules {
      let sources = try FileManager.default.contentsOfDirectory(
        atPath: "\(Self.root)/Sources/\(module)")
      for source in sources where source.hasSuffix(".swift") {
        let object = "\(Self.root)/.build/debug/\(module).build/\(source).o"
        guard FileManager.default.fileExists(atPath: object) else { continue }
        checked += 1
        for symbol in try undefinedSymbols(object) where Self.confined.contains(symbol) {
          offenders.append("\(module)/\(source): \(symbol)")
        }
      }
    }
    #expect(checked > 50)
    #expect(offenders.isEmpty, "\(offenders.joined(separator: ", "))")
  }

  /// The symbols `object` uses and does not define.
  func undefinedSymbols(_ object: String) throws -> [String] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/nm")
    process.arguments = ["-u", "--format=just-symbols", object]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
  }
}
