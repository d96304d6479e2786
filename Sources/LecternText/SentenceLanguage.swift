/// How identification decides the language of one utterance, and what it leaves in doubt.
///
/// A sentence switches voice only when identification is confident and the language has a
/// voice profile: the whole sentence must be identified reliably as that language over
/// ``switchShare`` of its letters, with at least ``minimumWords`` words and
/// ``minimumLetters`` bytes of letters, *and* its words that are not names must be in that
/// language too. Names are not a language: capitalized words after the first (people,
/// places, institutions) are left out of that second look, so "I thank Señora Martínez,
/// Herr Müller and Monsieur Dubois." stays English whatever the names say. Shorter phrases
/// are the phrase lexicons' and the markup's job. The thresholds were measured on the corpus
/// (README, "Language identification"): below them, false switches appear in English
/// addresses full of foreign names.
struct SentenceLanguage: Sendable, Hashable {
  /// The share of the letters the language must hold, 0…1.
  static let switchShare = 0.9
  /// The fewest words a sentence identified on its own must have.
  static let minimumWords = 3
  /// The fewest bytes of letters the identifier must have seen.
  static let minimumLetters = 20
  /// The same for a quotation, which its marks already set apart from the sentence around
  /// it ("das Lied „I did it my way“"): 12 bytes, three short words. Measured on the corpus's
  /// quotations: none shorter than 20 bytes is wrongly identified into a language a profile
  /// speaks; names inside quotations are kept out by the words-that-are-not-names check.
  static let minimumQuotedLetters = 12
  /// The fewest words left once names are taken out.
  static let minimumPlainWords = 2
  /// The same in the narrator's intro, which Lectern writes in the document's language around
  /// the header's facts: a short fact ("Forum du port de Velmar.", "Allocution par maire.")
  /// gives identification too few words to tell French from Interlingua or English, and a
  /// narrator reads a short foreign name in their own voice anyway. A whole title or occasion
  /// in another language, six words of it or more, is still read in that language.
  static let minimumNarratorPlainWords = 6
  /// From this share a foreign language that does not switch is listed by `check`.
  static let doubtShare = 0.5

  /// The utterance's language and what `check` should show about it.
  struct Decision: Hashable {
    /// The language the utterance's own-script text is spoken in.
    var language: String
    /// What identification said of the whole utterance, if it was asked.
    var guess: LanguageGuess?
    /// Why a human may want to decide, if anything.
    var doubt: LanguageAnnotation.Doubt?
  }

  /// The text identification looks at: markup (`[xx: …]`, `[[…]]`) removed, since its
  /// language is stated.
  static func evidence(_ utterance: String) -> String {
    // Markup opens with `[`: without one the evidence is the utterance itself, and copying
    // every utterance character by character cost a tenth of planning time.
    guard TextScan.holds(UInt8(ascii: "["), in: utterance) else { return utterance }
    let characters = Array(utterance)
    var text = ""
    var cursor = 0
    for markup in LanguageMarkup.find(in: characters) {
      text += TextScan.string(characters[cursor..<markup.start]) + " "
      cursor = markup.end
    }
    text += TextScan.string(characters[cursor...])
    return text
  }

  /// The text without its quotations (`« … »`, `“ … ”`, `„ … “`, `" … "`).
  static func withoutQuotations(_ text: String) -> String {
    // Without an opening quote the text is returned as it is, not copied character by character.
    guard text.unicodeScalars.contains(where: opensQuotation) else { return text }
    var result = ""
    var closing: Character?
    for character in text {
      if let close = closing {
        if character == close { closing = nil }
        continue
      }
      if let close = LanguageAnnotator.closingQuote(character) {
        closing = close
        result.append(" ")
      } else {
        result.append(character)
      }
    }
    return result
  }

  /// Whether the scalar is one of the opening quotes of ``LanguageAnnotator/closingQuote(_:)``:
  /// text without any has no quotation, and is not scanned character by character for one.
  static func opensQuotation(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "«" || scalar == "“" || scalar == "„" || scalar == "\""
  }

  /// The words of `text` that are not names: capitalized words other than the first, and
  /// words with digits, are left out.
  static func plainWords(_ text: String) -> [String] {
    TextScan.words(text).enumerated().compactMap { index, word in
      if word.contains(where: \.isNumber) { return nil }
      if index > 0, let first = word.first, first.isUppercase { return nil }
      return word
    }
  }
}

