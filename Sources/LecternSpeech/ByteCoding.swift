import CZlib

/// Little-endian encoding of the integers of a speech archive, a pipe message or a render's
/// spool record.
public struct ByteWriter {
  /// What was written.
  public private(set) var bytes: [UInt8] = []

  /// A writer with room for `capacity` bytes, so that appending never reallocates (a
  /// reallocation copies the audio and touches fresh pages).
  public init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// An integer, little-endian.
  public mutating func append<Value: FixedWidthInteger>(_ value: Value) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  /// A double by its bit pattern (exact, infinities included).
  public mutating func append(_ value: Double) { append(value.bitPattern) }

  /// Bytes as they are.
  public mutating func append(contentsOf raw: [UInt8]) { bytes.append(contentsOf: raw) }

  /// Samples, little-endian.
  public mutating func append(_ samples: [Int16]) {
    #if _endian(little)
      // Samples are already little-endian in memory: one copy instead of one per sample.
      samples.withUnsafeBytes { bytes.append(contentsOf: $0) }
    #else
      bytes.reserveCapacity(bytes.count + samples.count * 2)
      for sample in samples { append(sample) }
    #endif
  }

  /// A string as its UTF-8 length (`UInt32`) and bytes.
  public mutating func append(_ text: String) {
    append(UInt32(text.utf8.count))
    bytes.append(contentsOf: text.utf8)
  }
}

/// Reads what ``ByteWriter`` wrote; every read is bounds-checked and returns `nil` past the end.
public struct ByteReader {
  private let bytes: [UInt8]
  private let end: Int
  private(set) var offset: Int

  /// A reader of `bytes[offset..<end]` (`end` defaults to the whole array).
  public init(_ bytes: [UInt8], offset: Int = 0, end: Int? = nil) {
    self.bytes = bytes
    self.offset = offset
    self.end = min(end ?? bytes.count, bytes.count)
  }

  /// How many bytes are left to read.
  public var remaining: Int { end - offset }

  /// An integer that ``ByteWriter`` wrote.
  public mutating func read<Value: FixedWidthInteger>(_: Value.Type = Value.self) -> Value? {
    let size = MemoryLayout<Value>.size
    guard remaining >= size else { return nil }
    var value: Value = 0
    for index in 0..<size {
      value |= Value(truncatingIfNeeded: bytes[offset + index]) << (8 * index)
    }
    offset += size
    return value
  }

  /// A double that ``ByteWriter`` wrote by its bit pattern.
  public mutating func readDouble() -> Double? { read(UInt64.self).map(Double.init(bitPattern:)) }

  /// `count` bytes as they are.
  public mutating func readBytes(count: Int) -> [UInt8]? {
    guard count >= 0, remaining >= count else { return nil }
    defer { offset += count }
    return Array(bytes[offset..<offset + count])
  }

  /// `count` samples.
  public mutating func readSamples(count: Int) -> [Int16]? {
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

  /// A string as ``ByteWriter`` wrote it.
  public mutating func readString() -> String? {
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
