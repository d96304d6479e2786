/// Photo credits that end a caption: the caption is the page's, however long it is, and so
/// is the line that holds it. A page prints a picture inside an address with a caption under
/// it; the credit's shape tells it from the address's own sentences.
extension FurnitureRules {
  /// The most words of a credit sentence's taker ("Ms. Jane Doe", "the Harbour Bureau").
  static let longestCreditName = 5

  /// Whether a line ends with a photo credit (`[furniture-credits]`): "… 新华社记者 庞兴雷/摄",
  /// "… (Photo: Jane Doe)". A caption is no part of the address, however long it is.
  func endsWithCredit(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars.suffix(60))
    if endsWithBracketedCredit(scalars) || endsWithCreditSentence(text) { return true }
    // Both other forms need a slash or a colon after a word: most lines have neither.
    guard scalars.contains(where: { $0 == "/" || $0 == ":" }) else { return false }
    let words = HeaderParser.wordRanges(TextScan.string(scalars[...]))
    let credits = vocabulary.credits
    func isCredit(_ index: Int) -> Bool {
      credits.match([WordKey.key(words[index].word)], at: 0) > 0
    }
    guard let last = words.indices.last else { return false }
    let after = scalars[words[last].range.upperBound...]
    if words[last].range.lowerBound > 0, scalars[words[last].range.lowerBound - 1] == "/",
      after.allSatisfy({ !$0.properties.isAlphabetic && DateTokens.digit($0) == nil }),
      isCredit(last)
    {
      return true
    }
    // "Photo: Jane Doe", "(photo: AFP)", "UN Photo/Cia Pak": not "… in this photo: my
    // mother" of a sentence.
    return words.indices.suffix(5).contains { index in
      let start = words[index].range.lowerBound
      let end = words[index].range.upperBound
      let opens =
        scalars[start].properties.isUppercase || (start > 0 && scalars[start - 1] == "(")
      return opens && isCredit(index) && end < scalars.count
        && (scalars[end] == ":" || scalars[end] == "/")
    }
  }

  /// A credit in brackets after the caption's last sentence, written without a colon in
  /// Chinese ("……的演講稿。(數碼發展及新聞部提供)"): its last run ends with a credit word
  /// (`[furniture-credits]`: "*提供", "*供图").
  private func endsWithBracketedCredit(_ scalars: [Unicode.Scalar]) -> Bool {
    guard let close = scalars.last, close == ")" || close == "\u{FF09}",
      let open = scalars.lastIndex(where: { $0 == "(" || $0 == "\u{FF08}" }), open > 0,
      "。.!?！？".unicodeScalars.contains(scalars[open - 1])
    else { return false }
    let inside = TextScan.string(scalars[(open + 1)..<(scalars.count - 1)])
    guard let last = WordKey.keys(inside).last else { return false }
    return vocabulary.credits.match([last], at: 0) > 0
  }

  /// A last sentence that credits the picture, its taker named after a word of
  /// `[header-by]`: "Photo by Jane Doe.", "Photo taken by Ms. Jane Doe.", "Foto tomada por Juan
  /// Díaz.". An address names no picture's taker so; its "Picture by picture" names nobody.
  private func endsWithCreditSentence(_ text: String) -> Bool {
    let all = text.unicodeScalars
    // The credit and its name are the line's last words: its tail is enough to read.
    let cut = all.count > 100
    let scalars = Array(all.suffix(100))
    let words = HeaderParser.wordRanges(TextScan.string(scalars[...]))
    let keys = words.map { WordKey.key($0.word) }
    for index in words.indices.suffix(Self.longestCreditName + 4) {
      let start = words[index].range.lowerBound
      guard scalars[start].properties.isUppercase,
        Self.opensSentence(scalars, at: start, cut: cut),
        vocabulary.credits.match(keys, at: index) > 0
      else { continue }
      // The credit's verb may stand between its word and "by" ("taken by", "prise par").
      for by in (index + 1)..<min(index + 3, keys.count) {
        let length = vocabulary.by.match(keys, at: by)
        let name = by + length
        if length > 0, name < words.count, words.count - name <= Self.longestCreditName,
          scalars[words[name].range.lowerBound].properties.isUppercase
        {
          return true
        }
      }
    }
    return false
  }

  /// Whether the word at `start` opens a sentence: after a sentence's stop, or at the start
  /// of a line that was not `cut`.
  private static func opensSentence(_ scalars: [Unicode.Scalar], at start: Int, cut: Bool) -> Bool {
    var index = start - 1
    while index >= 0 && TextScan.isSpace(scalars[index]) { index -= 1 }
    guard index >= 0 else { return !cut }
    return ".!?。！？".unicodeScalars.contains(scalars[index])
  }
}
