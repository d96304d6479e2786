/// Reads the hand-edited `key = value` files of the voices folder (profiles, `languages.conf`).
///
/// `#` starts a comment anywhere on a line; blank lines are ignored; keys are case-sensitive and
/// each may appear once. Errors carry the file and the 1-based line.
public struct VoiceProfileReader {
  /// One `key = value` line.
  public struct Entry: Sendable {
    /// The key.
    public var key: String
    /// The value, trimmed.
    public var value: String
    /// The 1-based line number.
    public var line: Int
  }

  /// The file name used in errors.
  public let file: String
  /// The entries in file order.
  public private(set) var entries: [Entry] = []

  /// Parses `text`; `allowedKeys` (when given) rejects any other key.
  public init(text: String, file: String, allowedKeys: [String]?) throws(ConfigurationError) {
    self.file = file
    var seen: [String: Int] = [:]
    for (index, rawLine) in text.configurationLines().enumerated() {
      let number = index + 1
      // A control character (NUL, ESC…) is invisible where a value is echoed: refuse it here.
      if let control = Self.firstControl(in: rawLine) {
        throw ConfigurationError(
          file: file, line: number,
          "control character \(ConfigurationError.visible(String(control))) in the line;"
            + " a profile is plain text")
      }
      let hash = rawLine.utf8.firstIndex(of: UInt8(ascii: "#")) ?? rawLine.endIndex
      let trimmed = rawLine[..<hash].trimmingWhitespace()
      if trimmed.isEmpty { continue }
      guard let equals = trimmed.utf8.firstIndex(of: UInt8(ascii: "=")) else {
        throw ConfigurationError(
          file: file, line: number, "expected \"key = value\", found \"\(trimmed.prefix(40))\"")
      }
      let key = trimmed[..<equals].trimmingWhitespace()
      let value = trimmed[trimmed.utf8.index(after: equals)...].trimmingWhitespace()
      if key.isEmpty {
        throw ConfigurationError(file: file, line: number, "missing key before \"=\"")
      }
      if let allowedKeys, !allowedKeys.contains(key) {
        throw ConfigurationError(
          file: file, line: number,
          "unknown key \"\(key)\" (expected one of \(allowedKeys.joined(separator: ", ")))")
      }
      if let first = seen[key] {
        throw ConfigurationError(
          file: file, line: number, "duplicate key \"\(key)\" (first set on line \(first))")
      }
      seen[key] = number
      entries.append(Entry(key: key, value: value, line: number))
    }
  }

  /// The first C0 or C1 control of `line` other than tab and carriage return. Its UTF-8 bytes
  /// answer for a line without one (every command reads every profile): C0 and DEL are single
  /// bytes, and C1 (U+0080…U+009F) is 0xC2 followed by 0x80…0x9F.
  private static func firstControl(in line: Substring) -> Unicode.Scalar? {
    let found =
      line.utf8.withContiguousStorageIfAvailable { bytes in
        var afterC2 = false
        for byte in bytes {
          if byte < 0x20 && byte != 0x09 && byte != 0x0D || byte == 0x7F
            || afterC2 && (0x80...0x9F).contains(byte)
          {
            return true
          }
          afterC2 = byte == 0xC2
        }
        return false
      } ?? true
    return found ? line.unicodeScalars.first(where: isControl) : nil
  }

  /// C0 and C1 controls other than tab and carriage return.
  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    // ASCII answered without the Unicode tables: every command loads every profile.
    if scalar.isASCII {
      return (scalar.value < 0x20 || scalar.value == 0x7F) && scalar != "\t" && scalar != "\r"
    }
    return scalar.properties.generalCategory == .control
  }

  /// The entry for `key`, if the file sets it.
  public func entry(_ key: String) -> Entry? {
    entries.first { $0.key == key }
  }

  /// The value of `key`, or an error naming the file when it is missing or empty.
  public func required(_ key: String) throws(ConfigurationError) -> String {
    guard let entry = entry(key) else {
      throw ConfigurationError(file: file, "missing required key \"\(key)\"")
    }
    if entry.value.isEmpty {
      throw ConfigurationError(file: file, line: entry.line, "\"\(key)\" needs a value")
    }
    return entry.value
  }

  /// The integer value of `key` within `range`, or `defaultValue` when the file omits it.
  public func integer(
    _ key: String, in range: ClosedRange<Int>, default defaultValue: Int
  )
    throws(ConfigurationError) -> Int
  {
    guard let entry = entry(key) else { return defaultValue }
    guard let value = Int(entry.value), range.contains(value) else {
      throw ConfigurationError(
        file: file, line: entry.line,
        "\"\(key)\" must be a whole number from \(range.lowerBound) to \(range.upperBound),"
          + " found \"\(entry.value)\"")
    }
    return value
  }
}
