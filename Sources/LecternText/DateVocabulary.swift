import Foundation

/// The month and weekday names of every supported language, and the words their long date
/// patterns put between day, month and year ("de", "г", 年 月 日), all read from ICU through
/// Foundation's `DateFormatter` — no month table is written by hand.
///
/// Names are keyed by ``WordKey`` (case and accents folded), so "FEVRIER", "février" and
/// "Février" are one month; names of several words ("تشرين الأول", "segunda-feira") are
/// matched as word sequences.
struct DateVocabulary: Sendable {
  /// What a name stands for.
  enum Meaning: Sendable, Hashable {
    /// A month, 1…12.
    case month(Int)
    /// A day of the week.
    case weekday
  }

  /// Names by their first word: the name's words and meaning, longest first.
  private var names: [String: [(words: [String], meaning: Meaning)]] = [:]
  /// Words a long date pattern puts between its fields ("de", 年, 月).
  private(set) var fillers: Set<String> = []
  /// Words a long date pattern puts after its last field ("г", 日).
  private(set) var trailers: Set<String> = []

  /// The vocabulary of the ICU locales named (`fr`, `es`, `ar_LB` …); English is always read.
  /// `trailers`: more words that may follow a date's year as part of it (`[date-trailers]`,
  /// an era's mark: "ديسمبر2025م"), which no ICU pattern writes.
  init(locales: [String], trailers: [String] = []) {
    for identifier in Set(locales + ["en"]).sorted() {
      let locale = LocaleDateNames.of(identifier)
      for list in locale.monthLists {
        for (index, name) in list.enumerated() { add(name, .month(index + 1)) }
      }
      for name in locale.weekdayLists.joined() { add(name, .weekday) }
      for pattern in locale.longPatterns { addLiterals(of: pattern) }
    }
    for key in names.keys { names[key]?.sort { $0.words.count > $1.words.count } }
    for trailer in trailers { self.trailers.formUnion(WordKey.keys(trailer)) }
  }

  /// The longest name starting at `keys[start]`: its length in words and its meaning.
  func name(_ keys: [String], at start: Int) -> (count: Int, meaning: Meaning)? {
    guard start < keys.count else { return nil }
    for candidate in names[keys[start], default: []]
    where start + candidate.words.count <= keys.count
      && Array(keys[start..<(start + candidate.words.count)]) == candidate.words
    {
      return (candidate.words.count, candidate.meaning)
    }
    return nil
  }

  private mutating func add(_ name: String, _ meaning: Meaning) {
    let words = WordKey.keys(name)
    guard let first = words.first else { return }
    // A one-letter abbreviation ("J" for January in some locales) would find dates everywhere.
    if words.count == 1 && first.count < 2 { return }
    if names[first, default: []].contains(where: { $0.words == words }) { return }
    names[first, default: []].append((words, meaning))
  }

  /// Records the literal words of an ICU date pattern: quoted text ('de', 'г') and letters
  /// outside the ASCII pattern letters (年, 月, 日, 년, 일). A literal after the last field is
  /// a trailer ("2019 г.", "30日"); the others are fillers.
  private mutating func addLiterals(of pattern: String) {
    var literals: [String] = []
    var trailing = 0  // how many of the last literals no field follows
    var quoted = false
    var current = ""
    for character in pattern {
      if character == "'" {
        quoted.toggle()
        if quoted {
          current = ""
        } else if !current.isEmpty {
          literals.append(current)
          trailing += 1
        }
      } else if quoted {
        current.append(character)
      } else if character.isLetter && !character.isASCII {
        literals.append(String(character))
        trailing += 1
      } else if character.isASCII && character.isLetter {
        trailing = 0
      }
    }
    for (index, literal) in literals.enumerated() {
      let isTrailer = index >= literals.count - trailing
      for key in WordKey.keys(literal) {
        if isTrailer { trailers.insert(key) } else { fillers.insert(key) }
      }
    }
  }
}
