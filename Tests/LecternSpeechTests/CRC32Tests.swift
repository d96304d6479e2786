import Testing

@testable import LecternSpeech

struct CRC32Tests {
  /// The standard check value of CRC-32/ISO-HDLC.
  @Test func checkValue() {
    #expect(CRC32.checksum(Array("123456789".utf8)[...]) == 0xCBF4_3926)
  }

  /// Slicing-by-8 agrees with the bytewise definition at every length and alignment.
  @Test func agreesWithBytewiseDefinition() {
    var generator = SystemRandomNumberGenerator()
    let bytes = (0..<1_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
    for start in 0..<9 {
      for end in stride(from: start, through: bytes.count, by: 37) {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes[start..<end] {
          crc ^= UInt32(byte)
          for _ in 0..<8 { crc = crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
        }
        #expect(CRC32.checksum(bytes[start..<end]) == crc ^ 0xFFFF_FFFF)
      }
    }
  }
}
