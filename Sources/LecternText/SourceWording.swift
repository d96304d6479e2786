/// How the page itself words the header's facts, for languages whose nouns take the case the
/// words around them govern (Russian: "Выступление мэра на Форуме порта"). The intro cannot
/// decline a name or an office, so it keeps the page's wording where a fixed template would
/// put a genitive where a nominative belongs ("Выступает мэра").
struct SourceWording {
  /// The most characters of the page searched: the header is at its start.
  static let headerLength = 4_000

  /// The start of the page, in lower case.
  let header: String

  /// Looks facts up in the first ``headerLength`` characters of `header`. Line breaks count
  /// as spaces: a title alone on its line still governs the speaker on the next
  /// ("ВЫСТУПЛЕНИЕ" / "Министра промышленности …").
  init(header: String) {
    self.header = TextScan.prefix(header, Self.headerLength).lowercased()
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// The first lines of a page, up to about ``headerLength`` characters, however long its
  /// lines are.
  static func header(of lines: [String]) -> String {
    var header = ""
    for line in lines {
      header += TextScan.prefix(line, headerLength) + "\n"
      if header.utf8.count >= headerLength { break }
    }
    return header
  }

  /// Whether the page writes the speaker right after the title, one space apart
  /// ("Выступление мэра"): read together, they keep the page's cases.
  func adjoins(_ title: String, _ speaker: String) -> Bool {
    !header.isEmpty && header.contains(title.lowercased() + " " + speaker.lowercased())
  }

  /// The small words the page writes between the title and the speaker ("de la " of "Discurso
  /// de la Consejera …", "du " of "Discours du Ministre …", "de l’" of "Discours de
  /// l’ambassadeur"): one or two words of up to three letters, the last one elided or followed
  /// by its space, or nil when the page has no such wording.
  func joiningWords(between title: String, and speaker: String) -> String? {
    // The title may stand first in a breadcrumb ("Actualités > Discours Discours de …").
    var from = header.startIndex
    while let start = header.range(of: title.lowercased() + " ", range: from..<header.endIndex) {
      if let words = joiningWords(header[start.upperBound...], speaker) { return words }
      from = start.upperBound
    }
    return nil
  }

  /// The joining words at the start of `rest`, before `speaker`.
  private func joiningWords(_ rest: Substring, _ speaker: String) -> String? {
    let window = rest.prefix(12 + speaker.count)
    let name = speaker.lowercased()
    guard
      let found = [" ", "'", "\u{2019}"].compactMap({ window.range(of: $0 + name) })
        .min(by: { $0.lowerBound < $1.lowerBound })
    else { return nil }
    let mark = rest[found.lowerBound]
    let elided = mark != " "
    let words = rest[..<found.lowerBound].split(separator: " ")
    guard (1...2).contains(words.count),
      words.allSatisfy({ $0.count <= 3 && $0.allSatisfy(\.isLetter) })
    else { return nil }
    return words.joined(separator: " ") + (elided ? String(mark) : " ")
  }

  /// The joining word (of `connectives`, lower case, longest first) that the page writes right
  /// before the occasion ("на" before "Форуме порта Велмар"), or nil.
  func connective(before event: String, among connectives: [String]) -> String? {
    guard !header.isEmpty, let range = header.range(of: " " + event.lowercased()) else {
      return nil
    }
    let before = header[..<range.lowerBound]
    return connectives.first { connective in
      before.hasSuffix(connective)
        && (before.dropLast(connective.count).last.map { !$0.isLetter } ?? true)
    }
  }
}
