/// An image's or file's identifier that a copy glued to the first word of a paragraph
/// ("0119-RA2018Au terme de cette cérémonie, …"): the page's alt text or caption code lost
/// its line break. Told by shape alone, so it holds for every language written in capitals.
extension PageLayout {
  /// The shortest identifier taken off (digits, capitals and a joining mark).
  static let shortestIdentifier = 5
  /// The longest identifier looked for, in scalars.
  static let longestIdentifier = 40

  /// Takes off a run of capitals, digits and `-` or `_` at the start of a paragraph, holding
  /// a digit and a joining mark, that runs straight into a capitalized word (a capital and a
  /// small letter); the identifier is listed as a dropped fragment.
  static func removeGluedIdentifier(_ line: inout SourceLine, into dropped: inout [DroppedLine]) {
    guard line.blankBefore, let first = line.text.unicodeScalars.first,
      first.properties.numericType != nil || first.properties.isUppercase
    else { return }
    let scalars = Array(line.text.unicodeScalars.prefix(longestIdentifier + 2))
    func isCode(_ scalar: Unicode.Scalar) -> Bool {
      scalar.isASCII
        && (scalar.properties.numericType != nil || scalar.properties.isUppercase
          || scalar == "-" || scalar == "_")
    }
    guard let end = scalars.firstIndex(where: { !isCode($0) }), end >= 2,
      scalars[end].properties.isLowercase, scalars[end - 1].properties.isUppercase
    else { return }
    // The capital before the small letter opens the word: the identifier ends before it.
    let code = scalars[..<(end - 1)]
    guard code.count >= shortestIdentifier, code.contains(where: { $0 == "-" || $0 == "_" }),
      code.contains(where: { $0.properties.numericType != nil }),
      let last = code.last, last.properties.numericType != nil
    else { return }
    dropped.append(
      DroppedLine(
        line: line.number, text: TextScan.string(code),
        reason: "an image's or file's code glued to the paragraph, not part of the address",
        fragment: true))
    line.text = String(String.UnicodeScalarView(line.text.unicodeScalars.dropFirst(code.count)))
  }
}
