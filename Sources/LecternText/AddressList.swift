/// A list of the people addressed, printed one a line without marks right above the address's
/// first salutation ("Honourable Minister Dorvel Quan" / "His Excellencies" / "Board Members
/// of the Quelvoria Trust" / "Distinguished guests" / "Ladies and gentlemen"): the lines hold
/// no sentence, so the zones would leave all but the last to the header, which reads the first
/// as the speaker and drops the others. Set apart by a blank line above it, opened by a form
/// of address and unbroken down to the salutation, the list is the address's opening.
extension DocumentZones {
  /// The fewest lines above the first salutation that make a list of the people addressed.
  static let shortestAddressList = 2

  /// The first line of a list of the people addressed that ends on the line before `start`
  /// (the address's first line, a salutation), or `start` when no such list stands there.
  func addressListStart(before start: Int) -> Int {
    guard start > 0, start < lines.count, salutation.isOpeningLine(lines[start].text) else {
      return start
    }
    var first = start
    while first > 0 && !lines[first].blankBefore && isAddressListLine(first - 1) { first -= 1 }
    guard start - first >= Self.shortestAddressList,
      first == 0 || lines[first].blankBefore,
      salutation.isSalutation(lines[first].text)
    else { return start }
    return first
  }

  /// Whether the line may name people addressed: no furniture, headline or date, short, and
  /// ending as a salutation does (with `,`, `;`, `:` or no mark).
  private func isAddressListLine(_ index: Int) -> Bool {
    let text = lines[index].text
    guard furniture[index] == nil, !isHeadline(text),
      TextScan.wordCount(text, limit: Salutation.longestSalutation + 1)
        <= Salutation.longestSalutation,
      rules.vocabulary.dates.find(in: text) == nil
    else { return false }
    guard let mark = LineShape.lastMark(text) else { return true }
    return mark == "," || mark == ";" || mark == ":"
  }

  /// The fewest lines of a list of the people addressed written without marks, header lines
  /// and the address's first lines together.
  static let shortestUnmarkedList = 3

  /// The first line of a list of the people addressed, written without marks, whose first
  /// lines the header took in ("Mr Mayor of …" / "Madam President of the Council …" above "Mr
  /// Director of the Port …"): the header lines right above `start` that are forms of address
  /// with no mark at their end, when the address opens with more of them; `start` when no such
  /// list stands there. A speaker's line above one salutation is no list.
  func unmarkedAddressListStart(before start: Int) -> Int {
    guard start > 0, start < lines.count, isUnmarkedAddress(start) else { return start }
    var first = start
    while first > 0 && isUnmarkedAddress(first - 1) { first -= 1 }
    var end = start
    while end + 1 < lines.count && isUnmarkedAddress(end + 1) { end += 1 }
    guard first < start, end - first + 1 >= Self.shortestUnmarkedList else { return start }
    return first
  }

  /// Whether the line is a form of address with no mark at its end, and no furniture: it
  /// opens with a word of address and is no longer than a list's line may be (it names the
  /// office: "Madame la Conseillère de coopération … près l’Ambassade de France …").
  private func isUnmarkedAddress(_ index: Int) -> Bool {
    let text = lines[index].text
    let longest = 3 * Salutation.longestSalutation
    guard furniture[index] == nil, LineShape.lastMark(text) == nil,
      TextScan.wordsCount(text, limit: longest + 1) <= longest,
      let first = TextScan.words(TextScan.prefix(text, 40)).first
    else { return false }
    return salutation.addressWords.contains(first.lowercased())
  }
}
