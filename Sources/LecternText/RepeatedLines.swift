/// Lines a page repeats: running headers and photo captions are furniture, a refrain and a
/// greeting that opens and closes the address are not.
extension DocumentZones {
  /// The share of the address's text that may stand before the first and after the second of
  /// a bookend's two lines.
  static let bookendMargin = 0.2

  /// Whether a repeated line stands apart from the text around it, as a caption or a running
  /// header does: it does not continue the line before, and the line after does not continue
  /// it — unless the line before breaks off mid-sentence (a running header at a page break).
  func standsApart(_ index: Int) -> Bool {
    let line = lines[index]
    if LineJoiner.startsLowercase(line.text) { return false }
    guard index + 1 < lines.count, !lines[index + 1].blankBefore,
      LineJoiner.startsLowercase(lines[index + 1].text)
    else { return true }
    return index > 0 && !LineShape.endsSentence(lines[index - 1].text)
  }

  /// The key a running header or caption repeats under: its words folded, for a short line
  /// that is no sentence, salutation or greeting; nil for any other line.
  func repeatKey(_ text: String) -> String? {
    // A sentence repeated is left to the address: refrains are repeated too.
    guard !LineShape.endsSentence(text), TextScan.scalarCount(text, limit: 161) <= 160,
      LineShape.paragraphNumber(text) == nil
    else { return nil }
    let keys = WordKey.keys(text)
    guard (1...16).contains(keys.count), !salutation.isOpeningLine(text) else { return nil }
    return keys.joined(separator: " ")
  }

  /// Whether the line after the address's last sentence says again what the address opened
  /// with, on its first line or the one above it ("Tēnā koutou katoa" first and last): the
  /// greeting closes the address. A line of capitalized words only may be the site's name,
  /// printed above and below the page: it is not taken.
  func repeatsOpening(_ index: Int) -> Bool {
    guard bodyStart < index, let key = repeatKey(lines[index].text),
      TextScan.words(lines[index].text).contains(where: { $0.first?.isLowercase == true })
    else { return false }
    return (max(0, bodyStart - 1)...bodyStart).contains { opening in
      furniture[opening] == nil && repeatKey(lines[opening].text) == key
    }
  }

  /// The body lines of a line said twice, once as the address opens and once as it closes
  /// ("Tēnā koutou katoa" above the first paragraph and under the last): a greeting, where a
  /// running header or a caption repeats between the paragraphs. Either line may have no more
  /// than ``bookendMargin`` of the address's text beyond it.
  func bookendLines(_ keys: [String?], _ repeats: [String: Int]) -> Set<Int> {
    guard bodyStart < bodyEnd else { return [] }
    // The address's text before each body line, in UTF-8 bytes: one pass, however many
    // lines repeat.
    var before = [Int](repeating: 0, count: bodyEnd - bodyStart + 1)
    var first: [String: Int] = [:]
    var pairs: [(Int, Int)] = []
    // The greeting may open the page just above the address's first line.
    if bodyStart > 0, furniture[bodyStart - 1] == nil, let key = keys[bodyStart - 1],
      repeats[key] == 2
    {
      first[key] = bodyStart - 1
    }
    for index in bodyStart..<bodyEnd {
      let offset = index - bodyStart
      before[offset + 1] = before[offset] + lines[index].text.utf8.count
      guard let key = keys[index], repeats[key] == 2 else { continue }
      if let earlier = first[key] { pairs.append((earlier, index)) } else { first[key] = index }
    }
    let total = Double(before[before.count - 1])
    var found: Set<Int> = []
    for (opening, closing) in pairs {
      let ahead = Double(before[max(0, opening - bodyStart)])
      let behind = total - Double(before[closing - bodyStart + 1])
      if ahead <= Self.bookendMargin * total && behind <= Self.bookendMargin * total {
        found.formUnion([opening, closing])
      }
    }
    return found
  }
}
