import CZlib

/// Little-endian encoding of the integers of a speech archive or a pipe message.
struct ByteWriter {
  private(set) var bytes: [UInt8] = []

  /// A writer with room for `capacity` bytes, so that appending never reallocates (a
  /// reallocation copies the audio and touches fresh pages).
  init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

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
  private let end: Int
  private(set) var offset: Int

  /// A reader of `bytes[offset..<end]` (`end` defaults to the whole array).
  init(_ bytes: [UInt8], offset: Int = 0, end: Int? = nil) {
    self.bytes = bytes
    self.offset = offset
    self.end = min(end ?? bytes.count, bytes.count)
  }

  var remaining: Int { end - offset }

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

  /// The bytes not read yet.
  var rest: [UInt8] { Array(bytes[offset..<end]) }

  mutating func readString() -> String? {
    guard let length = read(UInt32.self), remaining >= Int(length) else { return nil }
    let text = String(decoding: bytes[offset..<offset + Int(length)], as: UTF8.self)
    offset += Int(length)
    return text
  }
}

/// CRC-32 (IEEE 802.3, as in PNG), to detect a corrupt archive or part file: zlib's, whose
/// table-free "braided" loop is several times faster than a byte table on this hot path
/// (every archive is checked when read, every previous part file before it is linked).
public enum CRC32 {
  /// The checksum of `bytes`.
  public static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt32 {
    bytes.withUnsafeBytes { finish(update(start, with: $0)) }
  }

  /// The state before any byte.
  public static let start: UInt32 = 0xFFFF_FFFF

  /// The checksum of a state.
  public static func finish(_ state: UInt32) -> UInt32 { state ^ 0xFFFF_FFFF }

  /// The state after `bytes`, for a checksum computed piece by piece.
  public static func update(_ state: UInt32, with bytes: UnsafeRawBufferPointer) -> UInt32 {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return state }
    // zlib's running value is the state inverted: it inverts on entry and on exit.
    let value = crc32_z(
      UInt(finish(state)), base.assumingMemoryBound(to: UInt8.self), bytes.count)
    return finish(UInt32(truncatingIfNeeded: value))
  }
}
