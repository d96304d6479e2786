/// The byte coding of a render's spool records (``PartRecord``): 64-bit little-endian
/// integers, doubles by their bit pattern (exact, infinities included), strings as a length
/// and UTF-8. Written and read by the same process, so no version or checksum: a record
/// that does not read back exactly is refused.
struct RecordBytes {
  /// A record that ends early or holds an impossible value.
  struct Malformed: Error {}

  private(set) var bytes: [UInt8]
  private var offset = 0

  /// An empty record, to write.
  init() { bytes = [] }

  /// A record to read.
  init(_ bytes: [UInt8]) { self.bytes = bytes }

  /// Whether everything was read.
  var atEnd: Bool { offset == bytes.count }

  mutating func put(_ value: Int) {
    withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
  }

  mutating func put(_ value: Double) {
    withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
  }

  /// An optional double: a flag, then the value when there is one.
  mutating func put(_ value: Double?) {
    put(value == nil ? 0 : 1)
    if let value { put(value) }
  }

  mutating func put(_ text: String) {
    put(text.utf8.count)
    bytes.append(contentsOf: text.utf8)
  }

  mutating func int() throws(Malformed) -> Int {
    Int(try word() as Int64)
  }

  mutating func double() throws(Malformed) -> Double {
    Double(bitPattern: try word() as UInt64)
  }

  mutating func optionalDouble() throws(Malformed) -> Double? {
    try int() == 0 ? nil : try double()
  }

  /// A count of items that follow: never negative.
  mutating func count() throws(Malformed) -> Int {
    let count = try int()
    guard count >= 0 else { throw Malformed() }
    return count
  }

  mutating func string() throws(Malformed) -> String {
    let count = try int()
    guard count >= 0, count <= bytes.count - offset else { throw Malformed() }
    defer { offset += count }
    return String(decoding: bytes[offset..<offset + count], as: UTF8.self)
  }

  private mutating func word<Value: FixedWidthInteger>() throws(Malformed) -> Value {
    let size = MemoryLayout<Value>.size
    guard bytes.count - offset >= size else { throw Malformed() }
    var value = Value.zero
    for index in 0..<size { value |= Value(bytes[offset + index]) << (8 * index) }
    offset += size
    return value
  }
}
