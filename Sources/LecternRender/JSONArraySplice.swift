import Foundation
import LecternSystem

/// A JSON document whose one long array is written element by element, byte for byte what
/// `JSONEncoder` writes for the whole document.
///
/// `JSONEncoder` builds its whole output (and a tree of every value before that) in memory:
/// for a manifest of 10,000 parts that is tens of megabytes. Here the encoder still encodes
/// everything, keeping its own escaping and number formatting, but in pieces: the document
/// with the array empty (split at the array into ``head`` and ``tail``), then each element on
/// its own. Pretty-printed output is the same pieces indented by the depth they sit at;
/// nothing is written by hand but the separators and that indentation.
struct JSONArraySplice {
  /// Everything before the first element.
  let head: String
  /// Everything after the last element.
  let tail: String
  private let pretty: Bool
  private var count = 0

  /// An encoder with the output formatting of Lectern's JSON files: sorted keys, `/` as it
  /// is, pretty-printed (two spaces) or compact.
  static func encoder(pretty: Bool) -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting =
      pretty
      ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      : [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  /// Splits `document` (encoded by ``encoder(pretty:)``, with the array under the top-level
  /// `key` empty) at that array; `nil` if it has no such array.
  ///
  /// Pretty-printed, a top-level key is the only one after a newline and exactly two
  /// spaces (JSON strings hold no raw newline), and an empty array is `[`, a blank line and
  /// `]`. Compact, the key must be the document's last (`"key":[]}`), so that no nested key
  /// of the same name is taken for it.
  init?(_ document: String, key: String, pretty: Bool) {
    self.pretty = pretty
    let marker = pretty ? "\n  \"\(key)\" : [\n\n  ]" : "\"\(key)\":[]"
    if pretty {
      guard let found = document.range(of: marker) else { return nil }
      head = document[..<found.lowerBound] + "\n  \"\(key)\" : [\n"
      tail = "\n  ]" + document[found.upperBound...]
    } else {
      guard document.hasSuffix(marker + "}") else { return nil }
      head = String(document.dropLast(marker.count + 1)) + "\"\(key)\":["
      tail = "]}"
    }
  }

  /// The text of the next element, `encoded` alone by the same encoder: with the separator
  /// from the element before it and, pretty-printed, indented two levels (the array's
  /// elements sit inside the top-level object and the array).
  mutating func element(_ encoded: String) -> String {
    defer { count += 1 }
    guard pretty else { return count == 0 ? encoded : "," + encoded }
    var out: [UInt8] = count == 0 ? [] : Array(",\n".utf8)
    out.reserveCapacity(encoded.utf8.count + encoded.utf8.count / 8 + 2)
    var first = true
    // By UTF-8 bytes: JSON text holds a line feed only between lines (one in a string is
    // escaped, and so is a carriage return), where splitting by characters cost a render's
    // manifest more than its encoding.
    for line in encoded.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
      if !first { out.append(0x0A) }
      first = false
      // `JSONEncoder` leaves the blank line of an empty array unindented.
      if !line.isEmpty { out += "    ".utf8 }
      out += line
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// `document` encoded by `encoder` (pretty-printed) and split at its top-level array `key`,
  /// or a ``RenderError`` naming `what`.
  static func split(
    _ document: some Encodable, key: String, with encoder: JSONEncoder, what: String
  ) throws(RenderError) -> JSONArraySplice {
    let text = try encode(document, with: encoder, what: what)
    guard let splice = JSONArraySplice(text, key: key, pretty: true) else {
      throw RenderError(.writeFailed, "cannot split \(what) at its \(key)")
    }
    return splice
  }

  /// `value` encoded by `encoder` as a string, or a ``RenderError`` naming `what`.
  static func encode(
    _ value: some Encodable, with encoder: JSONEncoder, what: String
  ) throws(RenderError) -> String {
    do {
      return String(decoding: try encoder.encode(value), as: UTF8.self)
    } catch {
      throw RenderError(.writeFailed, "cannot encode \(what): \(error)")
    }
  }
}

/// A JSON file written through a ``JSONArraySplice``: the document around its long array,
/// then the array's elements one at a time.
struct JSONArrayFile {
  private let file: TextFileOutput
  private let encoder: JSONEncoder
  private var splice: JSONArraySplice
  private let what: String

  /// Starts `file` with `document` (its array under the top-level `key` empty),
  /// pretty-printed like the manifest; `what` names the file in errors.
  init(_ file: TextFileOutput, document: some Encodable, key: String, what: String) throws {
    encoder = JSONArraySplice.encoder(pretty: true)
    splice = try JSONArraySplice.split(document, key: key, with: encoder, what: what)
    self.file = file
    self.what = what
    try file.write(splice.head)
  }

  /// Appends the next element of the array.
  mutating func append(_ element: some Encodable) throws {
    try file.write(splice.element(try JSONArraySplice.encode(element, with: encoder, what: what)))
  }

  /// Ends the document (with a newline, as Lectern's JSON files end) and closes the file.
  func finish() throws {
    try file.write(splice.tail + "\n")
    try file.close()
  }
}

/// A JSON file whose long array is written before the rest of the document is known: the
/// elements go to a side file as they come, and ``finish(document:)`` writes the file from
/// the document, the side file streamed into place, and the document's end.
///
/// A render's manifest opens with the whole file's loudness, known only once the meter has
/// measured the last parts; its part entries are known earlier. Writing them meanwhile
/// takes them off the end of the render.
struct DeferredJSONArrayFile {
  private let elements: TextFileOutput
  private let file: TextFileOutput
  private let encoder: JSONEncoder
  private var splice: JSONArraySplice
  private let key: String
  private let what: String

  /// Writes the array of `file` to `elements` until ``finish(document:)``; `draft` is any
  /// document of the same type with its array under the top-level `key` empty (it gives
  /// the elements their indentation); `what` names the file in errors.
  init(
    _ file: TextFileOutput, elements: TextFileOutput, draft: some Encodable, key: String,
    what: String
  ) throws {
    encoder = JSONArraySplice.encoder(pretty: true)
    splice = try JSONArraySplice.split(draft, key: key, with: encoder, what: what)
    self.file = file
    self.elements = elements
    self.key = key
    self.what = what
  }

  /// Appends the next element of the array (to the side file).
  mutating func append(_ element: some Encodable) throws {
    try elements.write(
      splice.element(try JSONArraySplice.encode(element, with: encoder, what: what)))
  }

  /// Writes the file: `document` (its array empty) around the elements appended, then
  /// closes it. The side file is left for the staging folder's removal.
  func finish(document: some Encodable) throws {
    try elements.close()
    let final = try JSONArraySplice.split(document, key: key, with: encoder, what: what)
    try file.write(final.head)
    let side = try ChunkedFileReader(path: elements.path, published: elements.published)
    try side.forEachChunk(of: TextFileOutput.bufferSize) { chunk throws(SystemError) in
      try file.write(chunk)
    }
    try file.write(final.tail + "\n")
    try file.close()
  }
}
