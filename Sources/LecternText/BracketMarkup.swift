/// Markup an author writes in square brackets (`[ru: …]`, `[say-as date: …]`): each kind
/// parses its own opening; finding them is the same scan.
protocol BracketMarkup {
  /// One past the closing bracket.
  var end: Int { get }
  /// The markup opening at `open` (a `[`), if it is one of this kind.
  static func parse(_ characters: [Character], at open: Int) -> Self?
}

extension BracketMarkup {
  /// The markups in `characters`, in order. Linear: a markup is parsed only at a `[`, and the
  /// scan goes on after its end.
  static func find(in characters: [Character]) -> [Self] {
    var found: [Self] = []
    var index = 0
    while index < characters.count {
      // A byte, not `==`: comparing characters goes through string comparison, whose
      // normalization of non-ASCII text showed in planning time; only "[" has this value.
      guard characters[index].asciiByte == UInt8(ascii: "["),
        let markup = parse(characters, at: index)
      else {
        index += 1
        continue
      }
      found.append(markup)
      index = markup.end
    }
    return found
  }
}
