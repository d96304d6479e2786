/// Little-endian encoding of the integers of a speech archive or a pipe message.
struct ByteWriter {
  private(set) var bytes: [UInt8] = []

  mutating func append<Value: FixedWidthInteger>(_ value: Value) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  mutating func append(contentsOf raw: [UInt8]) { bytes.append(contentsOf: raw) }

  mutating func append(_ samples: [Int16]) {
    #if _endian(little)
      // Samples are already little-endian in memory: one copy instead of one per sample.
      samples.withUnsafeBytes { bytes.append(contentsOf: $0) }
    #else
      bytes.reserveCapacity(bytes.count + samples.count * 2)
      for sample in samples { append(sample) }
    #endif
  }

  /// A string as its UTF-8 length (`UInt32`) and bytes.
  mutating func append(_ text: String) {
    append(UInt32(text.utf8.count))
    bytes.append(contentsOf: text.utf8)
  }
}

/// Reads what ``ByteWriter`` wrote; every read is bounds-checked and returns `nil` past the end.
struct ByteReader {
  private let bytes: [UInt8]
  private(set) var offset: Int

  init(_ bytes: [UInt8], offset: Int = 0) {
    self.bytes = bytes
    self.offset = offset
  }

  var remaining: Int { bytes.count - offset }

  mutating func read<Value: FixedWidthInteger>(_: Value.Type = Value.self) -> Value? {
    let size = MemoryLayout<Value>.size
    guard remaining >= size else { return nil }
    var value: Value = 0
    for index in 0..<size {
      value |= Value(truncatingIfNeeded: bytes[offset + index]) << (8 * index)
    }
    offset += size
    return value
  }

  mutating func readSamples(count: Int) -> [Int16]? {
    guard count >= 0, remaining >= count * 2 else { return nil }
    var samples = [Int16](repeating: 0, count: count)
    let start = offset
    samples.withUnsafeMutableBytes { target in
      bytes.withUnsafeBytes { source in
        target.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[start..<start + count * 2]))
      }
    }
    #if !_endian(little)
      samples = samples.map { Int16(littleEndian: $0) }
    #endif
    offset += count * 2
    return samples
  }

  mutating func readString() -> String? {
    guard let length = read(UInt32.self), remaining >= Int(length) else { return nil }
    let text = String(decoding: bytes[offset..<offset + Int(length)], as: UTF8.self)
    offset += Int(length)
    return text
  }
}

/// CRC-32 (IEEE 802.3, as in zlib and PNG), to detect a corrupt archive.
enum CRC32 {
  private static let table: [UInt32] = (0..<256).map { index -> UInt32 in
    var value = UInt32(index)
    for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
    return value
  }

  static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
    return crc ^ 0xFFFF_FFFF
  }
}
