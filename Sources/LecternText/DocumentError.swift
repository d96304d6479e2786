import LecternSupport

/// Why a document cannot be read or planned.
///
/// Every case names the file, and the line where there is one, so that the message is
/// actionable on its own: `lectern: seeds/a.txt:3: invalid UTF-8 at byte 57 (0xFF) …`.
public enum DocumentError: LecternError, Equatable {
  /// The file does not exist.
  case missing(path: String)
  /// The path names a directory, not a file.
  case directory(path: String)
  /// The path names a device, pipe or socket, not a regular file.
  case notRegularFile(path: String)
  /// The file exists but cannot be opened or read.
  case unreadable(path: String, reason: String)
  /// The path cannot be followed: a folder on it may not be searched, a symbolic link loops,
  /// or a part of it is not a folder.
  case unreachable(path: String, reason: String)
  /// The file is empty.
  case empty(path: String)
  /// The file holds only whitespace.
  case blank(path: String)
  /// The file is larger than ``Document/maximumSize``.
  case tooLarge(path: String, bytes: Int)
  /// The file is not valid UTF-8 at the given 1-based line and 0-based byte offset.
  case invalidUTF8(path: String, line: Int, byteOffset: Int, byte: UInt8)
  /// The file holds a NUL or another control character, as binary files do.
  case binary(path: String, line: Int, byteOffset: Int, byte: UInt8)
  /// The file has text but no words to speak: every line was dropped (page numbers, rules)
  /// or holds no letter or digit.
  case nothingToSpeak(path: String)

  /// `.noInput` when the file cannot be had, `.dataError` when its content is unusable.
  public var exitStatus: ExitStatus {
    switch self {
    case .missing, .directory, .notRegularFile, .unreadable, .unreachable: .noInput
    case .empty, .blank, .tooLarge, .invalidUTF8, .binary, .nothingToSpeak: .dataError
    }
  }

  /// One line naming the file (and line) and what to do about it.
  public var description: String {
    switch self {
    case .missing(let path):
      "\(path): no such file; give the path of a text document"
    case .directory(let path):
      "\(path): is a directory; give the path of a text document inside it"
    case .notRegularFile(let path):
      "\(path): is not a regular file (a device, pipe or socket); give the path of a text document"
    case .unreadable(let path, let reason):
      "\(path): cannot be read (\(reason)); check the file's permissions"
    case .unreachable(let path, let reason):
      "\(path): cannot be reached (\(reason)); fix the path or its folders' permissions"
    case .empty(let path):
      "\(path): the file is empty; there is nothing to speak"
    case .blank(let path):
      "\(path): the file holds only whitespace; there is nothing to speak"
    case .nothingToSpeak(let path):
      "\(path): no words to speak (`lectern plan \(path)` shows why each line is dropped);"
        + " nothing written"
    case .tooLarge(let path, let bytes):
      "\(path): the file has \(bytes) bytes, more than the \(Document.maximumSize) a document may have"
    case .invalidUTF8(let path, let line, let offset, let byte):
      "\(path):\(line): invalid UTF-8 at byte \(offset) (\(Self.hex(byte))); save the file as UTF-8"
    case .binary(let path, let line, let offset, let byte):
      byte == 0
        ? "\(path):\(line): NUL byte at byte \(offset); this is a binary file, not a text document"
        : "\(path):\(line): control character \(Self.hex(byte)) at byte \(offset); "
          + "this is binary content, not a text document"
    }
  }

  private static func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return "0x\(digits[Int(byte >> 4)])\(digits[Int(byte & 0x0F)])"
  }
}
