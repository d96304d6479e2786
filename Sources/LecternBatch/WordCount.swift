/// A document's expected audio length, estimated from its text without planning it: its
/// word count, read in fixed-size chunks so that memory stays flat whatever the file's size.
///
/// A word is a run of characters between white space that holds a letter or a digit; in
/// Chinese and Japanese, which write no spaces, each Han character and each kana counts as a
/// word (a syllable spoken in about the
/// time of a short word). Page furniture and headers count too: this weighs documents
/// against each other, it does not predict the audio.
public struct WordCount: Sendable {
  /// The words counted so far.
  public private(set) var words = 0
  private var inWord = false
  private var pending: [UInt8] = []

  /// An empty count.
  public init() {}

  /// The words of the regular file at `path`; 0 when it cannot be read (its render will say
  /// why).
  public static func of(file path: String) -> Int {
    var count = WordCount()
    let readable = BatchFiles.readChunks(of: path) { count.add($0) }
    return readable ? count.finish() : 0
  }

  /// The words of `text`.
  public static func of(text: String) -> Int {
    var count = WordCount()
    text.utf8.withContiguousStorageIfAvailable { count.add(UnsafeRawBufferPointer($0)) }
      ?? count.add(Array(text.utf8))
    return count.finish()
  }

  /// Counts the next bytes of the text; a character split across two chunks is kept until
  /// the next call completes it.
  public mutating func add(_ bytes: UnsafeRawBufferPointer) {
    pending.append(contentsOf: bytes)
    var iterator = pending.makeIterator()
    var decoder = Unicode.UTF8.ForwardParser()
    var consumed = 0
    while true {
      // Keep a possibly incomplete last character for the next chunk.
      if pending.count - consumed < 4, !Self.completes(pending[consumed...]) { break }
      switch decoder.parseScalar(from: &iterator) {
      case .valid(let encoded):
        consumed += encoded.count
        count(Unicode.UTF8.decode(encoded))
      case .error(let length):
        consumed += length
        inWord = false
      case .emptyInput:
        consumed = pending.count
        pending.removeAll(keepingCapacity: true)
        return
      }
    }
    pending.removeFirst(consumed)
  }

  private mutating func add(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { add($0) }
  }

  /// The count, once every byte is added (a trailing incomplete character is not a word).
  public mutating func finish() -> Int {
    pending.removeAll()
    return words
  }

  private mutating func count(_ scalar: Unicode.Scalar) {
    let properties = scalar.properties
    if properties.isWhitespace {
      inWord = false
    } else if Self.isSyllabic(scalar) {
      words += 1
      inWord = false
    } else if !inWord, properties.isAlphabetic || properties.numericType != nil {
      // Punctuation and symbols alone (a dash, a bullet, 。) are not words.
      words += 1
      inWord = true
    }
  }

  /// Han characters, hiragana and katakana.
  static func isSyllabic(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isIdeographic || (0x3040...0x30FF).contains(scalar.value)
  }

  /// Whether `bytes` (fewer than 4) hold at least one whole UTF-8 sequence at their start.
  private static func completes(_ bytes: ArraySlice<UInt8>) -> Bool {
    guard let lead = bytes.first else { return false }
    let length: Int =
      switch lead {
      case 0xF0...0xF7: 4
      case 0xE0...0xEF: 3
      case 0xC0...0xDF: 2
      default: 1
      }
    return bytes.count >= length
  }
}
