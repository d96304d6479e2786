import LecternSupport

/// A file of the voices folder is wrong: a voice profile or the languages file is malformed
/// or names a voice eSpeak NG lacks, or a lexicon is unreadable, malformed or hostile.
public struct ConfigurationError: LecternError, Sendable, Hashable {
  /// The file at fault, as the user gave its directory (`voices/ru.profile`).
  public var file: String
  /// The 1-based line at fault, when there is one.
  public var line: Int?
  /// What is wrong, and what would be right.
  public var message: String

  /// Creates an error.
  public init(file: String, line: Int? = nil, _ message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// `voices/ru.profile:7: unknown key "sped" (expected one of …)`.
  public var description: String {
    if let line { return "\(file):\(line): \(message)" }
    return "\(file): \(message)"
  }

  /// A configuration error (`EX_CONFIG`, 78).
  public var exitStatus: ExitStatus { .configuration }
}
