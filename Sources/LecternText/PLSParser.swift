import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads one PLS file into a ``Lexicon``, with file-and-line errors.
///
/// Not `Sendable`: an `XMLParser` delegate that lives for one parse.
final class PLSParser: NSObject, XMLParserDelegate {
  /// The PLS namespace every lexicon must declare.
  static let namespace = "http://www.w3.org/2005/01/pronunciation-lexicon"
  /// Bigger files are rejected unread: a lexicon is hand-written.
  static let maximumBytes = 4 << 20

  private let file: String
  private var language: String?
  private var entries: [Lexicon.Entry] = []
  private var failure: ConfigurationError?
  private var graphemes: [String] = []
  private var spoken: (text: String, isPhonemes: Bool)?
  private var lexemeLine = 0
  private var text = ""
  private var phonemeAlphabet = "x-espeak"
  private var sawRoot = false

  init(file: String) {
    self.file = file
  }

  /// Parses `data`, or throws the first problem found.
  func parse(_ data: [UInt8]) throws(ConfigurationError) -> Lexicon {
    if data.count > Self.maximumBytes {
      throw ConfigurationError(
        file: file, "larger than \(Self.maximumBytes >> 20) MiB; not a lexicon")
    }
    // Declarations are looked for in the bytes, so the bytes must be the text parsed.
    try PLSEncoding.requireUTF8(data, file: file)
    try rejectDeclarations(data)
    let parser = XMLParser(data: Data(data))
    parser.shouldResolveExternalEntities = false
    parser.shouldProcessNamespaces = false
    parser.delegate = self
    let ok = parser.parse()
    if let failure { throw failure }
    if !ok {
      let code = parser.parserError.map { "XMLParser error \(($0 as NSError).code)" } ?? "unknown"
      throw ConfigurationError(file: file, line: parser.lineNumber, "malformed XML (\(code))")
    }
    guard sawRoot, let language else {
      throw ConfigurationError(file: file, "no <lexicon> element")
    }
    return Lexicon(
      file: file, language: language, kind: Lexicon.kind(ofFile: file), entries: entries)
  }

  /// Rejects `<!DOCTYPE` and `<!ENTITY` anywhere, naming the line: PLS needs neither, and
  /// refusing them is the one defense that cannot be bypassed by a parser setting.
  private func rejectDeclarations(_ data: [UInt8]) throws(ConfigurationError) {
    let patterns: [[UInt8]] = [Array("<!DOCTYPE".utf8), Array("<!ENTITY".utf8)]
    var line = 1
    for index in data.indices {
      if data[index] == UInt8(ascii: "\n") { line += 1 }
      guard data[index] == UInt8(ascii: "<") else { continue }
      for pattern in patterns where index + pattern.count <= data.count {
        let slice = data[index..<index + pattern.count]
        if zip(slice, pattern).allSatisfy({ Self.upper($0) == $1 }) {
          throw ConfigurationError(
            file: file, line: line,
            "DTD declarations (<!DOCTYPE, <!ENTITY) are not allowed in a lexicon")
        }
      }
    }
  }

  private static func upper(_ byte: UInt8) -> UInt8 {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) ? byte - 32 : byte
  }

  private func fail(_ parser: XMLParser, _ message: String) {
    if failure == nil { failure = ConfigurationError(file: file, line: parser.lineNumber, message) }
    parser.abortParsing()
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    text = ""
    switch elementName {
    case "lexicon":
      sawRoot = true
      guard attributes["xmlns"] == Self.namespace else {
        return fail(parser, "<lexicon> must declare xmlns=\"\(Self.namespace)\"")
      }
      guard attributes["version"] == "1.0" else {
        return fail(parser, "<lexicon> must have version=\"1.0\"")
      }
      guard let lang = attributes["xml:lang"], !lang.isEmpty else {
        return fail(parser, "<lexicon> needs xml:lang, the language of its graphemes' speech")
      }
      language = VoiceLibrary.primaryTag(lang)
      phonemeAlphabet = attributes["alphabet"] ?? "x-espeak"
    case "lexeme":
      graphemes = []
      spoken = nil
      lexemeLine = parser.lineNumber
    case "phoneme":
      let alphabet = attributes["alphabet"] ?? phonemeAlphabet
      if alphabet != "x-espeak" {
        fail(parser, "phoneme alphabet \"\(alphabet)\" is not supported (use x-espeak)")
      }
    case "grapheme", "alias", "meta", "metadata", "example":
      break
    default:
      if !sawRoot { fail(parser, "the root element must be <lexicon>, found <\(elementName)>") }
    }
  }

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
    // libxml2 recovers from some errors and goes on: the first one is the one to report.
    fail(parser, "malformed XML (XMLParser error \((parseError as NSError).code))")
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    text += string
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName: String?
  ) {
    let value = text.trimmingWhitespace()
    text = ""
    switch elementName {
    case "grapheme":
      if value.isEmpty { return fail(parser, "empty <grapheme>") }
      graphemes.append(value)
    case "alias", "phoneme":
      if value.isEmpty { return fail(parser, "empty <\(elementName)>") }
      if value.contains("]]") { return fail(parser, "<\(elementName)> must not contain \"]]\"") }
      // PLS: the first pronunciation of a lexeme is the one used.
      if spoken == nil {
        spoken = elementName == "phoneme" ? ("[[" + value + "]]", true) : (value, false)
      }
    case "lexeme":
      guard !graphemes.isEmpty else { return fail(parser, "<lexeme> without <grapheme>") }
      guard let spoken else { return fail(parser, "<lexeme> without <alias> or <phoneme>") }
      entries.append(
        Lexicon.Entry(
          graphemes: graphemes, spoken: spoken.text, isPhonemes: spoken.isPhonemes,
          line: lexemeLine))
    default:
      break
    }
  }
}
