import Testing

@testable import LecternRender

struct SHA256Tests {
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
  ])
  func knownVectors(message: String, digest: String) {
    #expect(SHA256.hex(message) == digest)
  }

  @Test func millionAs() {
    var hash = SHA256()
    hash.update([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
    #expect(
      hash.finalizeHex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test func incrementalEqualsOneShot() {
    let text = String(repeating: "Большое спасибо. ", count: 40)
    var hash = SHA256()
    for chunk in text.split(separator: " ", omittingEmptySubsequences: false) {
      hash.update(String(chunk))
      hash.update(" ")
    }
    var whole = SHA256()
    whole.update(text + " ")
    #expect(hash.finalizeHex() == whole.finalizeHex())
  }

  /// Pieces of every length around the block size, from contiguous storage and from a
  /// sequence without one, hash as the whole; the whole is the known digest of its bytes.
  @Test func piecesOfEveryLengthEqualOneShot() {
    let bytes = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) }
    let whole = SHA256.hex(String(decoding: bytes.map { $0 & 0x7F }, as: UTF8.self))
    for size in [1, 3, 63, 64, 65, 127, 128, 200] {
      var array = SHA256()
      var lazy = SHA256()
      for start in stride(from: 0, to: bytes.count, by: size) {
        let piece = bytes[start..<min(start + size, bytes.count)].map { $0 & 0x7F }
        array.update(piece)
        lazy.update(piece.lazy.map { $0 })
      }
      #expect(array.finalizeHex() == whole, "\(size)")
      #expect(lazy.finalizeHex() == whole, "\(size)")
    }
  }
}
