/// Lines that are one phrase of a phrase lexicon and nothing else: a greeting on a line of its
/// own before the address ("Endet Ameshachihu (Good evening)") or a closing blessing after its
/// last sentence ("Wassalamu Alaikum Wa Rahmatullahi Wa Barakatuh"). Structure reading would
/// otherwise take such a line for the header or the page's tail: it has no sentence and few
/// of the document language's words.
extension LanguageAnnotator {
  /// Longer lines are prose, not a greeting standing alone.
  static let longestPhraseLine = 120

  /// The language of the phrases that cover every letter of `line` outside brackets, when
  /// they are all of one language; nil otherwise.
  public func phraseLanguage(ofLine line: String) -> String? {
    guard TextScan.scalarCount(line, limit: Self.longestPhraseLine + 1) <= Self.longestPhraseLine
    else { return nil }
    let characters = Self.outsideBrackets(line)
    guard characters.contains(where: \.isLetter) else { return nil }
    let found = phrases.matches(in: characters, from: 0, to: characters.count) { _ in true }
    guard let language = found.first?.language, found.allSatisfy({ $0.language == language })
    else { return nil }
    var covered = [Bool](repeating: false, count: characters.count)
    for match in found {
      for index in match.start..<match.end { covered[index] = true }
    }
    return Self.onlyJoiners(characters, covered: covered) ? language : nil
  }

  /// Whether the letters no phrase covers are at most a short word between two phrases
  /// ("L’Shana Tovah U’Metuka and G’mar Hatima Tova"): a conjunction joins two wishes.
  static func onlyJoiners(_ characters: [Character], covered: [Bool]) -> Bool {
    guard let first = covered.firstIndex(of: true), let last = covered.lastIndex(of: true)
    else { return false }
    var index = 0
    while index < characters.count {
      guard !covered[index] && characters[index].isLetter else {
        index += 1
        continue
      }
      let start = index
      while index < characters.count && !covered[index] && characters[index].isLetter {
        index += 1
      }
      guard start > first, index <= last, index - start <= 3 else { return false }
    }
    return true
  }

  /// `line` with bracketed glosses replaced by spaces: "(Good evening)" translates the phrase
  /// before it and is not part of it.
  static func outsideBrackets(_ line: String) -> [Character] {
    var depth = 0
    return line.map { character in
      switch character {
      case "(", "[":
        depth += 1
        return " "
      case ")", "]":
        depth = max(0, depth - 1)
        return " "
      default:
        return depth > 0 ? " " : character
      }
    }
  }
}
