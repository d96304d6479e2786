import Foundation

/// Writes a plan as JSON (`docs/plan-json.md`) in exactly the bytes `JSONEncoder` gives with
/// `.prettyPrinted`, `.sortedKeys` and `.withoutEscapingSlashes`: two-space indents,
/// `"key" : value`, an empty array as `[`, a blank line and `]`, keys written in sorted order.
///
/// By hand because the schema is small and fixed, and going through `Encodable` for each of
/// the hundreds of thousands of strings of a long document's plan cost a tenth of its
/// planning. Its one number that is no integer, the detection's confidence, is still written
/// by `JSONEncoder`, so that it is formatted as before.
struct PlanJSONWriter {
  private var output: [UInt8] = []
  /// Members written so far in each open object or array, innermost last.
  private var counts: [Int] = []

  /// The JSON of `plan`, without a final newline.
  static func json(_ plan: RenderPlan) -> String {
    String(decoding: bytes(plan), as: UTF8.self)
  }

  /// The UTF-8 bytes of ``json(_:)``, for a caller that writes them out: a long document's
  /// JSON is not checked and copied into a string on the way (its bytes are valid UTF-8,
  /// built from strings).
  static func bytes(_ plan: RenderPlan) -> [UInt8] {
    var writer = PlanJSONWriter()
    writer.write(plan)
    return writer.output
  }

  private mutating func write(_ plan: RenderPlan) {
    open("{")
    array("borderline", plan.borderline) { writer, line in
      writer.open("{")
      writer.value("dropped", line.dropped)
      writer.value("line", line.line)
      writer.value("reason", line.reason)
      writer.value("text", line.text)
      writer.close("}")
    }
    value("document", plan.document)
    array("dropped", plan.dropped) { writer, line in
      writer.open("{")
      writer.value("fragment", line.fragment)
      writer.value("line", line.line)
      writer.value("reason", line.reason)
      writer.value("text", line.text)
      writer.close("}")
    }
    value("language", plan.language)
    if let detection = plan.detection {
      member("languageDetection")
      open("{")
      member("confidence")
      raw(Self.number((detection.confidence * 1000).rounded() / 1000))
      value("language", detection.language)
      value("name", LanguageNames.english(detection.language))
      value("reliable", detection.reliable)
      value("stated", plan.languageStated)
      close("}")
    }
    writeMetadata(plan.metadata)
    array("parts", plan.parts) { writer, part in writer.write(part) }
    value("schema", PlanReport.schemaVersion)
    close("}")
  }

  private mutating func writeMetadata(_ facts: DocumentMetadata) {
    member("metadata")
    open("{")
    // Absent facts are written as null so that every key is always present.
    for (key, fact) in [
      ("date", facts.date), ("event", facts.event), ("place", facts.place),
      ("speaker", facts.speaker), ("title", facts.title),
    ] {
      member(key)
      if let fact { string(fact) } else { raw("null") }
    }
    close("}")
  }

  private mutating func write(_ part: Part) {
    open("{")
    value("id", part.id)
    value("kind", part.kind.rawValue)
    array("utterances", part.utterances) { writer, utterance in
      writer.open("{")
      writer.value("id", utterance.id)
      writer.array("spans", utterance.spans) { writer, span in
        writer.open("{")
        writer.value("lang", span.lang)
        writer.value("phonemes", span.phonemes)
        writer.value("spoken", span.spoken)
        writer.value("text", span.text)
        writer.value("voice", span.voice)
        writer.close("}")
      }
      writer.value("text", utterance.text)
      writer.close("}")
    }
    close("}")
  }

  // MARK: Layout

  private mutating func array<Element>(
    _ key: String, _ elements: [Element], _ write: (inout PlanJSONWriter, Element) -> Void
  ) {
    member(key)
    open("[")
    for element in elements {
      member(nil)
      write(&self, element)
    }
    close("]")
  }

  private mutating func value(_ key: String, _ text: String) {
    member(key)
    string(text)
  }

  private mutating func value(_ key: String, _ number: Int) {
    member(key)
    raw(String(number))
  }

  private mutating func value(_ key: String, _ flag: Bool) {
    member(key)
    raw(flag ? "true" : "false")
  }

  /// Starts a member of the innermost container: a comma after the one before, a new line,
  /// the indent, and the key of an object's member.
  private mutating func member(_ key: String?) {
    if let last = counts.indices.last {
      if counts[last] > 0 { output.append(UInt8(ascii: ",")) }
      counts[last] += 1
    }
    output.append(UInt8(ascii: "\n"))
    indent()
    if let key {
      string(key)
      raw(" : ")
    }
  }

  private mutating func open(_ bracket: Unicode.Scalar) {
    output.append(UInt8(ascii: bracket))
    counts.append(0)
  }

  private mutating func close(_ bracket: Unicode.Scalar) {
    // An empty container is written with a blank line inside, as JSONEncoder does.
    if counts.removeLast() == 0 { output.append(UInt8(ascii: "\n")) }
    output.append(UInt8(ascii: "\n"))
    indent()
    output.append(UInt8(ascii: bracket))
  }

  private mutating func indent() {
    output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * counts.count))
  }

  private mutating func raw(_ text: String) {
    output.append(contentsOf: text.utf8)
  }

  /// A JSON string: quotes and backslashes escaped, control characters as `\n`-style escapes
  /// or `\u00xx`; everything else (slashes, non-ASCII) as its UTF-8 bytes, copied in runs.
  private mutating func string(_ text: String) {
    output.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { bytes in
      var start = 0
      for (offset, byte) in bytes.enumerated()
      where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
        output.append(contentsOf: bytes[start..<offset])
        escape(byte)
        start = offset + 1
      }
      output.append(contentsOf: bytes[start...])
    }
    output.append(UInt8(ascii: "\""))
  }

  private mutating func escape(_ byte: UInt8) {
    switch byte {
    case UInt8(ascii: "\""): raw("\\\"")
    case UInt8(ascii: "\\"): raw("\\\\")
    case 0x08: raw("\\b")
    case 0x09: raw("\\t")
    case 0x0A: raw("\\n")
    case 0x0C: raw("\\f")
    case 0x0D: raw("\\r")
    default:
      raw("\\u00")
      output.append(Self.hexDigits[Int(byte >> 4)])
      output.append(Self.hexDigits[Int(byte & 0x0F)])
    }
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  /// A number as `JSONEncoder` writes it ("0.99", "1").
  private static func number(_ value: Double) -> String {
    let encoded = try? JSONEncoder().encode(value)
    return encoded.map { String(decoding: $0, as: UTF8.self) } ?? "0"
  }
}
