import Foundation

/// What one language's `say-*` sections of `voices/<lang>.language` say about reading
/// written forms: separators, ordinal suffixes, currency and scale words, date and time
/// patterns, abbreviations. Parsed once per language; see `voices/README.md`.
struct NormalizationRules: Sendable, Hashable {
  /// The language (BCP 47 primary tag), also the ICU locale numbers are spelled in.
  var language: String
  /// `say-numbers`: settings (`decimal`, `grouping`, `digits-up-to`, `range`, `regnal` …).
  var numbers: [String: String] = [:]
  /// `say-ordinals`: a suffix after digits (`st`, `e`, `.ª`, `-й`) → ICU rule set.
  var ordinals: [String: String] = [:]
  /// `stop-words`, in lower case: words a one-letter Roman numeral with a suffix may spell
  /// ("Io", "Va"), which are never read as numbers.
  var stopWords: Set<String> = []
  /// `say-ordinal-after`: a word before an ordinal (`am`) → the rule set it requires.
  var ordinalAfter: [String: String] = [:]
  /// `say-number-before`: a word after a number (`году`) → rule set and replacement words.
  var numberBefore: KeyedPhrases = KeyedPhrases()
  /// `say-symbols`: `%`, `&` … → the words said for them, by plural category.
  var symbols: [String: PluralForms] = [:]
  /// `say-currencies`: a symbol or code (`$`, `€`, `USD`) → its name, by plural category.
  var currencies: [String: PluralForms] = [:] {
    didSet { currencyShapes = KeyShapes(currencies.keys) }
  }
  /// The shapes of ``currencies``' keys: every word is asked whether it is a currency.
  private var currencyShapes = KeyShapes()
  /// `say-scales`: `million`, `bn`, `Mio.` → the scale word said, by plural category
  /// (``PluralForms`` syntax).
  var scales: KeyedPhrases = KeyedPhrases()
  /// `say-money`: `after-scale`, `scale-linker`, `scale-linker-before-vowel`.
  var money: [String: String] = [:]
  /// `say-dates`: `order`, `pattern`, `pattern-month-first`, `day`, `year` …
  var dates: [String: String] = [:]
  /// Month names to say, January first, as ICU formats them in a date ("октября").
  var monthNames: [String] = []
  /// Month spellings (lower case, without a final full stop) → 1…12: ICU's names and
  /// abbreviations, standalone and in dates, and `say-months` (spellings ICU lacks: `sept`).
  var months: [String: Int] = [:]
  /// Whether the language writes month names with a capital (then "may" is no month).
  var capitalizedMonths = false
  /// The first letters (lower case) of every month spelling: most words are rejected by one
  /// set lookup, without lower-casing them.
  var monthInitials: Set<Character> = []
  /// `say-dates` `year-words`: words after a year that the pattern's `year-suffix` replaces.
  var yearWords: KeyedPhrases = KeyedPhrases()
  /// `say-times`: `pattern`, `on-the-hour`, `minute-zero`, `hour-marks`, `after`.
  var times: [String: String] = [:]
  /// `say-roman`: a word before a Roman numeral (`Article`, `World War`) → ICU rule set.
  var roman: KeyedPhrases = KeyedPhrases()
  /// `say-abbreviations`: written → spoken, anywhere.
  var abbreviations: KeyedPhrases = KeyedPhrases()
  /// `say-abbreviations-before-numbers`: written → spoken, only before a number (`No.`).
  var beforeNumbers: KeyedPhrases = KeyedPhrases()
  /// `say-abbreviations-before-names`: written → spoken, only before a capitalized word
  /// (`St` → "Saint" in "St Patrick", not in "Main St").
  var beforeNames: KeyedPhrases = KeyedPhrases()
  /// `say-units`: a unit's symbol after a number (`km`, any case) → its name, by plural
  /// category (``PluralForms`` syntax).
  var units: KeyedPhrases = KeyedPhrases()
  /// `say-fractions`: `1/2`, `½` → the words.
  var fractions: [String: String] = [:]
  /// `say-roman-before-ending`: the ending of the word after a Roman numeral → the rule set
  /// of the ordinal agreeing with it (`ом = %spellout-ordinal-masculine-locative`).
  var romanBeforeEnding: [String: String] = [:]
  /// `say-roman-after-ending`: the ending of the adjective or pronoun before a Roman numeral
  /// → the rule set of the ordinal agreeing with it, when the word after shows no case
  /// (`ого = %spellout-ordinal-masculine-genitive`: "сегодняшнего IV Съезда").
  var romanAfterEnding: [String: String] = [:]
  /// `say-compound-numbers`: `stem`, the rule set whose words, glued, are a number's stem in
  /// a compound ("трехсот" in "трехсотлетие"), and words of it said otherwise there (`ста =
  /// сто`: "столетие").
  var compoundNumbers: [String: String] = [:]
  /// `say-compound-heads`: the starts of the words a number joins by a hyphen into one
  /// compound word (`лет`: "300-летием", "25-летний").
  var compoundHeads: [String] = []
  /// `say-digits-before`, in lower case: nouns that make a short number in quotation marks a
  /// few words before them a telephone number, said digit by digit ("our “110” Duty Command
  /// Center": "one one zero").
  var digitsBefore: Set<String> = []
  /// `say-digits-after`, in lower case: words after which a number is dialled (`dial 911`).
  var digitsAfter: Set<String> = []
  /// `say-lost-apostrophes`: the pieces a copy cut from a word by dropping its apostrophe,
  /// lower case: those said with the word before ("s" of "’s", "t" of "n’t") and those said
  /// with the word after ("l" of "l’", "qu" of "qu’").
  var apostropheSuffixes: Set<String> = []
  /// See ``apostropheSuffixes``.
  var apostrophePrefixes: Set<String> = []
  /// `say-era-marks`: a calendar's mark after a year (`م = ميلادية`: "1878م") → its words.
  var eraMarks: [String: String] = [:]

