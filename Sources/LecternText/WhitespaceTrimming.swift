/// Whitespace trimming by `Character`, with a path over UTF-8 bytes for the
/// common case: every command reads every file of the voices folder, and grapheme breaking
/// over each of their lines was a tenth of a preview's start-up.
///
/// The byte path gives the `Character` answer exactly: an ASCII whitespace byte is always a
/// whole whitespace `Character` (or the start of one, `"\r\n"`) unless a non-ASCII scalar
/// extends it, and the byte path hands over to the `Character` path at any non-ASCII byte
/// where that could matter.
extension StringProtocol {
  /// The text without leading and trailing whitespace (spaces, tabs, carriage returns, NBSP).
  func trimmingWhitespace() -> String {
    let fast = utf8.withContiguousStorageIfAvailable { bytes -> String? in
      var (start, end) = (0, bytes.count)
      while start < end, Self.isASCIISpace(bytes[start]) { start += 1 }
      while start < end, Self.isASCIISpace(bytes[end - 1]) { end -= 1 }
      guard start < end else { return "" }
      guard bytes[start] < 0x80 && bytes[end - 1] < 0x80 else { return nil }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
    if let fast, let trimmed = fast { return trimmed }
    guard let first = firstIndex(where: { !$0.isWhitespace }),
      let last = lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(self[first...last])
  }

  /// The ASCII bytes `Character.isWhitespace` accepts: tab, line feed, vertical tab, form
  /// feed, carriage return, space.
  static func isASCIISpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (0x09...0x0D).contains(byte)
  }
}
