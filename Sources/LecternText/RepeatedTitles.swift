/// A news page prints its title above its date line and again below it, as the article's own
/// heading ("Поздравляем коллектив … с Днем знаний!" / "31.08.2012" / the same line again):
/// both lines are the page's title even when it reads as a sentence, and not the address.
extension DocumentZones {
  /// How many lines apart a title and its copy are looked for.
  static let titleCopyReach = 3

  /// Whether line `index` comes again word for word within a few lines before or after it,
  /// with a date line between the two.
  func isTitleAroundDate(_ index: Int) -> Bool {
    let text = lines[index].text
    for step in [1, -1] {
      var sawDate = false
      var other = index + step
      while other >= 0 && other < lines.count && abs(other - index) <= Self.titleCopyReach {
        if lines[other].text == text { return sawDate }
        sawDate = sawDate || isDateLine(lines[other].text)
        other += step
      }
    }
    return false
  }

  /// Whether the line is a date with little else: "31.08.2012", "Le 3 mars 2031".
  private func isDateLine(_ text: String) -> Bool {
    TextScan.wordCount(text, limit: 7) <= 6 && rules.vocabulary.dates.find(in: text) != nil
  }
}
