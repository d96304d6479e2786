/// Parses the text of a `voices/<lang>.language` file into ``LanguageData``.
///
/// `[name]` opens a section; `#` at the start of a line or after a space starts a comment
/// (so that `C#` stays a word); blank lines are ignored. Every error names the file and line.
struct LanguageDataParser {
  /// The file name used in errors.
  let file: String
  /// The known sections and their kinds.
  let sections: [String: LanguageData.SectionKind]

  /// The data of `text`, for `language`.
  func parse(_ text: String, language: String) throws(ConfigurationError) -> LanguageData {
    var data = LanguageData(language: language, file: file)
    var current: (name: String, kind: LanguageData.SectionKind)?
    var opened: [String: Int] = [:]
    var keys: [String: Int] = [:]
    // The open section's entries, stored when the next opens: appending through the
    // dictionary hashed the section's name at every line.
    var entries: [LanguageData.Entry] = []
    for (index, raw) in text.configurationLines().enumerated() {
      let number = index + 1
      let line = Self.withoutComment(raw).trimmingWhitespace()
      if line.isEmpty { continue }
      // The byte first: `hasPrefix` compares characters, some 400 instructions a line.
      if line.utf8.first == UInt8(ascii: "["), line.hasPrefix("[") {
        if let current { data.entries[current.name] = entries }
        current = try section(line, number: number, opened: &opened)
        keys = [:]
        entries = []
        continue
      }
      guard let (_, kind) = current else {
        throw ConfigurationError(
          file: file, line: number, "text before the first [section]: \"\(line.prefix(40))\"")
      }
      entries.append(try self.entry(line, kind: kind, number: number, keys: &keys))
    }
    if let current { data.entries[current.name] = entries }
    return data
  }

  /// The section a `[name]` line opens.
  private func section(
    _ line: String, number: Int, opened: inout [String: Int]
  ) throws(ConfigurationError) -> (name: String, kind: LanguageData.SectionKind) {
    guard line.hasSuffix("]"), line.count > 2 else {
      throw ConfigurationError(
        file: file, line: number, "a section line must be \"[name]\", found \"\(line.prefix(40))\"")
    }
    let name = String(line.dropFirst().dropLast()).trimmingWhitespace()
    guard let kind = sections[name] else {
      throw ConfigurationError(
        file: file, line: number,
        "unknown section [\(name)] (expected one of \(sections.keys.sorted().joined(separator: ", ")))"
      )
    }
    if let first = opened[name] {
      throw ConfigurationError(
        file: file, line: number, "duplicate section [\(name)] (first opened on line \(first))")
    }
    opened[name] = number
    return (name, kind)
  }

  /// One entry of a section of `kind`.
  private func entry(
    _ line: String, kind: LanguageData.SectionKind, number: Int, keys: inout [String: Int]
  ) throws(ConfigurationError) -> LanguageData.Entry {
    switch kind {
    case .list:
      return LanguageData.Entry(text: Self.collapsed(line), line: number)
    case .table:
      guard let equals = line.utf8.firstIndex(of: UInt8(ascii: "=")) else {
        throw ConfigurationError(
          file: file, line: number, "expected \"key = value\", found \"\(line.prefix(40))\"")
      }
      let key = line[..<equals].trimmingWhitespace()
      let value = line[line.utf8.index(after: equals)...].trimmingWhitespace()
      if key.isEmpty {
        throw ConfigurationError(file: file, line: number, "missing key before \"=\"")
      }
      if let first = keys[key] {
        throw ConfigurationError(
          file: file, line: number, "duplicate key \"\(key)\" (first set on line \(first))")
      }
      keys[key] = number
      return LanguageData.Entry(text: key, value: value, line: number)
    }
  }

  /// The line up to a `#` that starts it or follows a space (by its scalars: `#` is one, and
  /// a `Character` is whitespace when its first scalar is).
  static func withoutComment(_ line: Substring) -> Substring {
    // Most lines have no `#` at all: one byte search answers them.
    let hasHash =
      line.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "#")) }
      ?? line.utf8.contains(UInt8(ascii: "#"))
    guard hasHash else { return line }
    var previousIsSpace = true
    for index in line.unicodeScalars.indices {
      let scalar = line.unicodeScalars[index]
      if scalar == "#" && previousIsSpace { return line[..<index] }
      previousIsSpace =
        scalar.isASCII
        ? String.isASCIISpace(UInt8(scalar.value)) : scalar.properties.isWhitespace
    }
    return line
  }

  /// The text with every run of whitespace (NBSP and tabs included) as one space, and none at
  /// either end. By scalars, not `Character`s: an entry is words and spaces, and grapheme
  /// breaking over every entry of every language file was a tenth of a preview's start-up.
  static func collapsed(_ text: String) -> String {
    if isCollapsed(text) { return text }
    var result = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      let isSpace =
        scalar.isASCII
        ? String.isASCIISpace(UInt8(scalar.value)) : scalar.properties.isWhitespace
      if isSpace {
        pendingSpace = !result.isEmpty
      } else {
        if pendingSpace { result.append(" ") }
        pendingSpace = false
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// Whether `text` is already collapsed, from its UTF-8 bytes (most entries are): no space at
  /// either end or twice, no other ASCII whitespace, and no byte that could start a non-ASCII
  /// whitespace scalar (U+0085 and U+00A0 start with 0xC2; U+1680, U+2000…U+205F and U+3000
  /// with 0xE1…0xE3).
  private static func isCollapsed(_ text: String) -> Bool {
    var previous = UInt8(ascii: " ")
    for byte in text.utf8 {
      if byte == 0xC2 || (0xE1...0xE3).contains(byte) { return false }
      if byte == UInt8(ascii: " ") ? previous == byte : String.isASCIISpace(byte) { return false }
      previous = byte
    }
    return previous != UInt8(ascii: " ")
  }
}
