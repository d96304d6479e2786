/// Cuts utterances into spans of one language and voice, from a voice library and lexicons.
///
/// In order of precedence: explicit markup (`[ru: …]`, see ``LanguageMarkup``); phrases of
/// phrase lexicons (`Bolshoye Spasibo` → ru, spoken `Большое спасибо`); the script of the
/// letters (Cyrillic → ru, Han → yue, as `languages.conf` says). Punctuation, digits and
/// spaces join the span before them, opening brackets and quotes the one after. Each span's
/// text then goes through its language's pronunciation lexicons, and text of the document's
/// language through the ALL-CAPS default (see ``PronunciationRules``).
public struct LanguageAnnotator: LanguageAnnotating, Sendable, Hashable {
  /// The voices and script languages.
  public let library: VoiceLibrary
  /// Every language's word lists (`voices/<lang>.language`).
  public let languages: LanguageKnowledge
  private let phrases: PhraseMatcher
  private let rules: PronunciationRules

  /// Creates an annotator over `library`, the lexicons (phrases and pronunciation) and the
  /// languages' word lists.
  public init(
    library: VoiceLibrary, lexicons: [Lexicon], languages: LanguageKnowledge = LanguageKnowledge()
  ) {
    self.library = library
    self.languages = languages
    phrases = PhraseMatcher(lexicons: lexicons)
    rules = PronunciationRules(lexicons: lexicons)
  }

  /// Loads the profiles, `languages.conf`, lexicons and `.language` files of a voices folder.
  ///
  /// - Throws: ``ConfigurationError`` or ``ConfigurationError`` naming the file and line at fault.
  public static func load(
    directory: String, availableVoices: Set<String>? = nil,
    availableVariants: Set<String>? = nil
  ) throws
    -> LanguageAnnotator
  {
    let library = try VoiceLibrary.load(
      directory: directory, availableVoices: availableVoices,
      availableVariants: availableVariants)
    return LanguageAnnotator(
      library: library, lexicons: try Lexicon.loadAll(directory: directory),
      languages: try LanguageKnowledge.load(directory: directory))
  }

  /// The language of the script most of `text`'s letters are in (kana makes Han Japanese).
  public func documentLanguage(of text: String) -> String {
    var counts: [Script: Int] = [:]
    for scalar in text.unicodeScalars {
      let script = Script(of: scalar)
      if script != .common && script != .other { counts[script, default: 0] += 1 }
    }
    if let kana = counts[.kana], let han = counts.removeValue(forKey: .han) {
      counts[.kana] = kana + han
    }
    let dominant = counts.max {
      $0.value < $1.value || ($0.value == $1.value && $0.key.rawValue > $1.key.rawValue)
    }
    return dominant.flatMap { library.language(of: $0.key) } ?? "en"
  }

  /// The spans of `utterance`.
  public func spans(for utterance: String, documentLanguage: String, role: VoiceRole) -> [Span] {
    annotate(utterance, documentLanguage: documentLanguage, role: role).spans
  }

  /// The spans of `utterance`, with the decisions `lectern check` shows.
  public func annotate(
    _ utterance: String, documentLanguage: String, role: VoiceRole
  )
    -> LanguageAnnotation
  {
    let document = VoiceLibrary.primaryTag(documentLanguage)
    let characters = Array(utterance)
    var pieces: [Piece] = []
    var annotation = LanguageAnnotation(spans: [])
    var cursor = 0
    for markup in LanguageMarkup.find(in: characters) {
      pieces += plainPieces(characters, cursor, markup.start, document, &annotation)
      var language = markup.language
      if library.profile(forLanguage: language) == nil {
        annotation.unknownMarkup.append(language)
        language = document
      }
      let inner = String(characters[markup.textStart..<markup.textEnd])
      let alias = phrases.matches(
        in: Array(inner), from: 0, to: inner.count, accepts: { $0 == markup.language })
      let whole = alias.count == 1 && alias[0].start == 0 && alias[0].end == inner.count
      pieces.append(
        Piece(
          start: markup.start, end: markup.end, language: language,
          spoken: whole ? PhraseMatcher.spoken(alias[0].entry, source: inner) : inner,
          fixed: whole))
      cursor = markup.end
    }
    pieces += plainPieces(characters, cursor, characters.count, document, &annotation)
    annotation.spans = spans(of: pieces, characters, document, role, &annotation)
    return annotation
  }

  /// A run of the utterance before it becomes a span.
  private struct Piece {
    var start: Int
    var end: Int
    var language: String
    /// Text replacing the source (markup's inner text, a phrase alias), if any.
    var spoken: String?
    /// Whether `spoken` is final (a lexicon alias): no pronunciation rules apply.
    var fixed = false
  }

  /// The pieces of `characters[start..<end]`, which holds no markup: script runs, split
  /// where a phrase of another language is found.
  private func plainPieces(
    _ characters: [Character], _ start: Int, _ end: Int, _ document: String,
    _ annotation: inout LanguageAnnotation
  ) -> [Piece] {
    var result: [Piece] = []
    for run in LanguageScriptRuns.runs(
      characters, from: start, to: end, document: document, library: library,
      unvoiced: &annotation.unvoiced)
    {
      var cursor = run.start
      let hasVoice = { (language: String) in
        language != run.language && library.profile(forLanguage: language) != nil
      }
      for match in phrases.matches(in: characters, from: run.start, to: run.end, accepts: hasVoice)
      {
        if match.start > cursor {
          result.append(Piece(start: cursor, end: match.start, language: run.language))
        }
        // Closing punctuation right after a phrase ends it in the phrase's own voice.
        var end = match.end
        while end < run.end, characters[end].isPunctuation,
          !LanguageScriptRuns.opens(characters[end])
        {
          end += 1
        }
        let tail = String(characters[match.end..<end])
        result.append(
          Piece(
            start: match.start, end: end, language: match.language,
            spoken: PhraseMatcher.spoken(
              match.entry, source: String(characters[match.start..<match.end])) + tail,
            fixed: true))
        cursor = end
      }
      if cursor < run.end {
        result.append(Piece(start: cursor, end: run.end, language: run.language))
      }
    }
    return result
  }

  /// Spans from pieces: pronunciation applied, whitespace trimmed, punctuation-only pieces
  /// and neighbours of one voice merged.
  private func spans(
    of pieces: [Piece], _ characters: [Character], _ document: String, _ role: VoiceRole,
    _ annotation: inout LanguageAnnotation
  ) -> [Span] {
    var spans: [Span] = []
    for piece in pieces {
      let source = String(characters[piece.start..<piece.end])
      let text = source.trimmingWhitespace()
      if text.isEmpty { continue }
      // No-break spaces (the seed has some) are plain spaces to the engine.
      var spoken = String(
        (piece.spoken ?? source).trimmingWhitespace().map { $0.isWhitespace ? " " : $0 })
      var phonemes = false
      if !piece.fixed {
        let result = rules.apply(
          to: spoken, language: piece.language, capitals: piece.language == document)
        spoken = result.spoken
        phonemes = result.phonemes
        for decision in result.decisions where decision.reason != "lexicon" {
          annotation.capitals.append(
            .init(word: decision.word, spoken: decision.spoken, reason: decision.reason))
        }
      }
      phonemes = phonemes || spoken.contains("[[")
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
