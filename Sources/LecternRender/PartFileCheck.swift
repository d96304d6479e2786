import Glibc
import LecternSpeech
import LecternSystem

/// The size and CRC-32 of a part file, recorded in the manifest so that the next render links
/// the file only if it is still what was written (not truncated, not overwritten, not a
/// link to something else).
struct PartFileCheck: Sendable, Hashable {
  /// The size in bytes.
  var bytes: Int
  /// The CRC-32, as 8 lowercase hexadecimal digits.
  var crc32: String

  /// Bytes read per `read`.
  private static let chunk = 1 << 20

  /// The check of the regular file at `path`, which may not be a symbolic link.
  ///
  /// The corresponding C functions are `open` (`O_NOFOLLOW`), `fstat` and `read`.
  static func of(_ path: String) throws(SystemError) -> PartFileCheck {
    let file = try Descriptor.open(path, O_RDONLY | O_NOFOLLOW, failureStatus: .ioError)
    guard try file.status().kind == .regular else {
      throw SystemError("fstat", subject: path, reason: "not a regular file", exitStatus: .ioError)
    }
    var state = CRC32.start
    var total = 0
    // Not zeroed first (a render checks every part file): `read` fills what is used.
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 16)
    defer { buffer.deallocate() }
    while true {
      let count = try file.read(into: buffer)
      if count == 0 { break }
      state = CRC32.update(state, with: UnsafeRawBufferPointer(rebasing: buffer[..<count]))
      total += count
    }
    let digits = String(CRC32.finish(state), radix: 16)
    return PartFileCheck(
      bytes: total, crc32: String(repeating: "0", count: 8 - digits.count) + digits)
  }

  /// The check a manifest entry records, if it records one.
  init?(_ entry: Manifest.PartEntry) {
    guard let bytes = entry.bytes, let crc32 = entry.crc32 else { return nil }
    self.init(bytes: bytes, crc32: crc32)
  }

  /// A check of `bytes` bytes with checksum `crc32`.
  init(bytes: Int, crc32: String) {
    self.bytes = bytes
    self.crc32 = crc32
  }
}
