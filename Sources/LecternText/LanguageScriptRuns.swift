/// Cuts text into runs of one language by the script of its letters.
///
/// Letters in the document's scripts (and Han in a Japanese document) are in the document's
/// language; others in their script's language from `languages.conf`, when a profile speaks
/// it — otherwise they stay in the document's language and are reported as unvoiced. Han
/// characters touching kana are Japanese (kanji), whatever `han` maps to. Characters of no
/// script join the run before them; opening brackets and quotes join the run after them.
enum LanguageScriptRuns {
  /// A run: characters `start..<end`, in `language`.
  struct Run: Hashable {
    var start: Int
    var end: Int
    var language: String
  }

  /// The runs of `characters[start..<end]`, covering it without gaps.
  static func runs(
    _ characters: [Character], from start: Int, to end: Int, document: String,
    library: VoiceLibrary, unvoiced: inout [LanguageAnnotation.Unvoiced]
  ) -> [Run] {
    guard start < end else { return [] }
    let documentScripts = library.scripts(ofLanguage: document)
    var scripts = characters[start..<end].map { Script(of: $0) }
    // Nearly always every letter is in the document's script: one run, nothing unvoiced.
    let own = { (script: Script) in
      script == .common || documentScripts.contains(script)
        || (script == .han && documentScripts.contains(.kana))
    }
    if scripts.allSatisfy({ own($0) }) { return [Run(start: start, end: end, language: document)] }
    markKanji(&scripts)
    markReadingGlosses(&scripts, characters, start)
    if documentScripts.contains(.cyrillic) {
      markRomanNumerals(&scripts, characters, start)
    }
    var languages: [String?] = Array(repeating: nil, count: scripts.count)
    for (offset, script) in scripts.enumerated() where script != .common {
      if documentScripts.contains(script) || (script == .han && documentScripts.contains(.kana)) {
        languages[offset] = document
        continue
      }
      let language = library.language(of: script)
      if let language, library.profile(forLanguage: language) != nil {
        languages[offset] = language
      } else {
        languages[offset] = document
        let text = String(characters[start + offset])
        if let last = unvoiced.last, last.script == script, offset > 0,
          scripts[offset - 1] == script
        {
          unvoiced[unvoiced.count - 1].text += text
        } else {
          unvoiced.append(.init(text: text, script: script, language: language))
        }
      }
    }
    attachShared(&languages, characters, start, document)
    var runs: [Run] = []
    for (offset, language) in languages.enumerated() {
      let language = language ?? document
      if let last = runs.last, last.language == language {
        runs[runs.count - 1].end = start + offset + 1
      } else {
        runs.append(Run(start: start + offset, end: start + offset + 1, language: language))
      }
    }
    return runs
  }

  /// A pinyin gloss after a Han character ("佳節(jié)") is the character's: it joins its run,
  /// whose normalizer says nothing for it (``ReadingGloss``).
  private static func markReadingGlosses(
    _ scripts: inout [Script], _ characters: [Character], _ start: Int
  ) {
    guard scripts.contains(.han) else { return }
    var offset = 1
    while offset < scripts.count {
      if scripts[offset - 1] == .han, let end = ReadingGloss.end(characters, at: start + offset),
        end - start <= scripts.count
      {
        for inside in offset..<(end - start) { scripts[inside] = .han }
        offset = end - start
      } else {
        offset += 1
      }
    }
  }

  /// Russian writes Roman numerals in Latin capitals as part of its own text ("IV форум",
  /// "XXI века"): such a word of two letters or more joins the sentence around it, so its
  /// language's normalizer reads it with the word after it, instead of an English voice
  /// saying it alone. Only I, V and X (up to 39, the numbers of centuries and meetings):
  /// "CD", "DC", "MC", "XL" are more often Latin abbreviations. Not before a hyphen ("XX-й"
  /// is read by its suffix, "IV-бокс" is a name).
  private static func markRomanNumerals(
    _ scripts: inout [Script], _ characters: [Character], _ start: Int
  ) {
    for run in runs(of: .latin, in: scripts) {
      let word = String(characters[(start + run.lowerBound)..<(start + run.upperBound)])
      let alone =
        !(run.lowerBound > 0 && characters[start + run.lowerBound - 1].isLetter)
        && !(start + run.upperBound < characters.count
          && "-‑".contains(characters[start + run.upperBound]))
      if alone, word.count >= 2, word.allSatisfy({ "IVX".contains($0) }),
        FormReader.romanValue(word) != nil
      {
        for index in run { scripts[index] = .common }
      }
    }
  }

  /// Han runs that touch kana become kana: kanji in Japanese text.
  private static func markKanji(_ scripts: inout [Script]) {
    for run in runs(of: .han, in: scripts) {
      let before = run.lowerBound > 0 && scripts[run.lowerBound - 1] == .kana
      let after = run.upperBound < scripts.count && scripts[run.upperBound] == .kana
      if before || after {
        for position in run { scripts[position] = .kana }
      }
    }
  }

  /// The maximal runs of `script` in `scripts`, in order.
  private static func runs(of script: Script, in scripts: [Script]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var index = 0
    while index < scripts.count {
      guard scripts[index] == script else {
        index += 1
        continue
      }
      var end = index
      while end < scripts.count, scripts[end] == script { end += 1 }
      result.append(index..<end)
      index = end
    }
    return result
  }

  /// Gives characters of no script the language of the letter before them (after them for
  /// opening punctuation, and at the start).
  private static func attachShared(
    _ languages: inout [String?], _ characters: [Character], _ start: Int, _ document: String
  ) {
    var next: [String?] = Array(repeating: nil, count: languages.count)
    var following: String?
    for index in languages.indices.reversed() {
      next[index] = following
      if let language = languages[index] { following = language }
    }
    var previous: String?
    for index in languages.indices {
      if let language = languages[index] {
        previous = language
        continue
      }
      let opening = opens(characters[start + index])
      languages[index] = opening ? (next[index] ?? previous) : (previous ?? next[index])
    }
  }

  /// Opening brackets and quotes, which belong to what follows them.
  static func opens(_ character: Character) -> Bool {
    guard let scalar = character.firstScalar else { return false }
    switch scalar.properties.generalCategory {
    case .openPunctuation, .initialPunctuation: return true
    default: return "¿¡".contains(character)
    }
  }
}
