import LecternSupport

/// A pronunciation or phrase lexicon is unreadable, malformed, or hostile.
public struct LexiconError: LecternError, Sendable, Hashable {
  /// The lexicon file at fault (`voices/ru.phrases.pls`).
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

  /// `voices/ru.phrases.pls:3: DOCTYPE declarations are not allowed …`.
  public var description: String {
    if let line { return "\(file):\(line): \(message)" }
    return "\(file): \(message)"
  }

  /// A configuration error (`EX_CONFIG`, 78).
  public var exitStatus: ExitStatus { .configuration }
}