extension LanguageAnnotator {
  /// The language an utterance is read in, by the rules of ``SentenceLanguage``.
  func sentenceLanguage(
    _ utterance: String, _ context: SpanContext,
    minimumLetters: Int = SentenceLanguage.minimumLetters
  ) -> SentenceLanguage.Decision {
    let document = VoiceLibrary.primaryTag(context.documentLanguage)
    let paragraph = context.paragraphLanguage
    guard let identifier else { return .init(language: paragraph ?? document) }
    let evidence = SentenceLanguage.evidence(utterance)
    let guess = canonical(identifier.identify(evidence))
    var decision = SentenceLanguage.Decision(language: paragraph ?? document, guess: guess)
    let words = TextScan.wordsCount(evidence, limit: SentenceLanguage.minimumWords)
    guard guess.isKnown, words >= SentenceLanguage.minimumWords else { return decision }
    if guess.language == document {
      // A sentence surely in the document's language stays in it inside a foreign paragraph.
      if guess.reliable && guess.confidence >= SentenceLanguage.switchShare {
        decision.language = document
      }
      return decision
    }
    let sure =
      guess.reliable && guess.confidence >= SentenceLanguage.switchShare
      && guess.letters >= minimumLetters
    // Names are not a language: the words that are not names must be in it too.
    let plain = SentenceLanguage.plainWords(evidence)
    let fewest =
      context.role == .narrator
      ? SentenceLanguage.minimumNarratorPlainWords : SentenceLanguage.minimumPlainWords
    let plainGuess =
      plain.count >= fewest
      ? canonical(identifier.identify(plain.joined(separator: " "), bestEffort: true)) : nil
    if sure, plainGuess?.language == guess.language,
      !holdsOnlyFunctionWords(of: document, against: guess.language, evidence)
    {
      if library.profile(forLanguage: guess.language) != nil {
        decision.language = guess.language
      } else {
        decision.doubt = .noProfile(language: guess.language)
      }
    } else if guess.language != paragraph, guess.confidence >= SentenceLanguage.doubtShare / 2,
      guess.letters >= SentenceLanguage.minimumLetters
    {
      decision.doubt =
        library.profile(forLanguage: guess.language) == nil
        ? .noProfile(language: guess.language)
        : .lowConfidence(language: guess.language, confidence: guess.confidence)
    }
    return decision
  }
}

extension LanguageAnnotator {
  /// Whether a sentence holds function words of the document's language (two or more) and
  /// few of the language identification names (half as many at most): on a short sentence CLD2 may take French for
  /// English ("À l'occasion de la fête nationale."), but no English sentence is written
  /// without one of its function words. Nil lists (a language without a file) decide nothing.
  func holdsOnlyFunctionWords(
    of document: String, against language: String, _ text: String
  ) -> Bool {
    let keys = WordKey.keys(TextScan.prefix(text, 400))
    guard let foreign = structure.stopWords.count(keys, in: language),
      let own = structure.stopWords.count(keys, in: document)
    else { return false }
    // Word keys drop accents, and lists share words: French "à" is English "a", and the
    // English list holds the "de" of names. Half as many are let pass.
    return own >= 2 && foreign * 2 <= own
  }
}

extension LanguageAnnotator {
  /// Quotations of at least ``SentenceLanguage/minimumWords`` words in `characters[start..<end]`
  /// that identification is sure are in another language than `host`, with that language:
  /// "As Verlaine wrote: « Il pleure dans mon cœur … »" is English with a French quotation.
  func foreignQuotations(
    _ characters: [Character], _ start: Int, _ end: Int, host: String, _ context: SpanContext
  ) -> [(range: Range<Int>, language: String)] {
    guard identifier != nil else { return [] }
    var found: [(range: Range<Int>, language: String)] = []
    var index = start
    while index < end {
      guard let close = Self.closingQuote(characters[index]) else {
        index += 1
        continue
      }
      guard let last = characters[(index + 1)..<end].firstIndex(of: close) else { break }
      let inner = TextScan.string(characters[(index + 1)..<last])
      if TextScan.words(inner).count >= SentenceLanguage.minimumWords {
        let quoted = SpanContext(documentLanguage: host, role: context.role)
        let decision = sentenceLanguage(
          inner, quoted, minimumLetters: SentenceLanguage.minimumQuotedLetters)
        if decision.language != host { found.append((index..<(last + 1), decision.language)) }
      }
      index = last + 1
    }
    return found
  }

  /// The foreign quotations of a whole utterance (`characters` are its characters): none
  /// without an opening quote scalar, so that such text is not compared character by character.
  func foreignQuotations(
    of utterance: String, _ characters: [Character], host: String, _ context: SpanContext
  ) -> [(range: Range<Int>, language: String)] {
    guard utterance.unicodeScalars.contains(where: SentenceLanguage.opensQuotation) else {
      return []
    }
    return foreignQuotations(characters, 0, characters.count, host: host, context)
  }

  /// The closing quote that matches an opening one, if `character` opens a quotation.
  static func closingQuote(_ character: Character) -> Character? {
    switch character {
    case "«": "»"
    case "“": "”"
    case "„": "“"
    case "\"": "\""
    default: nil
    }
  }
}
