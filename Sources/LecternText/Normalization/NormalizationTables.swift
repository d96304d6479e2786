// The keyed tables normalization rules hold: a word's forms by plural category, and written
// phrases by their first token.

/// A word's forms by plural category: `one dollar | other dollars`, or one form for all.
struct PluralForms: Sendable, Hashable {
  /// The ICU plural categories a form may be given for.
  static let categories: Set<String> = ["zero", "one", "two", "few", "many", "other"]

  /// Category → form; `other` is the fallback.
  var forms: [String: String] = [:]

  /// Parses `one dollar | other dollars` (or `dollars`, the same for every category).
  init(_ value: String) {
    for part in value.split(separator: "|") {
      let words = part.split(separator: " ")
      if let first = words.first, Self.categories.contains(String(first)), words.count > 1 {
        forms[String(first)] = words.dropFirst().joined(separator: " ")
      } else {
        forms["other"] = words.joined(separator: " ")
      }
    }
  }

  /// The form for `category`, else the `other` form, else any.
  func form(_ category: String) -> String {
    forms[category] ?? forms["other"] ?? forms.values.sorted().first ?? ""
  }
}

/// Written phrases (`z. B.`, `H.E.`, `World War`) keyed for matching at a token: by their
/// first token, with spaces in a key matching any run of spaces, or none.
struct KeyedPhrases: Sendable, Hashable {
  /// A phrase: its tokens' texts without spaces, and whether a space may separate each.
  struct Phrase: Sendable, Hashable {
    var pieces: [String]
    var value: String
  }

  /// First piece (lower-cased when matching ignores case) → phrases, longest first.
  private(set) var byFirst: [String: [Phrase]] = [:]
  /// Whether keys match regardless of case.
  private(set) var ignoringCase = false
  /// For each first UTF-8 byte of a first piece, the bits of its UTF-8 lengths (see
  /// ``lengthBit(_:)``): most tokens start no phrase, and this says so without hashing them.
  private var starts = [UInt64](repeating: 0, count: 256)

  /// Phrases from a table (`written = spoken`).
  init(_ table: [String: String] = [:], ignoringCase: Bool = false) {
    self.ignoringCase = ignoringCase
    for (key, value) in table {
      let written = ignoringCase ? key.lowercased() : key
      let pieces = NormalizationToken.tokens(Array(written)).filter { $0.kind != .space }
        .map(\.text)
      guard let first = pieces.first else { continue }
      byFirst[first, default: []].append(Phrase(pieces: pieces, value: value))
      let bytes = first.utf8
      if let byte = bytes.first { starts[Int(byte)] |= Self.lengthBit(bytes.count) }
    }
    for key in byFirst.keys {
      byFirst[key]?.sort {
        ($0.pieces.count, $0.pieces.joined()) > ($1.pieces.count, $1.pieces.joined())
      }
    }
  }

  /// Whether there is no phrase at all.
  var isEmpty: Bool { byFirst.isEmpty }

  /// The longest phrase starting at token `index`, with the index after it. Between two
  /// pieces the text may have one run of spaces; a phrase ends where a word or number ends.
  func match(_ view: TokenView, at index: Int) -> (phrase: Phrase, end: Int)? {
    guard let first = view[index], mayStart(first.text) else { return nil }
    let key = ignoringCase ? first.text.lowercased() : first.text
    guard let candidates = byFirst[key] else { return nil }
    for phrase in candidates {
      var cursor = index + 1
      var matched = true
      for piece in phrase.pieces.dropFirst() {
        if view.isSpace(cursor), let next = view[cursor + 1],
          (ignoringCase ? next.text.lowercased() : next.text) == piece
        {
          cursor += 2
        } else if let next = view[cursor],
          (ignoringCase ? next.text.lowercased() : next.text) == piece
        {
          cursor += 1
        } else {
          matched = false
          break
        }
      }
      guard matched, let last = view[cursor - 1] else { continue }
      // "Art." must not match inside "Art.5a"? It may; but "Prof" must not match "Profile".
      if last.kind == .word || last.kind == .number,
        let after = view[cursor], after.kind == last.kind
      {
        continue
      }
      return (phrase, cursor)
    }
    return nil
  }

  /// Whether a phrase may start with the token `text`: false only when no first piece has its
  /// first byte and length. Lower-casing an ASCII text keeps its length and folds only A–Z;
  /// any other text a table ignoring case may match is looked up.
  private func mayStart(_ text: String) -> Bool {
    let bytes = text.utf8
    guard var byte = bytes.first else { return true }
    if ignoringCase {
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return true }
      if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
    }
    return starts[Int(byte)] & Self.lengthBit(bytes.count) != 0
  }

  /// A UTF-8 length's bit: lengths of 63 bytes and more share the last.
  private static func lengthBit(_ length: Int) -> UInt64 { 1 << UInt64(min(length, 63)) }
}
