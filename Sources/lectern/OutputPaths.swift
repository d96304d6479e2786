import Foundation
import LecternSupport

#if canImport(Glibc)
  import Glibc
#endif

/// A usage error found after parsing, such as an unknown part id: exit 64.
struct UsageError: LecternError {
  /// The one-line message.
  let description: String
  /// Always `EX_USAGE`.
  var exitStatus: ExitStatus { .usage }

  init(_ description: String) { self.description = description }
}

/// A file the command line could not create or copy.
struct OutputError: LecternError {
  /// The one-line message.
  let description: String
  /// `EX_CANTCREAT` or `EX_IOERR`.
  let exitStatus: ExitStatus
}

/// Small file chores of the preview command.
enum OutputPaths {
  /// Creates the folder that will hold `path`.
  static func createParent(of path: String) throws {
    let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
    do {
      try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
    } catch {
      throw OutputError(
        description: "cannot create folder \(parent): \(error.localizedDescription)",
        exitStatus: .cannotCreate)
    }
  }

  /// Copies the file at `path` to standard output, for piping (`| aplay`).
  static func copyToStandardOutput(_ path: String) throws {
    let input = open(path, O_RDONLY)
    guard input >= 0 else {
      throw OutputError(
        description: "cannot read \(path): \(String(cString: strerror(errno)))",
        exitStatus: .ioError)
    }
    defer { close(input) }
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
      if count == 0 { return }
      guard count > 0 else {
        throw OutputError(
          description: "cannot read \(path): \(String(cString: strerror(errno)))",
          exitStatus: .ioError)
      }
      var written = 0
      while written < count {
        let result = buffer.withUnsafeBytes {
          write(STDOUT_FILENO, $0.baseAddress.map { $0 + written }, count - written)
        }
        guard result > 0 else {
          throw OutputError(
            description: "cannot write to standard output: \(String(cString: strerror(errno)))",
            exitStatus: .ioError)
        }
        written += result
      }
    }
  }
}
