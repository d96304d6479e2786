/// A header whose line breaks the copy lost: a page's headline, place, notes and salutations
/// printed on lines of their own, pasted as one run with each line's last word glued to the
/// next line's first ("… on 15 JuneBritish High Commissioner’s ResidenceCheck upon
/// delivery!Hon Dep Minister, …(Ministers present)Your ExcellenciesDistinguished Guests…").
///
/// Where one line ended shows as a *seam*: a word of three or more lower-case letters with a
/// capital glued after it ("ResidenceCheck"), a mark ending a sentence or a bracket glued to a
/// capital ("delivery!Hon", "present)Your", "that.Now"), or a bracket opened right after a
/// word ("Hinda(Ministers"). Names in two capitals ("McDonald", "YouTube") have fewer lower-case
/// letters before theirs. A line is cut at its seams only when it opens as a headline does
/// (``RunInHeader/opensWithTitle(_:_:)``), its first piece names a speaker, and its first
/// pieces are short, as header lines and salutations are: at least ``fewestSeams`` seams
/// before the first piece of prose. (Prose with three brand names in two capitals
/// ("JavaScript") in a line that opens as a headline would be cut too: none was seen.) The rest of
/// the line, from that piece on, stays one line: the address.
extension PageLayout {
  /// The fewest short pieces cut off a line for it to be read as glued lines.
  static let fewestSeams = 3
  /// The longest piece, in scalars, that is taken for a line of its own.
  static let longestGluedPiece = 200
  /// How many scalars of a line are searched for seams.
  static let gluedWindow = 1_200

  /// Cuts the first lines of a page that glue a header's lines together into those lines.
  /// Only the first ``gluedDateLines`` lines, and the first ``gluedWindow`` scalars of each,
  /// are read.
  static func splitGluedLines(_ lines: inout [SourceLine], vocabulary: StructureVocabulary) {
    var index = 0
    while index < min(lines.count, gluedDateLines) {
      let text = lines[index].text
      // Most lines are let go here: short ones, and those that open as no headline does.
      guard TextScan.scalarCount(text, limit: longestGluedPiece + 1) > longestGluedPiece,
        RunInHeader.opensWithTitle(WordKey.keys(TextScan.prefix(text, 80)), vocabulary)
      else {
        index += 1
        continue
      }
      let pieces = gluedPieces(text)
      guard pieces.count > fewestSeams, namesSpeaker(pieces[0], vocabulary) else {
        index += 1
        continue
      }
      let first = lines[index]
      lines.replaceSubrange(
        index...index,
        with: pieces.enumerated().map { offset, piece in
          var line = first
          line.text = piece
          line.blankBefore = offset == 0 ? first.blankBefore : false
          line.breakBefore = offset == 0 ? first.breakBefore : false
          return line
        })
      index += pieces.count
    }
  }

  /// The line cut at its seams, as long as the pieces are short; the last piece is the rest
  /// of the line. One piece when the line has too few seams.
  static func gluedPieces(_ text: String) -> [String] {
    let scalars = Array(text.unicodeScalars.prefix(gluedWindow))
    var cuts: [Int] = []
    var start = 0
    var lowerRun = 0  // lower-case letters right before the scalar at `index`
    for index in scalars.indices {
      defer {
        lowerRun = scalars[index].properties.isLowercase ? lowerRun + 1 : 0
      }
      guard index > 0, isSeam(scalars, at: index, lowerRun: lowerRun) else { continue }
      guard index - start <= longestGluedPiece else { break }
      cuts.append(index)
      start = index
    }
    guard cuts.count >= fewestSeams else { return [text] }
    var pieces: [String] = []
    var from = 0
    for cut in cuts {
      pieces.append(TextScan.trimmed(TextScan.string(scalars[from..<cut])))
      from = cut
    }
    let all = TextScan.scalars(text)
    pieces.append(TextScan.trimmed(TextScan.string(all[from...])))
    return pieces.filter { !$0.isEmpty }
  }

  /// Whether a headline's first piece names its speaker, as a run-in header does: a joining
  /// word ("by"), an honorific or an office.
  private static func namesSpeaker(_ piece: String, _ vocabulary: StructureVocabulary) -> Bool {
    let keys = WordKey.keys(piece)
    return vocabulary.by.containsAny(keys) || vocabulary.honorifics.containsAny(keys)
      || vocabulary.offices.containsAny(keys)
  }

  /// Whether a line ended right before `index`: a capital (or an opening bracket before one)
  /// glued to three lower-case letters, to a sentence's mark after a word in lower case, or
  /// to a closing bracket.
  static func isSeam(_ s: [Unicode.Scalar], at index: Int, lowerRun: Int) -> Bool {
    let here = s[index]
    let before = s[index - 1]
    if here == "(" {
      return lowerRun >= 3 && index + 1 < s.count && s[index + 1].properties.isUppercase
    }
    guard here.properties.isUppercase else { return false }
    if lowerRun >= 3 { return true }
    if before == "!" || before == "?" || before == ")" { return true }
    // "that.Now", but not "H.E.Mrs" or "U.S.A": a word of lower-case letters before the stop.
    guard before == ".", index >= 4 else { return false }
    return s[(index - 4)..<(index - 1)].allSatisfy(\.properties.isLowercase)
  }
}
