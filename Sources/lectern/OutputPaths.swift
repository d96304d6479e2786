import LecternSupport
import LecternSystem

/// A usage error found after parsing, such as an unknown part id: exit 64.
struct UsageError: LecternError {
  /// The one-line message.
  let description: String
  /// Always `EX_USAGE`.
  var exitStatus: ExitStatus { .usage }

  init(_ description: String) { self.description = description }
}

/// Small file chores of the preview command.
enum OutputPaths {
  /// Creates the folder that will hold `path`.
  static func createParent(of path: String) throws(SystemError) {
    try FileSystem.makeDirectories(FileSystem.split(path).directory)
  }
}
