/// A salutation glued to the line above it: a page's photo caption or headline and the
/// address's first words pasted as one run, the caption's last word glued to the form of
/// address ("… Director of the Quelvoria TrustHonoured Guests, dear friends.").
///
/// The seam is the one ``PageLayout/isSeam(_:at:lowerRun:)`` finds between glued lines; the
/// line is cut there only when everything after it is one opening sentence
/// (``Salutation/isOpeningSentence(_:)``): a form of address in the document's words, so a
/// brand in two capitals in prose ("…our JavaScript team") is left alone.
extension PageLayout {
  /// Cuts the first lines of a page that end in a glued salutation in two: the text above
  /// and the salutation, which then opens the address as a line of its own. Only the first
  /// ``gluedDateLines`` lines, and the last ``gluedWindow`` scalars of each, are read.
  static func splitGluedSalutations(_ lines: inout [SourceLine], salutation: Salutation) {
    var index = 0
    while index < min(lines.count, gluedDateLines) {
      guard let cut = gluedSalutationCut(lines[index].text, salutation) else {
        index += 1
        continue
      }
      let first = lines[index]
      var rest = first
      rest.text = cut.salutation
      rest.blankBefore = false
      rest.breakBefore = false
      lines[index].text = cut.above
      lines.insert(rest, at: index + 1)
      index += 2
    }
  }

  /// The line cut at the first seam after which the rest is one opening sentence, or nil.
  static func gluedSalutationCut(
    _ text: String, _ salutation: Salutation
  ) -> (above: String, salutation: String)? {
    let all = Array(text.unicodeScalars)
    let offset = max(0, all.count - gluedWindow)
    let scalars = Array(all[offset...])
    var lowerRun = 0  // lower-case letters right before the scalar at `index`
    for index in scalars.indices {
      defer { lowerRun = scalars[index].properties.isLowercase ? lowerRun + 1 : 0 }
      guard index > 0, scalars[index] != "(", isSeam(scalars, at: index, lowerRun: lowerRun)
      else { continue }
      let rest = TextScan.trimmed(TextScan.string(scalars[index...]))
      guard salutation.isSalutation(rest), salutation.isOneSentence(rest),
        salutation.isOpeningSentence(rest)
      else { continue }
      let above = TextScan.trimmed(TextScan.string(all[..<(offset + index)]))
      return (above, rest)
    }
    return nil
  }
}
