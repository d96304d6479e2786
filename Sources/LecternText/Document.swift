import Foundation

/// A written address as lines of text: the input of the ``Planner``.
public struct Document: Sendable, Hashable {
  /// The largest file ``load(path:)`` accepts, in bytes (64 MiB): addresses are a few
  /// kilobytes, and the bound keeps a mistaken path from exhausting memory.
  public static let maximumSize = 64 << 20

  /// The document's name: its file stem (`interpol-csto-moscow-2019`).
  public var name: String
  /// The path the document was read from (its name when it was made from a string).
  public var path: String
  /// The document's lines, without line terminators; line `n` of the file is `lines[n - 1]`.
  public var lines: [String]

  /// Creates a document from text already in memory; `\n`, `\r\n` and `\r` end lines.
  public init(name: String, text: String) {
    self.name = name
    self.path = name
    self.lines = Self.split(text)
  }

  /// Creates a document from its lines.
  public init(name: String, path: String, lines: [String]) {
    self.name = name
    self.path = path
    self.lines = lines
  }

  /// Reads a UTF-8 text document.
  ///
  /// A missing, unreadable or directory path throws an error with status `.noInput`; an empty,
  /// blank, oversized, binary or non-UTF-8 file one with status `.dataError`.
  public static func load(path: String) throws(DocumentError) -> Document {
    let size = try DocumentPath.regularFileSize(path)
    if size > maximumSize { throw .tooLarge(path: path, bytes: size) }
    guard FileManager.default.isReadableFile(atPath: path) else {
      throw .unreadable(path: path, reason: "permission denied")
    }
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw .unreadable(path: path, reason: "\(type(of: error)) \((error as NSError).code)")
    }
    if data.count > maximumSize { throw .tooLarge(path: path, bytes: data.count) }
    let text = try decode(Array(data), path: path)
    return Document(name: name(ofPath: path), path: path, lines: split(text))
  }

  /// The name of the document at `path`: its file stem (`seeds/a.txt` → `a`), which names
  /// its render folder.
  public static func name(ofPath path: String) -> String {
    URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
  }

  /// Splits text into lines: `\n` (Unix), `\r\n` (Windows) and a lone `\r` (classic Mac OS,
  /// and some PDF and word-processor exports) each end a line. A final empty line is dropped.
  /// Works on UTF-8 code units (line ends are always whole scalars): each line copied once.
  static func split(_ text: String) -> [String] {
    var lines: [String] = []
    let utf8 = text.utf8
    var start = utf8.startIndex
    var index = start
    while index != utf8.endIndex {
      let byte = utf8[index]
      guard byte == 0x0A || byte == 0x0D else {
        index = utf8.index(after: index)
        continue
      }
      lines.append(String(text[start..<index]))
      var next = utf8.index(after: index)
      // The `\n` of `\r\n` ends nothing more: the `\r` ended the line.
      if byte == 0x0D, next != utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
      start = next
      index = next
    }
    if start != utf8.endIndex { lines.append(String(text[start...])) }
    return lines
  }
}

// Checking that bytes are a text document: UTF-8, not empty, not blank, no binary content.
// Written by hand rather than with `String(validating:)` so that the error can say at which
// line and byte the file goes wrong. One pass, constant memory besides the result.
extension Document {
  /// Decodes `bytes` as UTF-8 text (a leading byte-order mark is dropped) or throws the first
  /// problem found.
  static func decode(_ bytes: [UInt8], path: String) throws(DocumentError) -> String {
    if bytes.isEmpty { throw .empty(path: path) }
    var line = 1
    var index = 0
    var sawText = false
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x80 {
        if byte == 0x0A {
          line += 1
        } else if byte < 0x20 && !(0x09...0x0D).contains(byte) || byte == 0x7F {
          // NUL and other C0 controls do not occur in text; tab, CR, VT and FF do.
          throw .binary(path: path, line: line, byteOffset: index, byte: byte)
        } else if byte != 0x20 && !(0x09...0x0D).contains(byte) {
          sawText = true
        }
        index += 1
        continue
      }
      let length = sequenceLength(bytes, at: index)
      guard length > 0 else {
        throw .invalidUTF8(path: path, line: line, byteOffset: index, byte: byte)
      }
      if !isWhitespace(bytes, at: index, length: length) { sawText = true }
      index += length
    }
    if !sawText { throw .blank(path: path) }
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    return String(decoding: bytes[start...], as: UTF8.self)
  }

  /// The length of the well-formed UTF-8 sequence at `index` (Unicode table 3-7), or 0.
  private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
    let lead = bytes[index]
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0: (length, low) = (3, 0xA0)
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED: (length, high) = (3, 0x9F)  // no UTF-16 surrogates
    case 0xF0: (length, low) = (4, 0x90)
    case 0xF1...0xF3: length = 4
    case 0xF4: (length, high) = (4, 0x8F)  // nothing past U+10FFFF
    default: return 0
    }
    guard index + length <= bytes.count else { return 0 }
    let second = bytes[index + 1]
    guard second >= low && second <= high else { return 0 }
    for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return 0 }
    return length
  }

  /// Whether the multi-byte sequence is a space: NBSP, the U+2000 spaces, ideographic
  /// space, or the byte-order mark.
  private static func isWhitespace(_ bytes: [UInt8], at index: Int, length: Int) -> Bool {
    if length == 2 { return bytes[index] == 0xC2 && bytes[index + 1] == 0xA0 }
    guard length == 3 else { return false }
    let (a, b, c) = (bytes[index], bytes[index + 1], bytes[index + 2])
    if a == 0xE2 && b == 0x80 { return c <= 0x8B || c == 0xAF }  // U+2000–200B, U+202F
    if a == 0xE3 && b == 0x80 && c == 0x80 { return true }  // U+3000
    return a == 0xEF && b == 0xBB && c == 0xBF  // U+FEFF
  }
}
