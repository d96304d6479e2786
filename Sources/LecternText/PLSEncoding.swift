/// The one encoding a lexicon may be in: UTF-8.
///
/// The DTD refusal (``PLSParser``) looks for `<!DOCTYPE` and `<!ENTITY` in the file's bytes,
/// and the XML parser decodes whatever encoding the file announces (a byte-order mark, the
/// byte pattern of `<?xml` in UTF-16 or UTF-32, an `encoding=` declaration). In any other
/// encoding those bytes do not appear while the parser still reads the declarations, so the
/// file must be UTF-8: then the bytes checked are the text parsed.
enum PLSEncoding {
  /// Checks that `data` is UTF-8 text and declares no other encoding.
  ///
  /// - Throws: ``ConfigurationError`` naming the file (and line) and the encoding found.
  static func requireUTF8(_ data: [UInt8], file: String) throws(ConfigurationError) {
    if let other = byteOrderEncoding(data) {
      throw ConfigurationError(file: file, "encoded as \(other); save the lexicon as UTF-8")
    }
    // Most lexicons are valid throughout: one check of the whole answers them (a line feed
    // never falls inside a UTF-8 sequence, so the whole is valid when every line is). Only a
    // file at fault is read line by line, to name the line.
    let wholeValid = !data.contains(0) && String(validating: data, as: UTF8.self) != nil
    var line = 1
    var lineStart = 0
    for index in data.indices where !wholeValid && (data[index] == 0x0A || index == data.count - 1)
    {
      // A NUL is valid UTF-8 but never XML: it is UTF-16 or UTF-32 text without a mark.
      let end = data[index] == 0x0A ? index : index + 1
      let bytes = data[lineStart..<end]
      if bytes.contains(0) {
        throw ConfigurationError(
          file: file, line: line,
          "holds NUL bytes (UTF-16 or UTF-32 text); save the lexicon as UTF-8")
      }
      if String(validating: bytes, as: UTF8.self) == nil {
        throw ConfigurationError(
          file: file, line: line, "not valid UTF-8; save the lexicon as UTF-8")
      }
      line += 1
      lineStart = index + 1
    }
    if let declared = declaredEncoding(data),
      !["utf-8", "utf8"].contains(declared.lowercased())
    {
      throw ConfigurationError(
        file: file, line: 1,
        "declares encoding \"\(declared)\"; save the lexicon as UTF-8 (encoding=\"UTF-8\")")
    }
  }

  /// The encoding a byte-order mark or the first bytes of `<?xml` show, unless UTF-8.
  private static func byteOrderEncoding(_ data: [UInt8]) -> String? {
    let head = Array(data.prefix(4)) + [UInt8](repeating: 0xAA, count: max(0, 4 - data.count))
    switch (head[0], head[1], head[2], head[3]) {
    case (0x00, 0x00, 0xFE, 0xFF), (0xFF, 0xFE, 0x00, 0x00), (0x00, 0x00, 0x00, 0x3C),
      (0x3C, 0x00, 0x00, 0x00):
      return "UTF-32"
    case (0xFE, 0xFF, _, _), (0xFF, 0xFE, _, _), (0x00, 0x3C, _, _), (0x3C, 0x00, _, _):
      return "UTF-16"
    case (0x4C, 0x6F, 0xA7, 0x94):
      return "EBCDIC"
    default:
      return nil
    }
  }

  /// The `encoding` pseudo-attribute of the XML declaration (`<?xml … ?>`), if any.
  private static func declaredEncoding(_ data: [UInt8]) -> String? {
    let start = data.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    let head = String(decoding: data[start..<min(data.count, start + 512)], as: UTF8.self)
    guard head.hasPrefix("<?xml"), let close = head.range(of: "?>") else { return nil }
    let declaration = head[..<close.lowerBound]
    guard let key = declaration.range(of: "encoding") else { return nil }
    var rest = declaration[key.upperBound...].drop { $0.isWhitespace }
    guard rest.first == "=" else { return nil }
    rest = rest.dropFirst().drop { $0.isWhitespace }
    guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
    return String(rest.dropFirst().prefix { $0 != quote })
  }
}
