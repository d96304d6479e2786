/// The words of a reporter's lead, as ``DocumentStructure/leadPlace(in:_:)`` looks for a
/// place in them.
struct LeadPlaceWords {
  let words: [(word: String, range: Range<Int>)]
  let keys: [String]
  let scalars: [Unicode.Scalar]
  let vocabulary: StructureVocabulary

  /// The most words of a place's name.
  static let longestPlace = 6
  /// How many words before a word before a place an office makes it the office's ("Посол
  /// Республики X в Республике Y", "Ambassador of the Republic of X to Y").
  static let officeReach = 6

  init(_ text: String, _ vocabulary: StructureVocabulary) {
    words = HeaderParser.wordRanges(text)
    keys = words.map { WordKey.key($0.word) }
    scalars = Array(text.unicodeScalars)
    self.vocabulary = vocabulary
  }

  func capitalized(_ index: Int) -> Bool {
    words[index].word.unicodeScalars.first?.properties.isUppercase == true
  }

  /// The text of the words in `range`.
  func span(_ range: Range<Int>) -> String {
    let end = words[range.upperBound - 1].range.upperBound
    return TextScan.string(scalars[words[range.lowerBound].range.lowerBound..<end])
  }

  /// A dateline: one to three capitalized words, no function word, a comma, and the lead's
  /// first date right after it (a weekday before a date is the date's).
  func dateline() -> String? {
    guard
      let comma = (1...3).first(where: {
        $0 < words.count && scalars[words[$0 - 1].range.upperBound] == ","
      }),
      (0..<comma).allSatisfy({ capitalized($0) && !vocabulary.isStopWord(keys[$0]) }),
      let date = vocabulary.dates.find(in: TextScan.string(scalars[...])),
      date.range.lowerBound == words[comma].range.lowerBound, isPlace(0..<comma)
    else { return nil }
    return span(0..<comma)
  }

  /// Whether an office stands among the few words before `index`, with no comma between, or
  /// a joining word right before it: the word is then an article of the language whose
  /// "à" it folds to ("sobre a Água").
  func followsOffice(_ index: Int) -> Bool {
    if index > 0 && joins(index - 1) { return true }
    guard
      let office = (max(0, index - Self.officeReach)..<index).last(where: {
        vocabulary.offices.match(keys, at: $0) > 0
      })
    else { return false }
    return !scalars[words[office].range.lowerBound..<words[index].range.lowerBound].contains(",")
  }

  /// Whether word `index` follows word `start` with no comma or stop between them.
  func inClause(of start: Int?, _ index: Int) -> Bool {
    guard let start, start < index, index < words.count else { return false }
    return !scalars[words[start].range.upperBound..<words[index].range.lowerBound].contains {
      $0 == "," || $0 == "." || $0 == ";" || $0 == "\u{060C}" || $0 == "\u{FF0C}"
    }
  }

  /// Whether a sentence's stop stands between the end of word `end - 1` and word `index`.
  func endsSentence(between end: Int, and index: Int) -> Bool {
    guard end > 0, end <= index, index < words.count else { return false }
    return scalars[words[end - 1].range.upperBound..<words[index].range.lowerBound].contains {
      $0 == "." || $0 == "!" || $0 == "?" || $0 == "\u{3002}"
    }
  }

  /// `index`, or the word after it when it is an article in lower case ("at the …").
  func skippingArticle(_ index: Int) -> Int {
    guard index < words.count, !capitalized(index), keys[index].count <= 3,
      vocabulary.isStopWord(keys[index])
    else { return index }
    return index + 1
  }

  /// The end of a run of capitalized words from `start`: a function word that joins no
  /// address to anything ("of", "de") may stand between two of them ("Palacio de Congresos").
  func runEnd(_ start: Int) -> Int {
    var end = start
    // A person may follow the place without a comma ("в Женеве Генеральный секретарь …").
    while end < words.count && end - start < Self.longestPlace && !opensPerson(end) {
      if end > start && !spaced(end) { break }
      if capitalized(end) {
        end += 1
      } else if end > start, let bridge = (1...2).first(where: { bridges(end, $0) }) {
        end += bridge + 1
      } else {
        break
      }
    }
    return min(end, words.count)
  }

  /// Whether `count` function words from `index` stand between two capitalized words and
  /// join no address to anything ("of the", "de").
  private func bridges(_ index: Int, _ count: Int) -> Bool {
    index + count < words.count && capitalized(index + count)
      && (index...index + count).allSatisfy(spaced)
      && (index..<index + count).allSatisfy {
        !capitalized($0) && vocabulary.isStopWord(keys[$0]) && !joins($0)
      }
  }

  /// Whether only spaces or a hyphen stand between the word and the one before it: a name
  /// does not run on over a sentence's or a clause's mark.
  private func spaced(_ index: Int) -> Bool {
    scalars[words[index - 1].range.upperBound..<words[index].range.lowerBound].allSatisfy {
      TextScan.isSpace($0) || $0 == "-"
    }
  }

  /// Whether an office or an honorific starts at the word.
  private func opensPerson(_ index: Int) -> Bool {
    vocabulary.offices.match(keys, at: index) > 0
      || vocabulary.honorifics.match(keys, at: index) > 0
  }

  /// Whether the word joins an address to a person, occasion, subject or place.
  func joins(_ index: Int) -> Bool {
    vocabulary.locatives.match(keys, at: index) > 0 || vocabulary.at.match(keys, at: index) > 0
      || vocabulary.about.match(keys, at: index) > 0 || vocabulary.by.match(keys, at: index) > 0
  }

  /// Whether the words name a place: no office, title or honorific word, no occasion word but
  /// in a building's name, and no date.
  func isPlace(_ range: Range<Int>) -> Bool {
    let named = Array(keys[range])
    let text = span(range)
    return
      !(vocabulary.offices.containsAny(named) || vocabulary.titles.containsAny(named)
      || vocabulary.honorifics.containsAny(named))
      && (!vocabulary.events.containsAny(named) || vocabulary.venues.containsAny(named))
      && vocabulary.dates.find(in: text) == nil && vocabulary.dates.dayAndMonth(in: text) == nil
  }

  /// The end of a name in quotation marks that opens within three words after `start`
  /// ("Дворце культуры «Нефтяник»"), past its closing mark; nil without one.
  func quotedName(after start: Int) -> Int? {
    let last = min(words.count, start + 4)
    guard start + 1 < last else { return nil }
    for index in start + 1..<last {
      let before = words[index].range.lowerBound
      guard before > 0, TextScan.isOpener(scalars[before - 1]) else { continue }
      return scalars[before...].prefix(80).firstIndex(where: TextScan.isCloser).map { $0 + 1 }
    }
    return nil
  }
}
