/// How ``DocumentZones`` tells the address's last lines from the page's tail: after the last
/// sentence of prose, a page goes on with signatures, links and notes, but an address may
/// still close with a short line of its own, with or without a stop: thanks, a blessing, a
/// farewell or a cheer ("Je vous remercie de votre attention", "والله ولي التوفيق",
/// "谢谢大家"). Those lines are spoken; the rest of the tail is not.
extension DocumentZones {
  /// The most words of a closing formula standing alone without a stop ("Je vous remercie
  /// de votre aimable attention" has seven).
  static let longestClosing = 10
  /// The most letters after a closing formula in a script written without spaces ("谢谢" +
  /// "各位的聆听").
  static let longestUnspacedClosingRest = 6
  /// The most letters after the opening of a line of wishes in a script written without
  /// spaces ("祝福" + "每一个家庭更加幸福安康").
  static let longestUnspacedWishRest = 16
  /// How much of a line the closing formulas are looked for in, in characters.
  static let closingScan = 200

  /// Whether line `index`, after the address's last sentence, still belongs to the address:
  /// a sentence's last wrapped line going on in lower case ("million, etc., rose."), a
  /// closing salutation naming a person ("Mr. President", "السيد الرئيس"), prose without its
  /// stop, a phrase of another language, a short closing sentence or a closing formula; never
  /// a signature ("г-н Ледрам Нудрутесов" starts in lower case, but names the speaker).
  func continuesBody(_ index: Int) -> Bool {
    let text = lines[index].text
    return furniture[index] == nil && !isSignature(index)
      && (LineJoiner.startsLowercase(text) || isAddress(text) || isProse(text)
        || isPhraseLine(text) || isClosingSentence(text) || isClosingFormula(text)
        || repeatsOpening(index))
  }

  /// A short sentence that closes an address ("¡Viva la Patria!", "God bless Velmar.",
  /// "谢谢大家！"): too short to be read as prose, but a page's tail makes no sentences. An
  /// exclamation of one word counts; a one-word line with a full stop may be a wire's or a
  /// site's mark ("Ends.", "Reuters.").
  func isClosingSentence(_ text: String) -> Bool {
    let mark = LineShape.lastMark(text)
    // A title cut short ("Odran Veskel visits the harbour of ...") is a link to another text.
    guard mark == "!" || mark == ".", !text.hasSuffix("..."), !text.hasSuffix("\u{2026}"),
      text.unicodeScalars.contains(where: \.properties.isAlphabetic)
    else { return false }
    let words = TextScan.wordCount(text, limit: Salutation.longestGreeting + 1)
    return words <= Salutation.longestGreeting
      && (mark == "!" || words >= 2 || Self.unspacedLetters(text, limit: 2) >= 2)
  }

  /// A short line that opens with a formula closing an address (`[address-closings]` of any
  /// language: an address in one language may close in another), whatever its last mark.
  /// Transcripts often leave the stop off these lines, which a page's tail never opens with.
  /// A title cut short by an ellipsis ("Thank you notes from our readers …") is a link.
  func isClosingFormula(_ text: String) -> Bool {
    guard !text.hasSuffix("..."), !text.hasSuffix("\u{2026}"),
      TextScan.wordCount(text, limit: Self.longestClosing + 1) <= Self.longestClosing
    else { return false }
    let vocabulary = rules.vocabulary
    // Ten words may still be one huge run of a script without spaces: a prefix is enough.
    let keys = WordKey.keys(TextScan.prefix(text, Self.closingScan))
    guard let first = keys.first else { return false }
    if vocabulary.closings.match(keys, at: 0) > 0 { return true }
    // A script written without spaces runs the formula into what follows ("谢谢大家"); a
    // line of wishes runs on longer ("祝福每一个家庭更加幸福安康").
    let letters = Self.unspacedLetters(text, limit: Self.longestUnspacedWishRest + 8)
    return vocabulary.unspacedWishes.contains { entry in
      first.hasPrefix(entry) && letters - entry.count <= Self.longestUnspacedWishRest
    }
      || keys.count == 1
        && vocabulary.unspacedClosings.contains { entry in
          first.hasPrefix(entry) && first.count - entry.count <= Self.longestUnspacedClosingRest
        }
  }
}
