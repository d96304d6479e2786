import Foundation

/// Small character tests and string helpers shared by the segmenter and the structure reader.
///
/// They work on Unicode scalars: linear, allocation-light, and exact about typographic
/// spaces (the seed has no-break spaces) and punctuation (curly quotes, en and em dashes).
enum TextScan {
  /// Whether the scalar is a space of any kind, including no-break and zero-width spaces.
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    // ASCII first: Unicode property lookups dominate planning time on ordinary text.
    if scalar.isASCII { return scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
    return scalar.properties.isWhitespace || scalar.value == 0x200B || scalar.value == 0xFEFF
  }

  /// Whether `text`'s UTF-8 holds `byte`: `memchr` over the string's storage, where the
  /// generic `utf8.contains` costs some 30 instructions a byte (a tenth of planning a long
  /// line went to such tests that found nothing).
  static func holds(_ byte: UInt8, in text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { bytes in
      guard let base = bytes.baseAddress else { return false }
      return memchr(base, Int32(byte), bytes.count) != nil
    } ?? text.utf8.contains(byte)
  }

  /// Whether `text`'s UTF-8 holds a byte that `wanted` accepts, read from its storage
  /// (see ``holds(_:in:)``).
  static func holdsAny(in text: String, where wanted: (UInt8) -> Bool) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { $0.contains(where: wanted) }
      ?? text.utf8.contains(where: wanted)
  }

  /// Whether the scalar is a letter or digit (`isAlphabetic` or numeric), ASCII first.
  static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let value = scalar.value | 0x20  // folds A–Z onto a–z
      return (value >= 0x61 && value <= 0x7A) || (scalar.value >= 0x30 && scalar.value <= 0x39)
    }
    // Blocks of letters only, answered without the Unicode tables (a property lookup costs
    // some 150 instructions; the language files and documents are mostly such letters).
    // `TextScanTests` checks every scalar of these ranges against the properties.
    switch scalar.value {
    case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F: return true  // Latin with accents
    case 0x410...0x44F: return true  // Cyrillic А–я
    case 0x621...0x63A, 0x641...0x64A: return true  // Arabic letters
    case 0x4E00...0x9FA5: return true  // CJK ideographs of Unicode 1.1
    default: return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
  }

  /// Whether the scalar ends a sentence: full stop, `!`, `?`, ellipsis, their CJK forms, the
  /// Arabic question mark and full stop, the Devanagari danda.
  static func isTerminal(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ".", "!", "?", "\u{2026}", "\u{3002}", "\u{FF01}", "\u{FF1F}", "\u{203C}", "\u{061F}",
      "\u{06D4}", "\u{0964}", "\u{0965}", "\u{FF0E}":
      true
    default: false
    }
  }

  /// Whether the scalar is a CJK full stop or mark, after which no space is written.
  static func isWideTerminal(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\u{3002}", "\u{FF01}", "\u{FF1F}", "\u{FF0E}": true
    default: false
    }
  }

  /// Whether the scalar closes a quotation or bracket after a sentence's end (`.”`, `.)`).
  static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\"", "'", ")", "]", "}", "\u{2019}", "\u{201D}", "\u{00BB}", "\u{203A}", "\u{300D}",
      "\u{300F}", "\u{FF09}", "\u{3011}":
      true
    default: false
    }
  }

  /// Whether the scalar opens a quotation or bracket before a sentence's first word.
  static func isOpener(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\"", "'", "(", "[", "{", "\u{2018}", "\u{201C}", "\u{00AB}", "\u{2039}", "\u{00BF}",
      "\u{00A1}", "-", "\u{2013}", "\u{2014}":
      true
    default: false
    }
  }

  /// Whether the scalar is a dash used between clauses (hyphen, en dash, em dash).
  static func isDash(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "-" || scalar == "\u{2013}" || scalar == "\u{2014}"
  }

  /// Whether the scalar continues the previous character (combining marks, joiners,
  /// variation selectors), so that text must not be cut before it.
  static func isExtending(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return false }  // no ASCII character extends another; saves a lookup
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: break
    }
    let value = scalar.value
    return value == 0x200D || (0xFE00...0xFE0F).contains(value)
      || (0xE0100...0xE01EF).contains(value) || (0x1F3FB...0x1F3FF).contains(value)
  }

  /// How many words ``words(_:)`` finds in the text, counting at most `limit`.
  static func wordsCount(_ text: String, limit: Int) -> Int {
    var count = 0
    var inWord = false
    for scalar in text.unicodeScalars {
      let wordScalar = isWordCharacter(scalar) || isExtending(scalar)
      if wordScalar && !inWord {
        count += 1
        if count >= limit { return count }
      }
      inWord = wordScalar
    }
    return count
  }

  /// The text's words: runs of letters, digits and in-word marks, separated by anything else.
  static func words(_ text: String) -> [String] {
    // Read from the UTF-8 storage: indexing the scalar view cost most of loading the
    // language files' phrases (some 4,000 instructions a phrase).
    if let words = text.utf8.withContiguousStorageIfAvailable(words(utf8:)) { return words }
    var words: [String] = []
    let scalars = text.unicodeScalars
    var start: String.Index?  // where the current word began, sliced out when it ends
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let scalar = scalars[index]
      if isWordCharacter(scalar) || isExtending(scalar) {
        if start == nil { start = index }
      } else if let first = start {
        words.append(String(scalars[first..<index]))
        start = nil
      }
      scalars.formIndex(after: &index)
    }
    if let first = start { words.append(String(scalars[first...])) }
    return words
  }

  /// ``words(_:)`` of valid UTF-8 (a string's storage): each word sliced from the bytes.
  private static func words(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [String] {
    var words: [String] = []
    var start = -1  // the offset where the current word began, or -1 between words
    var offset = 0
    while offset < bytes.count {
      let byte = bytes[offset]
      var length = 1
      let inWord: Bool
      if byte < 0x80 {
        let value = byte | 0x20  // folds A–Z onto a–z
        inWord = (value >= 0x61 && value <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
      } else {
        let scalar: Unicode.Scalar
        (scalar, length) = decode(bytes, at: offset)
        inWord = isWordCharacter(scalar) || isExtending(scalar)
      }
      if inWord {
        if start < 0 { start = offset }
      } else if start >= 0 {
        words.append(
          String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self))
        start = -1
      }
      offset += length
    }
    if start >= 0 {
      words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
    }
    return words
  }

  /// The scalar whose valid UTF-8 sequence starts at `offset` (a lead byte of 0xC0 or
  /// above), and the sequence's length.
  private static func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, at offset: Int
  ) -> (Unicode.Scalar, Int) {
    let lead = UInt32(bytes[offset])
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    var value = lead & (0x7F >> UInt32(length))
    for index in (offset + 1)..<min(offset + length, bytes.count) {
      value = value << 6 | UInt32(bytes[index] & 0x3F)
    }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  /// How many words the text has, counting at most `limit` (so a huge line costs little).
  static func wordCount(_ text: String, limit: Int) -> Int {
    var count = 0
    var inWord = false
    for scalar in text.unicodeScalars {
      let wordCharacter = isWordCharacter(scalar) || (inWord && isExtending(scalar))
      if wordCharacter && !inWord {
        count += 1
        if count >= limit { return count }
      }
      inWord = wordCharacter
    }
    return count
  }

  /// How many scalars the text has, counting at most `limit`: whether a line is short is
  /// asked of every line, and counting all the scalars of a huge one cost more than its reading.
  static func scalarCount(_ text: String, limit: Int) -> Int {
    var count = 0
    // A scalar starts at every UTF-8 byte that is no continuation byte (10xxxxxx).
    for byte in text.utf8 where byte & 0xC0 != 0x80 {
      count += 1
      if count >= limit { return count }
    }
    return count
  }

  /// How many scalars the text has, as `text.unicodeScalars.count` says, counted on its UTF-8
  /// storage (the scalar view decodes each scalar, several times slower on a long line).
  static func scalarCount(_ text: String) -> Int {
    text.utf8.withContiguousStorageIfAvailable { bytes in
      bytes.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
    } ?? text.unicodeScalars.count
  }

  /// The first `count` scalars of the text (all of it when shorter).
  static func prefix(_ text: String, _ count: Int) -> String {
    // Walks `count` scalars at most: counting a long line's scalars first cost more than this.
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    var taken = 0
    while taken < count && index < scalars.endIndex {
      scalars.formIndex(after: &index)
      taken += 1
    }
    return index == scalars.endIndex ? text : String(scalars[..<index])
  }

  /// Lower-cased, accent-free word keys cut to six letters, so that "Jürgen" and "Jurgen",
  /// "ORGANISATION" and "Organization" compare equal.
  static func keys(_ text: String) -> [String] {
    words(text).map { String(WordKey.folded($0).prefix(6)) }
  }

  /// How much of the shorter text's words the other text holds (0…1).
  static func overlap(_ a: String, _ b: String) -> Double {
    let left = Set(keys(a))
    let right = Set(keys(b))
    guard !left.isEmpty, !right.isEmpty else { return 0 }
    return Double(left.intersection(right).count) / Double(min(left.count, right.count))
  }
}

extension Character {
  /// The character's byte when it is one ASCII scalar, else nil (CR LF, two scalars, is nil).
  /// Read from the UTF-8 view: `asciiValue` first compares the character with CR LF, a string
  /// comparison that cost five times more per character and showed in planning time.
  var asciiByte: UInt8? {
    let bytes = utf8
    // One UTF-8 byte is always an ASCII scalar.
    return bytes.count == 1 ? bytes.first : nil
  }

  /// The character's first scalar, ASCII without going through the scalar view.
  var firstScalar: Unicode.Scalar? {
    if let byte = asciiByte { return Unicode.Scalar(byte) }
    return unicodeScalars.first
  }

  /// The character's scalar when it has only one.
  var singleScalar: Unicode.Scalar? {
    if let byte = asciiByte { return Unicode.Scalar(byte) }
    let scalars = unicodeScalars
    return scalars.count == 1 ? scalars.first : nil
  }
}
