import LecternSystem

/// Cuts utterances into spans of one language and voice, from a voice library and lexicons.
///
/// In order of precedence: explicit markup (`[ru: …]`, see ``LanguageMarkup``); phrases of
/// phrase lexicons (`Bolshoye Spasibo` → ru, spoken `Большое спасибо`); the language of the
/// whole sentence when identification is confident (see ``SentenceLanguage``); the script of
/// the letters (Cyrillic → ru, Han → zh, as `languages.conf` says). Punctuation, digits and
/// spaces join the span before them, opening brackets and quotes the one after. Each span's
/// text is then normalized in its language (numbers, dates, money, abbreviations: see
/// ``Normalizer``), and goes through its language's pronunciation lexicons, and text of the
/// sentence's language through the ALL-CAPS default (see ``PronunciationRules``). Only
/// lexicon entries give eSpeak NG phonemes: the document's own `[[…]]` is spoken as written
/// (see ``PhonemeInput``).
public struct LanguageAnnotator: LanguageAnnotating, Sendable, Hashable {
  /// The voices and script languages.
  public let library: VoiceLibrary
  /// Every language's word lists (`voices/<lang>.language`).
  public let languages: LanguageKnowledge
  /// The language identifier; without one, the script of the letters decides alone.
  public let identifier: (any LanguageIdentifying)?
  let phrases: PhraseMatcher
  /// The furniture, header and date vocabulary of ``languages``, for the planner.
  let structure: StructureVocabulary
  private let rules: PronunciationRules
  /// Identifier answers that count as another language (`ms` → `id`), from the
  /// `[identified-as]` sections of the language files.
  private let identifiedAs: [String: String]
  /// Reads written forms (numbers, dates, money …) as words, per span language.
  public let normalizer: Normalizer

  /// Creates an annotator over `library`, the lexicons (phrases and pronunciation), the
  /// languages' word lists and, optionally, a language identifier.
  public init(
    library: VoiceLibrary, lexicons: [Lexicon], languages: LanguageKnowledge = LanguageKnowledge(),
    identifier: (any LanguageIdentifying)? = nil
  ) {
    self.library = library
    self.languages = languages
    self.identifier = identifier
    // The structure vocabulary, the largest part, is built on a second core while this one
    // compiles the rest.
    (structure, (phrases, rules, normalizer)) = JoinedThreads.meanwhile({
      StructureVocabulary(languages)
    }) {
      (
        PhraseMatcher(
          lexicons: lexicons, articles: PhraseArticles(languages.lists("phrase-articles"))),
        PronunciationRules(lexicons: lexicons, emphasis: languages.lists("capitals-words")),
        Normalizer(languages: languages)
      )
    }
    var aliases: [String: String] = [:]
    for (language, answer) in languages.lists("identified-as") {
      aliases[VoiceLibrary.primaryTag(answer)] = language
    }
    identifiedAs = aliases
  }

  /// Loads the profiles, `languages.conf`, lexicons and `.language` files of a voices folder.
  /// `checkingRuleSets: false` leaves the ICU rule sets the language files name unchecked,
  /// for a caller that checks those of the languages it uses (``Normalizer/validate(_:only:speller:)``).
  ///
  /// - Throws: ``ConfigurationError`` naming the file and line at fault.
  public static func load(
    directory: String, availableVoices: Set<String>? = nil,
    availableVariants: Set<String>? = nil, identifier: (any LanguageIdentifying)? = nil,
    checkingRuleSets: Bool = true
  ) throws
    -> LanguageAnnotator
  {
    // The profiles and lexicons are read while the language files are (and ICU's date names).
    let (languages, (library, lexicons)) = try LanguageKnowledge.load(directory: directory) {
      () throws(ConfigurationError) in
      let library = try VoiceLibrary.load(
        directory: directory, availableVoices: availableVoices,
        availableVariants: availableVariants)
      return (library, try Lexicon.loadAll(directory: directory))
    }
    if checkingRuleSets { try Normalizer.validate(languages) }
    return LanguageAnnotator(
      library: library, lexicons: lexicons, languages: languages, identifier: identifier)
  }

  /// Equal when the library, word lists, lexicons and identifier are.
  public static func == (lhs: LanguageAnnotator, rhs: LanguageAnnotator) -> Bool {
    lhs.library == rhs.library && lhs.languages == rhs.languages && lhs.phrases == rhs.phrases
      && lhs.rules == rhs.rules && lhs.identifier?.name == rhs.identifier?.name
  }

