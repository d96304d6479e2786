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
  /// The shapes of the first pieces: most tokens start no phrase, and this says so without
  /// hashing them.
  private var starts = KeyShapes()

  /// Phrases from a table (`written = spoken`).
  init(_ table: [String: String] = [:], ignoringCase: Bool = false) {
    self.ignoringCase = ignoringCase
    for (key, value) in table {
      let written = ignoringCase ? key.lowercased() : key
      let pieces = NormalizationToken.tokens(Array(written)).filter { $0.kind != .space }
        .map(\.text)
      guard let first = pieces.first else { continue }
      byFirst[first, default: []].append(Phrase(pieces: pieces, value: value))
      starts.insert(first)
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
  /// shape. Lower-casing an ASCII text keeps its length and folds only A–Z; any other text a
  /// table ignoring case may match is looked up.
  private func mayStart(_ text: String) -> Bool {
    guard ignoringCase else { return starts.mayHold(text) }
    let bytes = text.utf8
    guard let first = bytes.first, bytes.allSatisfy({ $0 < 0x80 }) else { return true }
    return starts.mayHold(first >= 0x41 && first <= 0x5A ? first | 0x20 : first, bytes.count)
  }
}

/// The shapes of a table's string keys: for each first UTF-8 byte, the bits of the keys'
/// UTF-8 lengths (lengths of 63 bytes and more share the last bit). Most words of a text are
/// in no table of a few hundred keys, and their first byte and length say so for a few
/// instructions, where a dictionary lookup hashes the whole word.
struct KeyShapes: Sendable, Hashable {
  private var bits = [UInt64](repeating: 0, count: 256)

  /// No shape: no key.
  init() {}

  /// The shapes of `keys`.
  init(_ keys: some Sequence<String>) {
    for key in keys { insert(key) }
  }

  /// Adds the shape of `key`.
  mutating func insert(_ key: String) {
    let bytes = key.utf8
    guard let first = bytes.first else { return }
    bits[Int(first)] |= Self.bit(bytes.count)
  }

  /// Whether a key of the table may be `key`: false only when no key has its shape. The empty
  /// string may always be.
  func mayHold(_ key: String) -> Bool {
    let bytes = key.utf8
    guard let first = bytes.first else { return true }
    return mayHold(first, bytes.count)
  }

  /// Whether a key may start with the byte `first` and be `length` bytes long.
  func mayHold(_ first: UInt8, _ length: Int) -> Bool {
    bits[Int(first)] & Self.bit(length) != 0
  }

  private static func bit(_ length: Int) -> UInt64 { 1 << UInt64(min(length, 63)) }
}
