import Foundation

/// Conversions between strings and arrays of their characters or scalars, which the text
/// stages index by position.
///
/// Each is written for speed on long texts (planning a 5 MB document converts every
/// utterance several times): the generic `Array(text)` and `String(slice)` initializers
/// count the elements first and then decode them again, one by one, several times slower.
extension TextScan {
  /// The text without leading and trailing spaces of any kind.
  static func trimmed(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !isSpace($0) }),
      let last = scalars.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(scalars[first...last])
  }

  /// Makes a string from a slice of scalars, by their UTF-8 bytes written into a string of
  /// the exact size (ASCII by its byte): appending scalars to a string view costs several
  /// times more per scalar, which showed on long texts.
  static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var count = 0
    for scalar in scalars { count += UTF8.width(scalar) }
    return String(unsafeUninitializedCapacity: count) { buffer in
      var offset = 0
      for scalar in scalars {
        if scalar.isASCII {
          buffer[offset] = UInt8(truncatingIfNeeded: scalar.value)
          offset += 1
        } else {
          UTF8.encode(scalar) { byte in
            buffer[offset] = byte
            offset += 1
          }
        }
      }
      return offset
    }
  }

  /// Makes a string from a slice of characters, by copying their UTF-8 bytes into a string of
  /// the exact size. `String(slice)` goes through the generic sequence initializer, and
  /// appending character by character re-checks grapheme boundaries: both cost several times
  /// more per character, which showed on long texts.
  static func string(_ characters: ArraySlice<Character>) -> String {
    // One character (a space, a mark: half of a text's tokens) is a string already.
    if characters.count == 1, let character = characters.first { return String(character) }
    var count = 0
    for character in characters { count += character.utf8.count }
    return String(unsafeUninitializedCapacity: count) { buffer in
      var offset = 0
      for character in characters {
        for byte in character.utf8 {
          buffer[offset] = byte
          offset += 1
        }
      }
      return offset
    }
  }

  /// The text with every whitespace character (a no-break space, a tab, CR LF) made one plain
  /// space. Printable ASCII has no other whitespace: that common case is returned as it is.
  static func plainSpaces(_ text: String) -> String {
    if !mayHaveOtherSpaces(text) { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      // ASCII by its byte: `isWhitespace` looks up Unicode properties.
      let space =
        character.asciiByte.map { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }
        ?? character.isWhitespace
      result.append(space ? " " : character)
    }
    return result
  }

  /// Whether a character of the text may be whitespace other than a lone plain space: a
  /// scalar that is whitespace or a control, or a space with a non-ASCII scalar after it (a
  /// combining mark would make one character of them). False means nothing to make plain.
  private static func mayHaveOtherSpaces(_ text: String) -> Bool {
    var afterSpace = false
    for scalar in text.unicodeScalars {
      if scalar.isASCII {
        if scalar.value < 0x20 || scalar.value == 0x7F { return true }
        afterSpace = scalar == " "
      } else {
        if afterSpace || scalar.properties.isWhitespace { return true }
      }
    }
    return false
  }

  /// The text's characters, as `Array(text)` gives them. An ASCII byte followed by another
  /// ASCII byte (or the end) is a character of its own, unless they are CR LF: no grapheme
  /// rule joins two ASCII scalars but that one. Such characters are taken from a table;
  /// only the others go through grapheme breaking.
  static func characters(_ text: String) -> [Character] {
    var result: [Character] = []
    let done = text.utf8.withContiguousStorageIfAvailable { bytes in
      result.reserveCapacity(bytes.count)
      let table = asciiCharacters
      var offset = 0
      while offset < bytes.count {
        let byte = bytes[offset]
        if byte < 0x80 {
          let following = offset + 1 < bytes.count ? bytes[offset + 1] : 0
          if following < 0x80 && !(byte == 0x0D && following == 0x0A) {
            result.append(table[Int(byte)])
            offset += 1
            continue
          }
        }
        // `offset` is on a character boundary: every step so far ended on one.
        let character = text[text.utf8.index(text.utf8.startIndex, offsetBy: offset)]
        result.append(character)
        offset += character.utf8.count
      }
      return true
    }
    return done == true ? result : Array(text)
  }

  /// The text's Unicode scalars, as `Array(text.unicodeScalars)` gives them, in one pass.
  static func scalars(_ text: String) -> [Unicode.Scalar] {
    let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> [Unicode.Scalar]? in
      guard isASCII(bytes) else { return nil }
      return bytes.map { Unicode.Scalar($0) }
    }
    if let ascii = ascii ?? nil { return ascii }
    var result: [Unicode.Scalar] = []
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars { result.append(scalar) }
    return result
  }

  /// Whether every byte is ASCII, eight at a time.
  private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let words = bytes.count / 8
    let raw = UnsafeRawPointer(base)
    let high: UInt64 = 0x8080_8080_8080_8080
    for word in 0..<words {
      if raw.loadUnaligned(fromByteOffset: word * 8, as: UInt64.self) & high != 0 { return false }
    }
    for index in (words * 8)..<bytes.count where bytes[index] >= 0x80 { return false }
    return true
  }

  /// The 128 ASCII characters, by their byte.
  private static let asciiCharacters: [Character] = (0..<128).map {
    Character(Unicode.Scalar(UInt8($0)))
  }
}
