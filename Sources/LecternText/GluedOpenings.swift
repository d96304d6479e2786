/// The address's opening glued to the line above it: a salutation glued to a caption, or
/// the first sentence glued to a heading.
///
/// A salutation glued to the line above it: a page's photo caption or headline and the
/// address's first words pasted as one run, the caption's last word glued to the form of
/// address ("… Director of the Quelvoria TrustHonoured Guests, dear friends.").
///
/// The seam is the one ``PageLayout/isSeam(_:at:lowerRun:)`` finds between glued lines; the
/// line is cut there only when everything after it is one opening sentence
/// (``Salutation/isOpeningSentence(_:)``): a form of address in the document's words, so a
/// brand in two capitals in prose ("…our JavaScript team") is left alone.
extension PageLayout {
  /// Cuts the first lines of a page that end in a glued salutation in two: the text above
  /// and the salutation, which then opens the address as a line of its own. Only the first
  /// ``gluedDateLines`` lines, and the last ``gluedWindow`` scalars of each, are read.
  static func splitGluedSalutations(_ lines: inout [SourceLine], salutation: Salutation) {
    splitFirstLines(&lines, apart: false) { gluedSalutationCut($0, salutation) }
  }

  /// Cuts each of the first ``gluedDateLines`` lines that `cut` cuts in two: the text above
  /// stays on the line, the rest becomes the next line; `apart`: a blank line before it.
  static func splitFirstLines(
    _ lines: inout [SourceLine], apart: Bool, cut: (String) -> (String, String)?
  ) {
    var index = 0
    while index < min(lines.count, gluedDateLines) {
      guard let (above, below) = cut(lines[index].text) else {
        index += 1
        continue
      }
      var rest = lines[index]
      rest.text = below
      rest.blankBefore = apart
      rest.breakBefore = false
      lines[index].text = above
      lines.insert(rest, at: index + 1)
      index += 2
    }
  }

  /// The line cut at the first seam after which the rest is one opening sentence, or nil.
  static func gluedSalutationCut(
    _ text: String, _ salutation: Salutation
  ) -> (above: String, salutation: String)? {
    let all = Array(text.unicodeScalars)
    let offset = max(0, all.count - gluedWindow)
    let scalars = Array(all[offset...])
    var lowerRun = 0  // lower-case letters right before the scalar at `index`
    for index in scalars.indices {
      defer { lowerRun = scalars[index].properties.isLowercase ? lowerRun + 1 : 0 }
      guard index > 0, scalars[index] != "(", isSeam(scalars, at: index, lowerRun: lowerRun)
      else { continue }
      let rest = TextScan.trimmed(TextScan.string(scalars[index...]))
      guard salutation.isSalutation(rest), salutation.isOneSentence(rest),
        salutation.isOpeningSentence(rest)
      else { continue }
      let above = TextScan.trimmed(TextScan.string(all[..<(offset + index)]))
      return (above, rest)
    }
    return nil
  }
}

/// A heading glued to the first sentence under it: the copy lost the line break after a
/// page's heading, so the heading's last word runs into the sentence's first ("2009 Graduate
/// CeremonyAs I look at our newest alumni, …").
///
/// The seam is the first one ``PageLayout/isSeam(_:at:lowerRun:)`` finds after three lower-case
/// letters; the line is cut there only when the heading before it is a few words without a
/// mark, and the rest is a sentence of several words that opens as an address does (see
/// ``opensAddress(_:_:)``). A brand in two capitals ("PowerPoint", "DorvelWorks") does not.
extension PageLayout {
  /// The most words of a heading glued to a sentence.
  static let longestGluedHeading = 8
  /// The fewest words of the sentence a heading is glued to.
  static let shortestGluedSentence = 8

  /// Cuts the first lines of a page that start with a glued heading in two: the heading and
  /// the rest of the line. Only the first ``gluedDateLines`` lines are read.
  static func splitGluedHeadings(_ lines: inout [SourceLine], vocabulary: StructureVocabulary) {
    // A heading stands apart from the paragraph under it: no wrapped line runs on into it.
    splitFirstLines(&lines, apart: true) { gluedHeadingCut($0, vocabulary) }
  }

