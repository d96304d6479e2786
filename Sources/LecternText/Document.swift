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

  /// Creates a document from text already in memory; `\n` and `\r\n` end lines.
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
    let files = FileManager.default
    var isDirectory: ObjCBool = false
    guard files.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .missing(path: path)
    }
    if isDirectory.boolValue { throw .directory(path: path) }
    guard files.isReadableFile(atPath: path) else {
      throw .unreadable(path: path, reason: "permission denied")
    }
    let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    let attributes = (try? files.attributesOfItem(atPath: target)) ?? [:]
    // A device or pipe (/dev/zero, a FIFO) could be read forever: only regular files are read.
    if let type = attributes[.type] as? FileAttributeType, type != .typeRegular {
      throw .notRegularFile(path: path)
    }
    if let size = attributes[.size] as? Int, size > maximumSize {
      throw .tooLarge(path: path, bytes: size)
    }
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw .unreadable(path: path, reason: "\(type(of: error)) \((error as NSError).code)")
    }
    if data.count > maximumSize { throw .tooLarge(path: path, bytes: data.count) }
    let text = try TextValidator.decode(Array(data), path: path)
    let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    return Document(name: stem, path: path, lines: split(text))
  }

  /// Splits text into lines at `\n`, dropping a `\r` before it and a final empty line.
  static func split(_ text: String) -> [String] {
    var lines: [String] = []
    var current = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar == "\n" {
        if current.last == "\r" { current.removeLast() }
        lines.append(String(current))
        current = String.UnicodeScalarView()
      } else {
        current.append(scalar)
      }
    }
    if current.last == "\r" { current.removeLast() }
    if !current.isEmpty { lines.append(String(current)) }
    return lines
  }
}
