import LecternSystem

/// Reading a file of the voices folder: bounded, and never blocking on a FIFO or a device.
enum ConfigurationFile {
  /// The largest profile or `languages.conf`: a hand-written file of a few lines.
  static let profileLimit = 64 << 10

  /// The bytes of `path`, if it is a regular file of at most `limit` bytes (checked with
  /// `fstat` before reading); else an error naming the file.
  static func bytes(_ path: String, limit: Int) throws(ConfigurationError) -> [UInt8] {
    switch BoundedFile.read(path, limit: limit) {
    case .success(let bytes): return bytes
    case .failure(let refusal): throw ConfigurationError(file: path, "cannot read it: \(refusal)")
    }
  }

  /// The UTF-8 text of `path`, at most `limit` bytes.
  static func text(_ path: String, limit: Int = profileLimit) throws(ConfigurationError) -> String {
    let bytes = try bytes(path, limit: limit)
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw ConfigurationError(file: path, "not UTF-8 text")
    }
    return text
  }
}

extension String {
  /// The lines of a configuration file: the text split at every line feed, found in its
  /// UTF-8 bytes (splitting by `Character` would cost grapheme breaking over every file of
  /// the voices folder, at every start). A carriage return before the line feed stays at the
  /// end of its line, where trimming removes it.
  func configurationLines() -> [Substring] {
    var text = self
    let lengths = text.withUTF8 { bytes in
      var lengths: [Int] = []
      var start = 0
      for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
        lengths.append(offset - start)
        start = offset + 1
      }
      return lengths
    }
    var lines: [Substring] = []
    lines.reserveCapacity(lengths.count + 1)
    var start = text.startIndex
    for length in lengths {
      let end = text.utf8.index(start, offsetBy: length)
      lines.append(text[start..<end])
      start = text.utf8.index(after: end)
    }
    lines.append(text[start...])
    return lines
  }
}