  /// The section names this type reads, and their kinds, for ``LanguageData/sections``.
  static let sections: [String: LanguageData.SectionKind] = [
    "say-numbers": .table, "say-ordinals": .table, "say-ordinal-after": .table,
    "say-number-before": .table, "say-symbols": .table, "say-currencies": .table,
    "say-scales": .table, "say-money": .table, "say-dates": .table, "say-months": .table,
    "say-times": .table, "say-roman": .table, "say-abbreviations": .table,
    "say-abbreviations-before-numbers": .table, "say-fractions": .table,
    "say-roman-before-ending": .table, "say-abbreviations-before-names": .table,
    "say-units": .table, "say-roman-after-ending": .table, "say-compound-numbers": .table,
    "say-compound-heads": .list, "say-digits-before": .list, "say-digits-after": .list,
    "say-lost-apostrophes": .list, "say-era-marks": .table,
  ]

  /// The rules of `data`'s language.
  init(_ data: LanguageData) {
    language = data.language
    numbers = data.table("say-numbers")
    grouping = Self.separators(numbers["grouping"] ?? "")
    decimal = Self.separators(numbers["decimal"] ?? "")
    decimalMark = numbers["decimal"]?.hasPrefix("comma") == true ? "," : "."
    ordinals = data.table("say-ordinals")
    stopWords = Set(data.list("stop-words").map { $0.lowercased() })
    ordinalAfter = Dictionary(
      data.table("say-ordinal-after").map { ($0.key.lowercased(), $0.value) },
      uniquingKeysWith: { first, _ in first })
    numberBefore = KeyedPhrases(data.table("say-number-before"))
    symbols = data.table("say-symbols").mapValues(PluralForms.init)
    currencies = data.table("say-currencies").mapValues(PluralForms.init)
    currencyShapes = KeyShapes(currencies.keys)  // `didSet` is not called in an initializer
    scales = KeyedPhrases(data.table("say-scales"))
    money = data.table("say-money")
    romanBeforeEnding = data.table("say-roman-before-ending")
    romanAfterEnding = data.table("say-roman-after-ending")
    dates = data.table("say-dates")
    yearWords = KeyedPhrases(
      Dictionary(
        (dates["year-words"] ?? "").split(separator: "|").map {
          (String($0).trimmingWhitespace(), "")
        }, uniquingKeysWith: { first, _ in first }))
    (monthNames, months) = Self.months(language: data.language)
    capitalizedMonths = monthNames.first?.first?.isUppercase == true
    for (spelling, number) in data.table("say-months") {
      if let number = Int(number), (1...12).contains(number) {
        months[Self.monthKey(spelling)] = number
      }
    }
    monthInitials = Set(months.keys.compactMap(\.first))
    times = data.table("say-times")
    roman = KeyedPhrases(data.table("say-roman"), ignoringCase: true)
    abbreviations = KeyedPhrases(data.table("say-abbreviations"))
    beforeNumbers = KeyedPhrases(data.table("say-abbreviations-before-numbers"))
    beforeNames = KeyedPhrases(data.table("say-abbreviations-before-names"))
    units = KeyedPhrases(data.table("say-units"), ignoringCase: true)
    fractions = data.table("say-fractions")
    compoundNumbers = data.table("say-compound-numbers")
    compoundHeads = data.list("say-compound-heads")
    digitsBefore = Set(data.list("say-digits-before").map { $0.lowercased() })
    digitsAfter = Set(data.list("say-digits-after").map { $0.lowercased() })
    eraMarks = data.table("say-era-marks")
    for entry in data.list("say-lost-apostrophes") {
      let piece = entry.lowercased()
      if piece.hasPrefix("’") || piece.hasPrefix("'") {
        apostropheSuffixes.insert(String(piece.dropFirst()))
      } else if piece.hasSuffix("’") || piece.hasSuffix("'") {
        apostrophePrefixes.insert(String(piece.dropLast()))
      }
    }
  }

