import CCLD2
import LecternText

/// Language identification by Google's Compact Language Detector 2 (Debian's `libcld2`),
/// through the C shim `CCLD2`.
///
/// CLD2 is a naive-Bayes classifier over character quadgrams (and CJK bigrams), trained on
/// web text: reliable on a sentence or more, "unknown" on two-word phrases, which is the
/// division of labour Lectern wants (phrase lexicons and markup handle short phrases). It is
/// thread-safe and keeps no state between calls. Measured against libexttextcat on the
/// corpus before it was chosen (README, "Language identification").
public struct CLD2Identifier: LanguageIdentifying, Sendable {
  /// Creates an identifier.
  public init() {}

  /// `CLD2 <version>`.
  public var name: String {
    "CLD2 " + String(cString: lectern_cld2_version())
  }

  /// The most likely language of `text`; ``LanguageGuess/unknown`` for text with no letters.
  public func identify(_ text: String, bestEffort: Bool) -> LanguageGuess {
    var text = text
    var result = lectern_cld2_result()
    var valid: Int32 = 0
    // A Swift String is valid UTF-8, so the call cannot fail on encoding; a length beyond
    // Int32 is cut (identification of the first 2 GiB is as good as of all of it).
    let status = text.withUTF8 { bytes -> Int32 in
      bytes.withMemoryRebound(to: CChar.self) { chars in
        lectern_cld2_detect(
          chars.baseAddress, Int32(clamping: chars.count), bestEffort ? 1 : 0, &result, &valid)
      }
    }
    return status == 0 ? Self.guess(result) : .unknown
  }

  /// `text` cut by CLD2 into stretches of one language, with its best-effort guess for the
  /// whole text (CLD2 scores repeated words slightly differently when it cuts the text).
  public func stretches(_ text: String) -> (whole: LanguageGuess, stretches: [LanguageStretch]) {
    var capacity = 64
    while true {
      let (status, result, chunks, count) = detectChunks(text, capacity: capacity)
      guard status == 0 else { return (.unknown, []) }
      if count > capacity {
        capacity = count  // CLD2 cut the text finer than the buffer: once more, large enough
        continue
      }
      let stretches = chunks.prefix(count).map {
        LanguageStretch(
          language: Self.tag($0.language),
          characters: Self.scalars(in: text, offset: Int($0.offset), bytes: Int($0.bytes)))
      }
      return (Self.guess(result), stretches)
    }
  }

  /// One call of `lectern_cld2_detect_chunks` with room for `capacity` stretches.
  private func detectChunks(
    _ text: String, capacity: Int
  )
    -> (Int32, lectern_cld2_result, [lectern_cld2_chunk], Int)
  {
    var text = text
    var result = lectern_cld2_result()
    var chunks = [lectern_cld2_chunk](repeating: lectern_cld2_chunk(), count: capacity)
    var count: Int32 = 0
    var valid: Int32 = 0
    let status = text.withUTF8 { bytes -> Int32 in
      bytes.withMemoryRebound(to: CChar.self) { chars in
        chunks.withUnsafeMutableBufferPointer { buffer in
          lectern_cld2_detect_chunks(
            chars.baseAddress, Int32(clamping: chars.count), 1, &result, buffer.baseAddress,
            Int32(capacity), &count, &valid)
        }
      }
    }
    return (status, result, chunks, Int(count))
  }

  /// The Unicode scalars in `bytes` bytes of `text`'s UTF-8 from `offset` (its lead bytes):
  /// CLD2 measures stretches in bytes, which would weigh a Hindi sentence three times an
  /// English one of as many letters.
  static func scalars(in text: String, offset: Int, bytes: Int) -> Int {
    let utf8 = text.utf8
    let start = min(max(0, offset), utf8.count)
    let end = min(start + max(0, bytes), utf8.count)
    let from = utf8.index(utf8.startIndex, offsetBy: start)
    let to = utf8.index(from, offsetBy: end - start)
    return utf8[from..<to].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
  }

  /// The guess CLD2's result makes.
  private static func guess(_ result: lectern_cld2_result) -> LanguageGuess {
    let languages = [result.languages.0, result.languages.1, result.languages.2]
    let percents = [result.percents.0, result.percents.1, result.percents.2]
    let first = tag(languages[0])
    guard first != "und" else { return .unknown }
    let reliable = result.reliable != 0
    let share = Double(percents[0]) / 100
    let second = tag(languages[1])
    return LanguageGuess(
      language: first, confidence: reliable ? share : share / 2, reliable: reliable,
      letters: Int(result.textBytes), secondLanguage: second == "und" ? nil : second,
      secondShare: Double(percents[1]) / 100)
  }

  /// CLD2's code for a language as a BCP 47 primary tag: `zh-Hant` → `zh`, the old codes
  /// `iw`, `in`, `ji`, `jw` → `he`, `id`, `yi`, `jv`; unknown and script-only answers
  /// (`un`, `xx-…`) → `und`.
  static func tag(_ language: Int32) -> String {
    guard let code = lectern_cld2_code(language) else { return "und" }
    let primary = String(cString: code).split(separator: "-").first.map(String.init) ?? ""
    switch primary.lowercased() {
    case "", "un", "xx", "xxx": return "und"
    case "iw": return "he"
    case "in": return "id"
    case "ji": return "yi"
    case "jw": return "jv"
    case let tag: return tag
    }
  }
}
