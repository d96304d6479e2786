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
  ///
  /// Characters that show nothing on a terminal (controls, zero-width and other format
  /// characters, line separators) are written as `\u{200B}`, so that a value echoed in the
  /// message is seen as it is, and the message stays on one line.
  public var description: String {
    if let line { return Self.visible("\(file):\(line): \(message)") }
    return Self.visible("\(file): \(message)")
  }

  /// `text` with its invisible characters written as `\u{…}`.
  static func visible(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar.properties.generalCategory {
      case .control, .format, .lineSeparator, .paragraphSeparator:
        result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      default:
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// A configuration error (`EX_CONFIG`, 78).
  public var exitStatus: ExitStatus { .configuration }
}
