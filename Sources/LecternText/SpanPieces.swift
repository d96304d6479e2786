/// The pieces an utterance is cut into before they become spans: markup aside, runs of one
/// script split where a lexicon phrase is found, quotations in their own language, and the
/// words of a code-mixed foreign sentence kept in it (``CodeMixing``).
extension LanguageAnnotator {
  /// A run of the utterance before it becomes a span.
  struct Piece {
    var start: Int
    var end: Int
    var language: String
    /// Text replacing the source (markup's inner text, a phrase alias), if any.
    var spoken: String?
    /// Whether `spoken` is final (a lexicon alias): no pronunciation rules apply.
    var fixed = false
    /// Whether the lexicon alias in `spoken` is eSpeak NG phoneme input.
    var phonemes = false
  }

  /// The pieces of `characters[start..<end]`, which holds no markup: in `host`, and in their
  /// own language inside the foreign quotations.
  func hostedPieces(
    _ characters: [Character], _ start: Int, _ end: Int, _ host: String,
    _ quotations: [(range: Range<Int>, language: String)], _ mixing: CodeMixing?,
    _ annotation: inout LanguageAnnotation
  ) -> [Piece] {
    var result: [Piece] = []
    var cursor = start
    for quotation in quotations where quotation.range.lowerBound >= start {
      guard quotation.range.upperBound <= end else { break }
      result += plainPieces(
        characters, cursor, quotation.range.lowerBound, host, mixing, &annotation)
      result += plainPieces(
        characters, quotation.range.lowerBound, quotation.range.upperBound, quotation.language,
        nil, &annotation)
      cursor = quotation.range.upperBound
    }
    return result + plainPieces(characters, cursor, end, host, mixing, &annotation)
  }

  /// The pieces of `characters[start..<end]`, which holds no markup: script runs, split
  /// where a phrase of another language is found.
  private func plainPieces(
    _ characters: [Character], _ start: Int, _ end: Int, _ document: String,
    _ mixing: CodeMixing?, _ annotation: inout LanguageAnnotation
  ) -> [Piece] {
    var result: [Piece] = []
    var runs = LanguageScriptRuns.runs(
      characters, from: start, to: end, document: document, library: library,
      unvoiced: &annotation.unvoiced)
    if let mixing { runs = mixing.absorbing(runs, characters) }
    for run in runs {
      var cursor = run.start
      let hasVoice = { (language: String) in
        language != run.language && library.profile(forLanguage: language) != nil
      }
      let foreign = { (language: String) in language != run.language }
      let words = phrases.words(in: characters, from: run.start, to: run.end)
      for match in phrases.matches(words, in: characters, accepts: foreign) {
        guard hasVoice(match.language) else {
          // A phrase of a language no profile speaks: named for `check`, read by the host.
          let text = TextScan.string(characters[match.start..<match.end])
          annotation.doubts.append(.unvoicedPhrase(text: text, language: match.language))
          continue
        }
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
        let tail = PhonemeInput.neutralized(TextScan.string(characters[match.end..<end]))
        result.append(
          Piece(
            start: match.start, end: end, language: match.language,
            spoken: PhraseMatcher.spoken(
              match.entry, source: TextScan.string(characters[match.start..<match.end])) + tail,
            fixed: true, phonemes: match.entry.isPhonemes))
        cursor = end
      }
      if cursor < run.end {
        result.append(Piece(start: cursor, end: run.end, language: run.language))
        // The run's words from the cursor on: the same as reading them again from there,
        // since the cursor never falls inside a word.
        let rest = Array(words.drop { $0.start < cursor })
        for miss in phrases.nearMisses(rest, in: characters, accepts: hasVoice) {
          annotation.doubts.append(
            .unmatchedPhrase(
              text: TextScan.string(characters[miss.range]), language: miss.hit.language,
              phrase: miss.hit.entry.graphemes.first ?? miss.hit.entry.spoken))
        }
      }
    }
    return result
  }
}
