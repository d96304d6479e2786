import ArgumentParser
import LecternSupport

#if canImport(Glibc)
  import Glibc
#endif

/// Runs `body`; a ``LecternError`` ends the command with its one-line message on stderr and
/// its `sysexits` status, never a stack trace.
func reportingErrors(_ body: () throws -> Void) throws {
  do {
    try body()
  } catch let error as LecternError {
    printError(error.description)
    throw ExitCode(error.exitStatus.rawValue)
  }
}

/// Writes `message` as one line on stderr, prefixed with the program name.
func printError(_ message: String) {
  printLine("lectern: \(message)\n")
}

/// Writes `text` to stderr as it is (messages for people, kept out of stdout's data).
func printLine(_ text: String) {
  var line = text
  // write(2) rather than fputs: stdio's `stderr` is shared mutable state to Swift 6.
  line.withUTF8 { bytes in _ = write(STDERR_FILENO, bytes.baseAddress, bytes.count) }
}
