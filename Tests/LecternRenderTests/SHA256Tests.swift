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
}