  /// The line cut at its first seam, when a short heading is glued to a sentence; or nil.
  static func gluedHeadingCut(
    _ text: String, _ vocabulary: StructureVocabulary
  ) -> (heading: String, sentence: String)? {
    // A heading of a few words lies within its line's first scalars.
    let scalars = Array(text.unicodeScalars.prefix(24 * longestGluedHeading))
    guard let first = scalars.first, !first.properties.isLowercase else { return nil }
    let glued = Self.gluedSeam(in: scalars)
    guard let seam = glued ?? Self.capitalsSeam(in: scalars) else { return nil }
    let heading = TextScan.trimmed(TextScan.string(scalars[..<seam]))
    guard (2...longestGluedHeading).contains(TextScan.words(heading).count),
      LineShape.lastMark(heading) == nil
    else { return nil }
    let sentence = String(text.unicodeScalars.dropFirst(seam))
    let keys = WordKey.keys(TextScan.prefix(sentence, 400))
    // A heading in capitals is plain enough for a one-line copy whose signature ends it
    // without a stop: a first sentence is enough.
    let ends =
      LineShape.endsSentence(sentence)
      || (glued == nil && TextScan.prefix(sentence, 400).contains(". "))
    guard keys.count >= shortestGluedSentence, ends, opensAddress(keys, vocabulary)
    else { return nil }
    return (heading, sentence)
  }

  /// Where two lines run together without a break: the first capital after three lower-case
  /// letters ("…CeremonyAs I look", "К обзоруС Днем").
  static func gluedSeam(in scalars: [Unicode.Scalar]) -> Int? {
    var lowerRun = 0  // lower-case letters right before the scalar at `index`
    return scalars.indices.first { index in
      defer { lowerRun = scalars[index].properties.isLowercase ? lowerRun + 1 : 0 }
      return index > 0 && lowerRun >= 3 && scalars[index].properties.isUppercase
    }
  }

  /// Where a heading in capitals runs into a sentence that opens with a one-letter word
  /// ("…POLICE COMMISSIONERI would like"): the last capital of a run of four or more, before a
  /// space and a lower-case letter.
  static func capitalsSeam(in scalars: [Unicode.Scalar]) -> Int? {
    var upperRun = 0  // capitals right before the scalar at `index`
    return scalars.indices.first { index in
      defer { upperRun = scalars[index].properties.isUppercase ? upperRun + 1 : 0 }
      return upperRun >= 4 && scalars[index].properties.isUppercase && index + 2 < scalars.count
        && scalars[index + 1] == " " && scalars[index + 2].properties.isLowercase
    }
  }

  /// Whether a sentence's words open an address: a formula of `[address-openings]` ("It is an
  /// honour"), or a function word and the speaker's first person within the first words ("As
  /// I look", "Nous sommes"). A brand's second half ("…Point deck shows how we …") is neither.
  private static func opensAddress(_ keys: [String], _ vocabulary: StructureVocabulary) -> Bool {
    if vocabulary.openings.match(keys, at: 0) > 0 { return true }
    guard let opener = keys.first, vocabulary.isStopWord(opener) else { return false }
    return vocabulary.firstPerson.containsAny(Array(keys.prefix(3)))
  }
}

/// A page's link glued to the title after it: the copy lost the line break after a "back"
/// link, so the link's last word runs into the title's first ("<< Back to newsHappy
/// Founders Day!", "<< К спискуС Днем города!"). Read as one line, the title's mark makes the
/// link a sentence, spoken as the address's first.
///
/// The line is cut at its first seam (three lower-case letters, then a capital) when what is
/// before it, past any arrow, opens with a phrase of `[furniture-links]` that makes at least
/// half its words ("Back to" + "news"): the link then stands alone on its line, where it is
/// furniture, and the title on the next.
extension PageLayout {
  /// The most words of a link glued to a title.
  static let longestGluedLink = 4

  /// Cuts the first lines of a page that start with a link glued to a title in two.
  static func splitGluedLinks(_ lines: inout [SourceLine], links: PhraseSet) {
    splitFirstLines(&lines, apart: true) { gluedLinkCut($0, links) }
  }

  /// The line cut after a link of `links` glued to what follows it, or nil.
  static func gluedLinkCut(_ text: String, _ links: PhraseSet) -> (link: String, rest: String)? {
    // A link of a few words lies within its line's first scalars.
    let scalars = Array(text.unicodeScalars.prefix(24 * longestGluedLink))
    let glued = Self.gluedSeam(in: scalars)
    guard let seam = glued ?? Self.capitalsSeam(in: scalars) else { return nil }
    let link = TextScan.trimmed(TextScan.string(scalars[..<seam]))
    let keys = WordKey.keys(link)
    let rest = String(text.unicodeScalars.dropFirst(seam))
    // The link phrase may be followed by what it leads to ("Back to" + "news").
    let matched = links.match(keys, at: 0)
    guard (1...longestGluedLink).contains(keys.count), matched > 0, matched * 2 >= keys.count,
      TextScan.words(TextScan.prefix(rest, 80)).count >= 2
    else { return nil }
    return (link, rest)
  }
}
