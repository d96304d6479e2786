/// A photo's caption between two paragraphs of an address that tells who spoke
/// ("董事长发表讲话", "Warden Dorvel delivered remarks"): a page prints it under the picture it
/// puts inside the text. An address does not tell of itself in the third person between its
/// paragraphs, so such a line is the page's, whatever its speaker's name.
extension DocumentZones {
  /// The most words of a caption that tells who spoke.
  static let longestSpeechCaption = 6

  /// Whether body line `index` is such a caption: short, without a sentence mark, between
  /// blank lines, with a speech verb (`[news-speech-verbs]`), after a paragraph that ends a
  /// sentence (a line right after a lead's colon is the address's own title), and no
  /// salutation.
  func isSpeechCaption(_ index: Int) -> Bool {
    let text = lines[index].text
    return index > bodyStart && lines[index].blankBefore
      && LineShape.endsSentence(lines[index - 1].text)
      && (index + 1 == lines.count || lines[index + 1].blankBefore)
      && LineShape.lastMark(text) == nil
      && TextScan.words(text).count <= Self.longestSpeechCaption
      && rules.vocabulary.reportsSpeech(text) && !salutation.isOpeningLine(text)
  }
}
