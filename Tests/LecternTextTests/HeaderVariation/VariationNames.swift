/// Invented words for the header-variation suite: people, countries, forums and cities that
/// no language file or lexicon holds (the suite checks that), written in the script of each
/// language: pseudo-words of Latin syllables, spelt letter by letter in Cyrillic or Arabic,
/// or drawn from Han characters used in transcriptions.
struct VariationNames {
  /// The script a language writes invented names in.
  enum Style: Sendable { case latin, cyrillic, arabic, han }

  /// A person: given name and surname, as written alone (nominative).
  struct Person {
    var given: String
    var surname: String
    /// The name in the oblique case (Russian genitive adds -а to both).
    var oblique: String
    /// The name as a headline or a name line writes it.
    var full: String
  }

  var random: SeededRandom
  let style: Style

  init(seed: UInt64, style: Style) {
    random = SeededRandom(state: seed)
    self.style = style
  }

  private static let onsets = [
    "b", "d", "k", "l", "m", "n", "r", "s", "t", "v", "z", "br", "tr", "dr",
  ]
  private static let vowels = ["a", "e", "i", "o", "u"]
  private static let codas = ["", "", "n", "r", "l", "s"]

  /// A pseudo-word of `syllables` Latin syllables, lower case.
  private mutating func latin(_ syllables: Int, closed: Bool = false) -> String {
    var word = ""
    for index in 0..<syllables {
      word += Self.onsets.randomElement(using: &random) ?? "k"
      word += Self.vowels.randomElement(using: &random) ?? "a"
      if index == syllables - 1 && closed {
        word += ["n", "r", "l", "s", "m"].randomElement(using: &random) ?? "n"
      } else if index > 0 {
        word += Self.codas.randomElement(using: &random) ?? ""
      }
    }
    return word
  }

  private static let cyrillic: [Character: String] = [
    "b": "б", "d": "д", "k": "к", "l": "л", "m": "м", "n": "н", "r": "р", "s": "с", "t": "т",
    "v": "в", "z": "з", "a": "а", "e": "е", "i": "и", "o": "о", "u": "у",
  ]
  private static let arabicLetters: [Character: String] = [
    "b": "ب", "d": "د", "k": "ك", "l": "ل", "m": "م", "n": "ن", "r": "ر", "s": "س", "t": "ت",
    "v": "ف", "z": "ز", "a": "ا", "e": "ي", "i": "ي", "o": "و", "u": "و",
  ]
  private static let han = Array("瓦尔多利亚特万凯斯拉维纳贝洛卡索塔兰德")
  private static let hanSurnames = Array("柯蓝晏荀宓阙隗殳")
  private static let hanGiven = Array("澈岚骁琨珂珩璟翊昶暄")

  private static func capitalized(_ word: String) -> String {
    word.prefix(1).uppercased() + word.dropFirst()
  }

  private func spelt(_ word: String) -> String {
    switch style {
    case .latin, .han: return Self.capitalized(word)
    case .cyrillic:
      return Self.capitalized(word.map { Self.cyrillic[$0] ?? "" }.joined())
    case .arabic: return word.map { Self.arabicLetters[$0] ?? "" }.joined()
    }
  }

  /// A place-like word: a country, a forum or a city.
  mutating func place() -> String {
    if style == .han {
      let count = Int.random(in: 3...4, using: &random)
      return String((0..<count).compactMap { _ in Self.han.randomElement(using: &random) })
    }
    return spelt(latin(Int.random(in: 2...3, using: &random), closed: style == .cyrillic))
  }

  /// A person with an invented name.
  mutating func person() -> Person {
    if style == .han {
      let surname = String(Self.hanSurnames.randomElement(using: &random) ?? "柯")
      let given = String((0..<2).compactMap { _ in Self.hanGiven.randomElement(using: &random) })
      return Person(
        given: given, surname: surname + given, oblique: surname + given, full: surname + given)
    }
    let given = spelt(latin(2, closed: true))
    var surname = spelt(latin(Int.random(in: 2...3, using: &random), closed: style != .cyrillic))
    if style == .cyrillic {
      surname += ["ов", "ев", "ин"].randomElement(using: &random) ?? "ов"
      return Person(
        given: given, surname: surname, oblique: given + "а " + surname + "а",
        full: given + " " + surname)
    }
    return Person(
      given: given, surname: surname, oblique: given + " " + surname, full: given + " " + surname)
  }
}
