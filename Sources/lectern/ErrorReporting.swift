import ArgumentParser
import LecternSupport
import LecternSystem

/// Runs `body`; an error ends the command with one line on stderr and its `sysexits`
/// status, never a stack trace or an `NSError` dump:
/// - a ``LecternError`` with its own line and status;
/// - the command-line parser's own errors and exit codes, unchanged;
/// - anything else is a defect of Lectern's: "internal error", with its cause on one line,
///   exit 70 (`EX_SOFTWARE`).
func reportingErrors(_ body: () throws -> Void) throws {
  do {
    try body()
  } catch let error as LecternError {
    printError(error.description)
    throw ExitCode(error.exitStatus.rawValue)
  } catch let error as ExitCode {
    throw error
  } catch let error as ValidationError {
    throw error
  } catch {
    printError("internal error: \(SystemError.reason(of: error)) (please report it)")
    throw ExitCode(ExitStatus.software.rawValue)
  }
}

/// Writes `message` as one line on stderr, prefixed with the program name.
func printError(_ message: String) {
  printLine("lectern: \(message)\n")
}

/// Writes `text` to stderr as it is (messages for people, kept out of stdout's data).
func printLine(_ text: String) {
  StandardError.write(text)
}