  /// Hashes what ``==`` compares.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(library)
    hasher.combine(languages)
    hasher.combine(identifier?.name)
  }

  /// The language of the script most of `text`'s letters are in (kana makes Han Japanese).
  public func documentLanguage(of text: String) -> String {
    scriptGuess(text).language
  }

  /// The language of a paragraph, when identification is sure of one other than the
  /// document's and a profile speaks it.
  public func paragraphLanguage(of text: String, documentLanguage: String) -> String? {
    guard let identifier else { return nil }
    // Quotations are identified on their own: "As Verlaine wrote: « … »" is no French paragraph.
    let evidence = SentenceLanguage.withoutQuotations(SentenceLanguage.evidence(text))
    let guess = canonical(identifier.identifySampled(evidence))
    guard guess.reliable, guess.confidence >= SentenceLanguage.switchShare,
      guess.language != VoiceLibrary.primaryTag(documentLanguage),
      library.profile(forLanguage: guess.language) != nil,
      SentenceLanguage.plainWords(evidence).count >= 2 * SentenceLanguage.minimumWords
    else { return nil }
    return guess.language
  }

  /// The guess with identifier answers mapped to the languages the voices folder speaks.
  func canonical(_ guess: LanguageGuess) -> LanguageGuess {
    var guess = guess
    if let language = identifiedAs[guess.language] { guess.language = language }
    if let second = guess.secondLanguage, let language = identifiedAs[second] {
      guess.secondLanguage = language
    }
    return guess
  }

  /// An identifier answer as the language the voices folder speaks (`ms` → `id`).
  func canonical(_ language: String) -> String {
    identifiedAs[language] ?? language
  }

  /// The language of the script most of `text`'s letters are in, with its share of them.
  func scriptGuess(_ text: String) -> LanguageGuess {
    // Counted in an array: a dictionary keyed by a string-backed enum hashes the string.
    var tally = [Int](repeating: 0, count: Script.allCases.count)
    for scalar in text.unicodeScalars { tally[Script(of: scalar).ordinal] += 1 }
    var counts: [Script: Int] = [:]
    for script in Script.allCases where script != .common && script != .other {
      if tally[script.ordinal] > 0 { counts[script] = tally[script.ordinal] }
    }
    if let kana = counts[.kana], let han = counts.removeValue(forKey: .han) {
      counts[.kana] = kana + han
    }
    let dominant = counts.max {
      $0.value < $1.value || ($0.value == $1.value && $0.key.rawValue > $1.key.rawValue)
    }
    let total = counts.values.reduce(0, +)
    guard let dominant, let language = library.language(of: dominant.key) else {
      return LanguageGuess(language: "en", confidence: 0, reliable: false, letters: 0)
    }
    let share = Double(dominant.value) / Double(max(1, total))
    return LanguageGuess(
      language: language, confidence: share, reliable: share >= 0.5, letters: total)
  }

  /// The spans of `utterance`.
  public func spans(for utterance: String, documentLanguage: String, role: VoiceRole) -> [Span] {
    annotate(utterance, context: SpanContext(documentLanguage: documentLanguage, role: role))
      .spans
  }

  /// The spans of `utterance` in `context`.
  public func spans(for utterance: String, context: SpanContext) -> [Span] {
    annotate(utterance, context: context).spans
  }

  /// The spans of `utterance`, with the decisions `lectern check` shows.
  public func annotate(
    _ utterance: String, documentLanguage: String, role: VoiceRole
  ) -> LanguageAnnotation {
    annotate(utterance, context: SpanContext(documentLanguage: documentLanguage, role: role))
  }

  /// The spans of `utterance` in `context`, with the decisions `lectern check` shows.
  public func annotate(_ utterance: String, context: SpanContext) -> LanguageAnnotation {
    let document = VoiceLibrary.primaryTag(context.documentLanguage)
    let role = context.role
    let characters = TextScan.characters(utterance)
    // `[say-as …]` markup is read in the language around it: its letters must not start a
    // span of their own script, so language detection sees it as digits.
    // Markup opens with `[`: most utterances have none, and are not scanned for it.
    let bracketed = TextScan.holds(UInt8(ascii: "["), in: utterance)
    let detected = bracketed ? SayAsMarkup.masked(characters) : characters
    // Quotations surely in another language are read in it; the rest of the sentence is
    // identified without them.
    let quotations = foreignQuotations(
      of: utterance, characters, host: context.paragraphLanguage ?? document, context)
    var rest = characters
    for quotation in quotations.reversed() { rest.removeSubrange(quotation.range) }
    let decision = sentenceLanguage(
      quotations.isEmpty ? utterance : TextScan.string(rest[...]), context)
    // The sentence's own language: its letters in that language's script are read in it.
    let host = decision.language
    let mixing = CodeMixing(utterance, document: document, annotator: self)
    var pieces: [Piece] = []
    var annotation = LanguageAnnotation(spans: [])
    annotation.phonemeInput = PhonemeInput.occurrences(in: utterance)
    annotation.language = host
    annotation.identification = decision.guess
    if let doubt = decision.doubt { annotation.doubts.append(doubt) }
    var cursor = 0
    for markup in bracketed ? LanguageMarkup.find(in: characters) : [] {
      pieces += hostedPieces(
        detected, cursor, markup.start, host, quotations, mixing, &annotation)
      var language = markup.language
      if library.profile(forLanguage: language) == nil {
        annotation.unknownMarkup.append(language)
        language = host
      }
      let inner = TextScan.string(characters[markup.textStart..<markup.textEnd])
      let alias = phrases.matches(
        in: Array(inner), from: 0, to: inner.count, accepts: { $0 == markup.language })
      let whole = alias.count == 1 && alias[0].start == 0 && alias[0].end == inner.count
      pieces.append(
        Piece(
          start: markup.start, end: markup.end, language: language,
          spoken: whole ? PhraseMatcher.spoken(alias[0].entry, source: inner) : inner,
          fixed: whole, phonemes: whole && alias[0].entry.isPhonemes))
      cursor = markup.end
    }
    pieces += hostedPieces(
      detected, cursor, characters.count, host, quotations, mixing, &annotation)
    annotation.spans = spans(of: pieces, characters, host, document, role, &annotation)
    // Letters of a script no language is configured for: identification names the language.
    if let identifier {
      for index in annotation.unvoiced.indices where annotation.unvoiced[index].language == nil {
        let guess = identifier.identify(annotation.unvoiced[index].text, bestEffort: true)
        if guess.isKnown { annotation.unvoiced[index].language = guess.language }
      }
    }
    return annotation
  }

  /// Spans from pieces: pronunciation applied, whitespace trimmed, punctuation-only pieces
  /// and neighbours of one voice merged.
  private func spans(
    of pieces: [Piece], _ characters: [Character], _ host: String, _ document: String,
    _ role: VoiceRole, _ annotation: inout LanguageAnnotation
  ) -> [Span] {
    var spans: [Span] = []
    for piece in pieces {
      let source = TextScan.string(characters[piece.start..<piece.end])
      let text = source.trimmingWhitespace()
      if text.isEmpty { continue }
      // No-break spaces (the seed has some) are plain spaces to the engine.
      var spoken = TextScan.plainSpaces((piece.spoken ?? source).trimmingWhitespace())
      var phonemes = piece.phonemes
      if !piece.fixed {
        // Normalization first, so that lexicons and the ALL-CAPS default see words; lexicon
        // entries are kept as written, so they still win.
        spoken = normalizer.normalize(
          spoken, language: piece.language, keeping: rules.containment(language: piece.language))
        // Document text (its `[say-as]` markup now read): its brackets must not open phoneme
        // input next to a lexicon's.
        spoken = PhonemeInput.neutralized(spoken)
        let result = rules.apply(
          to: spoken, language: piece.language, capitals: piece.language == host, source: source)
        spoken = result.spoken
        phonemes = result.phonemes
        for decision in result.decisions where decision.reason != "lexicon" {
          annotation.capitals.append(
            .init(word: decision.word, spoken: decision.spoken, reason: decision.reason))
        }
      }
      let voice = voiceName(piece.language, document, role)
      let wordless = !text.contains { $0.isLetter || $0.isNumber }
      if let last = spans.last, last.voice == voice || wordless {
        // Keep the source's spacing: `Спасибо` + `,` stays `Спасибо,`.
        let gap = piece.start > 0 && characters[piece.start - 1].isWhitespace
        let space = gap || source.first?.isWhitespace == true ? " " : ""
        spans[spans.count - 1] = Span(
          text: last.text + space + text, spoken: last.spoken + space + spoken, lang: last.lang,
          voice: last.voice, phonemes: last.phonemes || phonemes)
      } else {
        spans.append(
          Span(text: text, spoken: spoken, lang: piece.language, voice: voice, phonemes: phonemes))
      }
    }
    // A plan keeps every span's texts for the whole render: where the spoken text is the
    // written one, both share one string's storage (with the utterance's, 0.6 MiB of a
    // 10,000-part render's peak).
    for index in spans.indices where spans[index].spoken == spans[index].text {
      spans[index].spoken = spans[index].text
    }
    return spans
  }

  /// The profile speaking `language`: the role's for the document's language.
  private func voiceName(_ language: String, _ document: String, _ role: VoiceRole) -> String {
    if language == document {
      return library.profile(forLanguage: language, role: role)?.name ?? role.rawValue
    }
    return library.profile(forLanguage: language)?.name ?? role.rawValue
  }
}
