/// A foreign sentence that borrows words of the document's language keeps them: `host` and
/// `guest` in "ये एक ऐसा पर्व है जिस में एक प्रकार से host भी आप ही हैं, guest भी आप ही हैं।"
/// (Hindi, in an English address) are Hindi, as a speaker mixing languages says them.
///
/// The sentence is foreign when most of its letters are in a script whose language is not
/// the document's and has a voice profile (Devanagari → Hindi). Inside it, a run in the
/// document's script shorter than ``SentenceLanguage/minimumWords`` words, with the
/// sentence's language on both sides, joins the sentence. A longer run is a clause of its
/// own ("unless the whole clause is English") and keeps its voice; so does text at either end
/// of the sentence (`… आप सब का धन्यवाद, thank you`). Every eSpeak NG voice reads Latin
/// letters, by English rules when it has none of its own (Japanese spells them out).
struct CodeMixing: Sendable, Hashable {
  /// The sentence's language.
  var sentence: String
  /// The document's scripts, whose short runs the sentence keeps.
  var documentScripts: [Script]

  /// The code mixing of the sentence `text` in a document of `document`, if the sentence is
  /// foreign by its script.
  init?(_ text: String, document: String, annotator: LanguageAnnotator) {
    let script = annotator.scriptGuess(text)
    let library = annotator.library
    let documentScripts = library.scripts(ofLanguage: document)
    guard script.confidence > 0.5, script.language != document,
      library.profile(forLanguage: script.language) != nil,
      !library.scripts(ofLanguage: script.language).contains(where: documentScripts.contains)
    else { return nil }
    sentence = script.language
    self.documentScripts = documentScripts
  }

  /// `runs` with the short runs in the document's script between runs of the sentence's
  /// language given to the sentence, and neighbours of one language joined.
  func absorbing(
    _ runs: [LanguageScriptRuns.Run], _ characters: [Character]
  ) -> [LanguageScriptRuns.Run] {
    var runs = runs
    for index in runs.indices.dropFirst().dropLast()
    where runs[index].language != sentence && runs[index - 1].language == sentence
      && runs[index + 1].language == sentence
    {
      let text = characters[runs[index].start..<runs[index].end]
      let letter = text.first { Script(of: $0) != .common }
      if let letter, documentScripts.contains(Script(of: letter)),
        TextScan.words(String(text)).count < SentenceLanguage.minimumWords
      {
        runs[index].language = sentence
      }
    }
    var joined: [LanguageScriptRuns.Run] = []
    for run in runs {
      if let last = joined.last, last.language == run.language, last.end == run.start {
        joined[joined.count - 1].end = run.end
      } else {
        joined.append(run)
      }
    }
    return joined
  }
}
