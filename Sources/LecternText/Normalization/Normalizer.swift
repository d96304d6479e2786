/// Rewrites the written forms a reader expands — numbers, money, dates, times, Roman
/// numerals, abbreviations, odd typography — into what the speech engine should read, per
/// language. It runs on each span after language identification and before the
/// pronunciation lexicons and the ALL-CAPS default, so the plan's `spoken` shows it.
///
/// A form eSpeak NG already reads right is left as written (digits stay digits); only forms
/// it reads wrong are rewritten (the tests record, case by case, what the engine says). The
/// language's words are data in `voices/<lang>.language` (`say-*` sections); numbers are
/// spelled by ICU (``NumberSpeller``). Linear in the text: one pass over its tokens, each
/// recognizer looking a bounded number of tokens ahead.
public struct Normalizer: Sendable, Hashable {
  /// A piece of the source rewritten: characters `start..<end` are spoken as `spoken`.
  public struct Replacement: Sendable, Hashable {
    /// The first character replaced.
    public var start: Int
    /// One past the last character replaced.
    public var end: Int
    /// What is said instead.
    public var spoken: String
  }

  /// Each language's rules, by primary tag.
  private var rules: [String: NormalizationRules] = [:]
  /// Spells numbers; shared, and not part of the normalizer's identity.
  private let speller: NumberSpeller

  /// A normalizer over the `say-*` sections of every language in `languages`.
  public init(languages: LanguageKnowledge = LanguageKnowledge(), speller: NumberSpeller = .shared)
  {
    self.speller = speller
    for language in languages.languages {
      rules[language] = NormalizationRules(languages[language])
    }
  }

  /// Checks every ICU rule set the files name exists for their language (of `only`'s
  /// languages, when given: opening ICU's rules costs a few milliseconds a language).
  ///
  /// - Throws: ``ConfigurationError`` naming the file and line of an unknown rule set.
  public static func validate(
    _ languages: LanguageKnowledge, only: Set<String>? = nil, speller: NumberSpeller = .shared
  ) throws(ConfigurationError) {
    for language in languages.languages where only?.contains(language) ?? true {
      let data = languages[language]
      let rules = NormalizationRules(data)
      let known = Set(speller.ruleSets(language: language))
      for (ruleSet, line) in rules.ruleSets(in: data) where !known.contains(ruleSet) {
        throw ConfigurationError(
          file: data.file, line: line,
          "ICU has no rule set \(ruleSet) for \(language) (it has \(known.sorted().joined(separator: ", ")))"
        )
      }
    }
  }

  /// Equal when the rules are (the speller is shared and stateless to its users).
  public static func == (lhs: Normalizer, rhs: Normalizer) -> Bool { lhs.rules == rhs.rules }

  /// Hashes what ``==`` compares.
  public func hash(into hasher: inout Hasher) { hasher.combine(rules) }

  /// `text` as the engine should read it in `language`. Words for which `keeping` is true
  /// (pronunciation-lexicon entries) are never rewritten.
  public func normalize(
    _ text: String, language: String, keeping: @escaping (String) -> Bool = { _ in false }
  ) -> String {
    let characters = TextScan.characters(text)
    let found = replacements(in: characters, language: language, keeping: keeping)
    if found.isEmpty { return text }
    var result = ""
    var cursor = 0
    for replacement in found {
      result += TextScan.string(characters[cursor..<replacement.start])
      result += replacement.spoken
      cursor = replacement.end
    }
    result += TextScan.string(characters[cursor...])
    return result
  }

  /// The rewrites of `characters`, in order, never overlapping.
  public func replacements(
    in characters: [Character], language: String,
    keeping: @escaping (String) -> Bool = { _ in false }
  ) -> [Replacement] {
    let primary = VoiceLibrary.primaryTag(language)
    let reader = FormReader(
      characters: characters, rules: rules[primary] ?? NormalizationRules(language: primary),
      speller: speller, keeping: keeping)
    return reader.read()
  }
}

/// One pass over one text's tokens: at each token the recognizers are tried in order, and
/// the first that reads a form consumes its tokens.
struct FormReader {
  let characters: [Character]
  let view: TokenView
  let rules: NormalizationRules
  let speller: NumberSpeller
  let keeping: (String) -> Bool

