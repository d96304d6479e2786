/// A process exit status from BSD's `sysexits.h`, the classification every Lectern error
/// carries so that the command line can exit with the right code.
public struct ExitStatus: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
  /// The numeric exit code.
  public let rawValue: Int32

  /// Creates a status from its numeric code.
  public init(rawValue: Int32) { self.rawValue = rawValue }

  /// `EX_USAGE` (64): the command was used incorrectly (unknown option, id or format).
  public static let usage = ExitStatus(rawValue: 64)
  /// `EX_DATAERR` (65): the input data was incorrect (empty, not UTF-8, binary).
  public static let dataError = ExitStatus(rawValue: 65)
  /// `EX_NOINPUT` (66): an input file did not exist or was not readable.
  public static let noInput = ExitStatus(rawValue: 66)
  /// `EX_UNAVAILABLE` (69): a service or voice is unavailable.
  public static let unavailable = ExitStatus(rawValue: 69)
  /// `EX_SOFTWARE` (70): an internal error, such as the speech engine crashing.
  public static let software = ExitStatus(rawValue: 70)
  /// `EX_OSERR` (71): an operating system error (fork, pipe).
  public static let osError = ExitStatus(rawValue: 71)
  /// `EX_CANTCREAT` (73): an output file or folder could not be created.
  public static let cannotCreate = ExitStatus(rawValue: 73)
  /// `EX_IOERR` (74): an error while reading or writing a file.
  public static let ioError = ExitStatus(rawValue: 74)
  /// `EX_TEMPFAIL` (75): a temporary failure, such as an output folder locked by another run.
  public static let temporaryFailure = ExitStatus(rawValue: 75)
  /// `EX_CONFIG` (78): a configuration error (a malformed voice profile or lexicon).
  public static let configuration = ExitStatus(rawValue: 78)
  /// 130 (128 + `SIGINT`): the user interrupted the command (Ctrl-C), as a shell reports it.
  public static let interrupted = ExitStatus(rawValue: 130)

  /// The status's name in `sysexits.h`, and its code.
  public var description: String {
    let names: [Int32: String] = [
      64: "EX_USAGE", 65: "EX_DATAERR", 66: "EX_NOINPUT", 69: "EX_UNAVAILABLE",
      70: "EX_SOFTWARE", 71: "EX_OSERR", 73: "EX_CANTCREAT", 74: "EX_IOERR",
      75: "EX_TEMPFAIL", 78: "EX_CONFIG", 130: "SIGINT",
    ]
    return "\(names[rawValue] ?? "exit") (\(rawValue))"
  }
}

/// An error a user can cause and act on.
///
/// Its `description` is one line that names the file (and line, where there is one) and
/// says what is wrong; `exitStatus` says how the command line exits.
public protocol LecternError: Error, CustomStringConvertible {
  /// How the command line exits when this error ends a command.
  var exitStatus: ExitStatus { get }
}
