#if canImport(Glibc)
  import Glibc
#endif

/// Sets the serial number of an Ogg file's one logical stream.
///
/// libsndfile 1.2.0 picks the serial with `psf_rand_int32()`, seeded from the time of day,
/// and has no command to set it (`SFC_GET_OGG_STREAM_SERIALNO` only reads it;
/// `SFC_SET_OGG_PAGE_LATENCY` sets page sizes, not the serial), so two renders of the same
/// audio differ in 4 bytes of every page and in every page's CRC. Lectern rewrites the
/// serial afterwards, as RFC 3533 lays a page out: the serial is bytes 14–17 of each page
/// header (little-endian) and the CRC (bytes 22–25) covers the whole page with its own field
/// zeroed. Nothing else in an Ogg Vorbis or Opus stream refers to the serial, so the rewrite
/// changes no audio; the file is modified in place, page by page.
public enum OggSerial {
  /// Gives every page of the Ogg file at `path` the serial `serial` and a fresh CRC.
  ///
  /// The corresponding C functions are `open`, `pread` and `pwrite`.
  public static func set(_ serial: UInt32, in path: String) throws(AudioError) {
    let descriptor = open(path, O_RDWR | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw AudioError.system(.cannotFinish, path: path, call: "open", errorNumber: errno)
    }
    defer { close(descriptor) }
    var offset = 0
    var header = [UInt8](repeating: 0, count: 27 + 255)
    while true {
      let got = try read(descriptor, into: &header, count: 27, at: offset, path: path)
      if got == 0 { return }
      guard got == 27, header[0..<4] == [0x4F, 0x67, 0x67, 0x53] else {
        throw AudioError(
          .cannotFinish, path: path, call: "pread", message: "no Ogg page at byte \(offset)")
      }
      let segments = Int(header[26])
      var table = [UInt8](repeating: 0, count: segments)
      guard
        try read(descriptor, into: &table, count: segments, at: offset + 27, path: path)
          == segments
      else {
        throw AudioError(
          .cannotFinish, path: path, call: "pread", message: "Ogg page cut short at \(offset)")
      }
      let length = 27 + segments + table.reduce(0) { $0 + Int($1) }
      var page = [UInt8](repeating: 0, count: length)
      guard try read(descriptor, into: &page, count: length, at: offset, path: path) == length
      else {
        throw AudioError(
          .cannotFinish, path: path, call: "pread", message: "Ogg page cut short at \(offset)")
      }
      for index in 0..<4 { page[14 + index] = UInt8(truncatingIfNeeded: serial >> (8 * index)) }
      for index in 22..<26 { page[index] = 0 }
      let crc = OggCRC.checksum(page)
      for index in 0..<4 { page[22 + index] = UInt8(truncatingIfNeeded: crc >> (8 * index)) }
      let written = page.withUnsafeBytes {
        pwrite(descriptor, $0.baseAddress, length, off_t(offset))
      }
      guard written == length else {
        throw AudioError.system(.cannotFinish, path: path, call: "pwrite", errorNumber: errno)
      }
      offset += length
    }
  }

  /// The serial for a stream whose content key is `key`: its first 8 hexadecimal digits.
  public static func serial(fromKey key: String) -> UInt32 {
    UInt32(key.prefix(8), radix: 16) ?? 0x4C45_4354  // "LECT"
  }

  private static func read(
    _ descriptor: Int32, into buffer: inout [UInt8], count: Int, at offset: Int, path: String
  ) throws(AudioError) -> Int {
    var total = 0
    while total < count {
      let got = buffer.withUnsafeMutableBytes {
        pread(descriptor, $0.baseAddress.map { $0 + total }, count - total, off_t(offset + total))
      }
      if got < 0 && errno == EINTR { continue }
      guard got >= 0 else {
        throw AudioError.system(.cannotFinish, path: path, call: "pread", errorNumber: errno)
      }
      if got == 0 { break }
      total += got
    }
    return total
  }
}

/// The Ogg page checksum: CRC-32 with polynomial 0x04C11DB7, not reflected, initial value 0,
/// no final XOR (RFC 3533, section 6) — unlike zlib's CRC-32, hence written here.
enum OggCRC {
  static let table: [UInt32] = (0..<256).map { byte in
    var value = UInt32(byte) << 24
    for _ in 0..<8 { value = value & 0x8000_0000 != 0 ? (value << 1) ^ 0x04C1_1DB7 : value << 1 }
    return value
  }

  static func checksum(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0
    for byte in bytes { crc = (crc << 8) ^ table[Int((crc >> 24) ^ UInt32(byte))] }
    return crc
  }
}
