/// The ALL-CAPS default of ``PronunciationRules``: which words are in capitals, which text is
/// a heading, and how a word in capitals is said (spelled or read as a word).
///
/// A heading is read word by word: a line written only in capitals ("BAN KI-MOON"), an
/// utterance mostly in capitals, and a heading a copy ran into a sentence ("TRANSIENCE AND
/// RITUAL Mr. President …"). Elsewhere a short word in capitals is an acronym and spelled
/// ("CIS" → "C-I-S"), and a longer one with a vowel read as a word ("SEMERIKOV" →
/// "Semerikov"); the pronunciation lexicons name the acronyms said otherwise.
extension PronunciationRules {
  /// The fewest words in capitals, one after the other, that make a heading inside a sentence.
  static let shortestHeadingRun = 3

  /// The positions of the words that stand in a heading run into a sentence: a run of
  /// ``shortestHeadingRun`` or more words in capitals, one of them of five letters or more with
  /// a vowel ("TRANSIENCE AND RITUAL", "CROSSROADS IN TIME"). Acronyms side by side ("the
  /// IMF, WB and ADB") make none.
  static func headingRun(_ words: [ArraySlice<Character>]) -> Set<Int> {
    var positions: Set<Int> = []
    var start = 0
    for end in 0...words.count where end == words.count || !isCapitals(words[end]) {
      let run = words[start..<end]
      if run.count >= shortestHeadingRun,
        run.contains(where: {
          $0.count >= 5 && $0.contains(where: isVowel)
        })
      {
        positions.formUnion(start..<end)
      }
      start = end + 1
    }
    return positions
  }

  /// How the ALL-CAPS default says `word`, and why.
  static func sayCapitals(_ word: String, heading: Bool) -> (String, String) {
    var spelledAny = false
    let parts = word.split(separator: "-").map { part -> String in
      let letters = part.filter(\.isLetter)
      guard letters.count >= 2, letters.allSatisfy(\.isUppercase) else { return String(part) }
      if part.allSatisfy({ "IVX".contains($0) }) { return String(part) }
      let vowels = letters.contains(where: isVowel)
      if !heading && (letters.count <= 3 || !vowels || !mayReadAsWord(letters)) {
        spelledAny = true
        return part.enumerated().map {
          $0.offset > 0 && $0.element == "A" ? "Eh" : String($0.element)
        }
        .joined(separator: "-")
      }
      return part.prefix(1) + part.dropFirst().lowercased()
    }
    let said = parts.joined(separator: " ")
    if heading { return (said, "read as a word (heading in capitals)") }
    return (said, spelledAny ? "spelled (≤ 3 letters or no vowel)" : "read as a word")
  }

  /// Whether `text` has two or more words of two capitals or more and no lower-case letter:
  /// a heading line, whose short words are names ("BAN KI-MOON", "H.E. MR WU"), not letters.
  static func isCapitalsOnly(_ text: String) -> Bool {
    var capitalWords = 0
    var run = 0
    for character in text {
      let upper: Bool
      if let ascii = character.asciiByte {
        if ascii >= 0x61 && ascii <= 0x7A { return false }
        upper = ascii >= 0x41 && ascii <= 0x5A
      } else {
        if character.isLowercase { return false }
        upper = character.isUppercase
      }
      if upper {
        run += 1
      } else {
        if run >= 2 { capitalWords += 1 }
        run = 0
      }
    }
    if run >= 2 { capitalWords += 1 }
    return capitalWords >= 2
  }

  /// Whether `word` has two or more letters, all capitals, and nothing but letters and
  /// hyphens. One pass, ASCII first: it runs on every word of every span.
  static func isCapitals<Word: Collection<Character>>(_ word: Word) -> Bool {
    var letters = 0
    for character in word {
      if let ascii = character.asciiByte {
        if ascii >= 0x41 && ascii <= 0x5A {
          letters += 1
        } else if ascii != 0x2D {
          return false
        }
      } else if character.isLetter && character.isUppercase {
        letters += 1
      } else {
        return false
      }
    }
    return letters >= 2
  }

  /// Whether a capital letter is a vowel, in the Latin, Greek or Cyrillic alphabet: a word
  /// in capitals without one is an acronym ("СНГ"), one with them may be read ("УМАЛАТОВА").
  /// By script, not by language, so it is code: the alphabets' vowels are fixed.
  static func isVowel(_ letter: Character) -> Bool {
    let folded = PhraseMatcher.fold(letter).uppercased()
    return "AEIOUY".contains(folded) || "АЕЁИОУЫЭЮЯІЇЄΑΕΗΙΟΥΩ".contains(folded)
  }

  /// Whether a word in capitals of another alphabet than Latin may be read as a word: a
  /// Cyrillic acronym of four letters is spelled ("РГГУ", "ОДКБ"), as is a longer one with
  /// three consonants in a row ("ГИБДД"); a name in capitals is read ("УМАЛАТОВА"). Latin
  /// words keep the vowel rule alone ("NATO", "FIFA").
  static func mayReadAsWord(_ letters: String) -> Bool {
    guard !letters.allSatisfy({ $0.isASCII || Script(of: $0) == .latin }) else { return true }
    guard letters.count >= 5 else { return false }
    var run = 0
    for letter in letters {
      // Й, Ь and Ъ neither make nor break a cluster ("РОЙЗМАНА" reads as a word).
      if isVowel(letter) || "ЙЬЪ".contains(letter) {
        run = 0
      } else {
        run += 1
        if run >= 3 { return false }
      }
    }
    return true
  }

  /// Whether a word in capitals may be a name: four letters or more, a vowel among Latin ones.
  static func mayBeName(_ word: String) -> Bool {
    let letters = word.filter(\.isLetter)
    guard letters.count >= 4 else { return false }
    let latin = letters.allSatisfy { $0.isASCII }
    return !latin || letters.contains { "AEIOUY".contains($0) }
  }

  /// Whether the word at `start` follows an initial: a capital letter alone and its full
  /// stop, right before it or a space before it.
  static func followsInitial(_ characters: [Character], _ start: Int) -> Bool {
    var index = start - 1
    if index >= 0, characters[index] == " " { index -= 1 }
    guard index >= 1, characters[index] == ".", characters[index - 1].isUppercase else {
      return false
    }
    return index < 2 || !characters[index - 2].isLetter
  }
}
