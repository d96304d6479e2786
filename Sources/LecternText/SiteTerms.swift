/// A site's terms for its readers' comments, printed as sentences under the address ("User
/// comments posted on this page are the views of their writers …", "The Dorvel Courier may
/// remove any comment."): sentences, so the zones would read them as the address going on.
/// Two or more such lines at the end of the page, with nothing of the address after them, are
/// furniture.
extension DocumentZones {
  /// The fewest lines of a site's terms that end a page.
  static let fewestTermsLines = 2
  /// The furniture reason of a line of a site's terms.
  static let siteTermsReason = "a site's terms for readers' comments, not part of the address"

  /// Marks the run of lines of a site's terms that ends the page, when it holds at least
  /// ``fewestTermsLines`` of them (furniture lines between them are passed over).
  mutating func markSiteTerms() {
    var run: [Int] = []
    var index = lines.count - 1
    while index > 0 {
      if furniture[index] == nil {
        guard isSiteTermsLine(lines[index].text) else { break }
        run.append(index)
      }
      index -= 1
    }
    guard run.count >= Self.fewestTermsLines else { return }
    for line in run { furniture[line] = Self.siteTermsReason }
  }

  /// Whether the line speaks of readers' comments (`[furniture-site-terms]`) in the third
  /// person: a speaker thanking for comments says "I" or "we".
  private func isSiteTermsLine(_ text: String) -> Bool {
    let keys = WordKey.keys(TextScan.prefix(text, Self.termsScan))
    return rules.vocabulary.siteTerms.containsAny(keys)
      && !rules.vocabulary.firstPerson.containsAny(keys)
  }

  /// How far into a line words of a site's terms are looked for, in scalars.
  static let termsScan = 600
}