  /// Empty rules: only the language-independent readings apply.
  init(language: String) {
    self.language = language
  }

  /// ICU's month names in `language` (the format form) and every spelling it knows.
  static func months(language: String) -> ([String], [String: Int]) {
    let names = LocaleDateNames.of(language)
    var lookup: [String: Int] = [:]
    for list in names.monthLists {
      for (offset, name) in list.enumerated() where lookup[monthKey(name)] == nil {
        lookup[monthKey(name)] = offset + 1
      }
    }
    return (names.months, lookup)
  }

  /// A month spelling as looked up: lower case, without a final full stop.
  static func monthKey(_ spelling: String) -> String {
    let lower = spelling.lowercased()
    return lower.hasSuffix(".") ? String(lower.dropLast()) : lower
  }

  /// Marks between the digits of a number.
  struct Separators: Sendable, Hashable {
    /// The marks (`,`, `.`, `٬` …).
    var characters: Set<Character> = []
    /// Whether any space separates groups ("1 200").
    var space = false
    /// Whether a no-break or thin space does.
    var nbsp = false
  }

  /// `say-numbers` `grouping`: the marks between groups of three digits.
  var grouping = Separators()
  /// `say-numbers` `decimal`: the decimal marks; the first one named is said.
  var decimal = Separators()
  /// The decimal mark the engine gets.
  var decimalMark = "."

  /// The separators named by a `say-numbers` setting (`comma period space nbsp apostrophe
  /// arabic-comma arabic-thousands`).
  static func separators(_ value: String) -> Separators {
    var characters: Set<Character> = []
    var space = false
    var nbsp = false
    for name in value.split(separator: " ") {
      switch name {
      case "comma": characters.insert(",")
      case "period": characters.insert(".")
      case "apostrophe": characters.formUnion(["'", "’"])
      case "arabic-comma": characters.insert("٫")  // the Arabic decimal separator
      case "arabic-thousands": characters.insert("٬")
      case "space": space = true
      case "nbsp": nbsp = true
      default: break
      }
    }
    return Separators(characters: characters, space: space, nbsp: nbsp)
  }

  /// The ICU rule sets the rules name, with the file line, for validation.
  func ruleSets(in data: LanguageData) -> [(ruleSet: String, line: Int)] {
    var found: [(String, Int)] = []
    for section in [
      "say-ordinals", "say-ordinal-after", "say-number-before", "say-roman",
      "say-dates", "say-numbers", "say-roman-before-ending", "say-compound-numbers",
    ] {
      for entry in data.entries[section, default: []] {
        for word in (entry.value ?? "").split(whereSeparator: { " {}".contains($0) })
        where word.hasPrefix("%") {
          found.append((String(word), entry.line))
        }
      }
    }
    return found
  }

  /// The currency `say-currencies` names `written` (a symbol or code), if any.
  func currency(_ written: String) -> PluralForms? {
    currencyShapes.mayHold(written) ? currencies[written] : nil
  }
}
