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
    for (index, raw) in text.configurationLines().enumerated() {
      let number = index + 1
      let line = Self.withoutComment(raw).trimmingWhitespace()
      if line.isEmpty { continue }
      if line.hasPrefix("[") {
        current = try section(line, number: number, opened: &opened)
        keys = [:]
        data.entries[current?.name ?? "", default: []] = []
        continue
      }
      guard let (name, kind) = current else {
        throw ConfigurationError(
          file: file, line: number, "text before the first [section]: \"\(line.prefix(40))\"")
      }
      let entry = try self.entry(line, kind: kind, number: number, keys: &keys)
      data.entries[name, default: []].append(entry)
    }
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
      guard let equals = line.firstIndex(of: "=") else {
        throw ConfigurationError(
          file: file, line: number, "expected \"key = value\", found \"\(line.prefix(40))\"")
      }
      let key = String(line[..<equals]).trimmingWhitespace()
      let value = String(line[line.index(after: equals)...]).trimmingWhitespace()
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

  /// The line up to a `#` that starts it or follows a space.
  static func withoutComment(_ line: Substring) -> Substring {
    var previous: Character = " "
    for index in line.indices {
      if line[index] == "#" && previous.isWhitespace { return line[..<index] }
      previous = line[index]
    }
    return line
  }

  /// The text with every run of whitespace (NBSP and tabs included) as one space.
  static func collapsed(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