  /// What a recognizer found: tokens up to `end` (exclusive) are said as `spoken`.
  struct Reading {
    var end: Int
    var spoken: String
  }

  init(
    characters: [Character], rules: NormalizationRules, speller: NumberSpeller,
    keeping: @escaping (String) -> Bool
  ) {
    self.characters = characters
    self.view = TokenView(tokens: NormalizationToken.tokens(characters))
    self.rules = rules
    self.speller = speller
    self.keeping = keeping
  }

  var language: String { rules.language }

  /// Every replacement, in order.
  func read() -> [Normalizer.Replacement] {
    var found: [Normalizer.Replacement] = []
    let markups = SayAsMarkup.find(in: characters)
    var nextMarkup = 0
    var index = 0
    let tokens = view.tokens
    while index < tokens.count {
      let token = tokens[index]
      if nextMarkup < markups.count, markups[nextMarkup].start <= token.start {
        let markup = markups[nextMarkup]
        found.append(.init(start: markup.start, end: markup.end, spoken: say(markup)))
        while index < tokens.count, tokens[index].start < markup.end { index += 1 }
        nextMarkup += 1
        continue
      }
      if token.kind == .word, keeping(token.text) {
        index += 1
        continue
      }
      if let reading = recognize(at: index), reading.end > index {
        let end = tokens[reading.end - 1].end
        found.append(.init(start: token.start, end: end, spoken: reading.spoken))
        index = reading.end
      } else {
        index += 1
      }
    }
    return found
  }

  /// The first recognizer that reads a form at `index`.
  func recognize(at index: Int) -> Reading? {
    guard let token = view[index] else { return nil }
    switch token.kind {
    case .number:
      if let reading = date(at: index) ?? time(at: index) ?? money(at: index)
        ?? fraction(at: index) ?? range(at: index)
      {
        return reading
      }
      return compoundNumber(at: index) ?? dialledNumber(at: index) ?? decade(at: index)
        ?? ordinal(at: index)
        ?? percent(at: index)
        ?? numberBeforeWord(at: index) ?? year(at: index) ?? number(at: index)
    case .word:
      return eraMark(at: index) ?? unit(at: index) ?? abbreviation(at: index)
        ?? monthFirstDate(at: index)
        ?? money(at: index)
        ?? romanNumeral(at: index) ?? tatweel(at: index) ?? lostApostrophePrefix(at: index)
    case .symbol:
      return readingGloss(at: index) ?? apostrophe(at: index) ?? money(at: index)
        ?? fraction(at: index)
        ?? abbreviation(at: index) ?? symbol(at: index) ?? joiner(at: index)
    case .space:
      return lostApostropheSuffix(at: index)
    }
  }

  /// A symbol the language's `say-symbols` names (`&` → "and"), not after a number (a
  /// number's `%` is read with it).
  func symbol(at index: Int) -> Reading? {
    guard let token = view[index], let forms = rules.symbols[token.text] else { return nil }
    let spaceBefore = view[index - 1].map { $0.kind == .space } ?? true
    let spaceAfter = view[index + 1].map { $0.kind == .space } ?? true
    let words = forms.form("other")
    return Reading(
      end: index + 1, spoken: (spaceBefore ? "" : " ") + words + (spaceAfter ? "" : " "))
  }

  /// An abbreviation of `say-abbreviations`, of `say-abbreviations-before-numbers` when a
  /// number follows, or of `say-abbreviations-before-names` when a capitalized word follows
  /// past one space.
  func abbreviation(at index: Int) -> Reading? {
    if let (phrase, end) = rules.abbreviations.match(view, at: index) {
      return Reading(end: end, spoken: phrase.value)
    }
    if let (phrase, end) = rules.beforeNumbers.match(view, at: index),
      view.isNumber(view.skippingSpace(end))
    {
      return Reading(end: end, spoken: phrase.value)
    }
    if let (phrase, end) = rules.beforeNames.match(view, at: index), view.isSpace(end),
      let name = view[end + 1], name.kind == .word, name.text.first?.isUppercase == true
    {
      return Reading(end: end, spoken: phrase.value)
    }
    return nil
  }

  /// The text of tokens `start..<end`, as written.
  func text(_ start: Int, _ end: Int) -> String {
    guard start < end, let first = view[start], let last = view[end - 1] else { return "" }
    return TextScan.string(characters[first.start..<last.end])
  }
}
