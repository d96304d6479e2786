/// Furniture that a page prints as a path or a file rather than as words: a breadcrumb trail
/// ("Home > News > Article", "你的位置:首页 > 中央 > 正文") and the label of an attached file
/// ("Ambassador at the podium (Photo: Agency) - JPEG", "Programme.pdf"); and a note to the
/// reader that a hard-wrapped copy cut over lines.
///
/// Trails and files are read by shape alone, so a trail or a file label in any language and script is
/// caught without its words in a language file: a trail is short steps joined by arrows, and
/// a file is named by its format, which every language writes the same way.
extension LineShape {
  /// The marks a breadcrumb trail joins its steps with, each standing alone between spaces.
  static let trailArrows: Set<String> = [">", "›", "»", "→", "\u{FF1E}"]
  /// The most words of one step of a trail ("Press releases", "Speeches and statements").
  static let longestTrailStep = 3
  /// The fewest steps of a trail: "Home > News" may be a heading, three steps are a path.
  static let shortestTrail = 3

  /// Whether the line is a breadcrumb trail of short steps, after an optional label ending
  /// in a colon ("You are here: Home > News > Speeches"). A step of more words is a headline,
  /// which the header reader takes out of a trail itself; a sentence is never a trail.
  static func isTrail(_ line: String) -> Bool {
    guard
      TextScan.scalarCount(line, limit: FurnitureRules.longestShortLine + 1)
        <= FurnitureRules.longestShortLine,
      !endsSentence(line)
    else { return false }
    let tokens = line.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map(String.init)
    let steps = tokens.split(whereSeparator: { trailArrows.contains($0) })
    // Splitting on arrows merges nothing across them: as many steps as arrows plus one.
    let arrows = tokens.count { trailArrows.contains($0) }
    guard arrows + 1 >= shortestTrail, steps.count == arrows + 1 else { return false }
    return steps.allSatisfy { step in
      let words = TextScan.words(step.joined(separator: " "))
      return !words.isEmpty && words.count <= longestTrailStep
    }
  }
}

extension FurnitureRules {
  /// Formats a page names an attached picture, document or recording by. They are written
  /// alike in every language, as a web address is, so they are not a language file's words.
  static let fileFormats: Set<String> = [
    "jpeg", "jpg", "png", "gif", "tif", "tiff", "webp", "svg", "pdf", "doc", "docx", "odt",
    "rtf", "xls", "xlsx", "ppt", "pptx", "zip", "mp3", "mp4", "wav",
  ]
  /// The most words of a file's label: a caption with a credit and the format.
  static let longestFileLabel = 14

  /// Whether the line labels an attached file: a short line, no sentence, that ends with a
  /// file format in capitals after a dash or a bracket ("… (E. Someone/Agency) - JPEG",
  /// "Programme [PDF]") or with a file name ("programme_2013.pdf"). A sentence that ends with
  /// a format ("The report is online as a PDF.") is prose.
  static func isFileLabel(_ line: String, sentence: Bool) -> Bool {
    guard !sentence else { return false }
    let trimmed = TextScan.trimmed(line)
    let words = TextScan.words(trimmed)
    guard !words.isEmpty, words.count <= longestFileLabel,
      let last = trimmed.split(separator: " ").last
    else { return false }
    let bare = last.trimmingCharacters(in: ["(", ")", "[", "]", "."])
    if let dot = bare.lastIndex(of: "."), bare.startIndex < dot,
      fileFormats.contains(String(bare[bare.index(after: dot)...]).lowercased()),
      !bare.contains(" ")
    {
      return true
    }
    guard fileFormats.contains(bare.lowercased()), bare == bare.uppercased(), words.count > 1
    else { return false }
    // The format stands apart: after a dash, or in brackets.
    let before = trimmed.dropLast(last.count).reversed().drop(while: { $0 == " " })
    let dashes: Set<Character> = ["-", "\u{2013}", "\u{2014}", "|"]
    return last.first == "(" || last.first == "[" || dashes.contains(before.first ?? " ")
  }
}

extension DocumentZones {
  /// The most lines a note to the reader goes on over after its first.
  static let longestNoteRest = 3
  /// Why a line that goes on with a note is furniture.
  static let noteRestReason =
    "the rest of a note to the reader wrapped over lines, not part of the address"

  /// Whether the line before `index` opens what `index` goes on with: it ends with a joining
  /// word ("Ladies and" / "Gentlemen:"), or it opens a form of address that a wrap cut
  /// ("معالي السيد …، ممثل سيادة الرئيس …" / "رئيس الجمهورية التونسية،").
  func opensWrapped(before index: Int) -> Bool {
    let previous = lines[index - 1].text
    return HeaderReader.endsOpen(previous, rules.vocabulary)
      || !lines[index].blankBefore
        && salutation.continuesWrapped(previous: previous, line: lines[index].text)
  }

  /// Marks the rest of a note to the reader that a hard-wrapped copy cut over lines ("Please
  /// note that delivery of this speech may have deviated" / "slightly from the following
  /// text. …"): the lines right under a note line that ends no sentence, the first going on in
  /// lower case, up to a blank line. A note that ends its line, a line in capitals under it (a
  /// caption), or lines after a blank line, stay.
  mutating func markWrappedNotes() {
    let note = FurnitureRules.noteReason
    for index in lines.indices.prefix(Self.menuScanLines)
    where furniture[index] == note && LineShape.lastMark(lines[index].text) == nil
      && index + 1 < lines.count && LineJoiner.startsLowercase(lines[index + 1].text)
    {
      var next = index + 1
      while next < lines.count && next - index <= Self.longestNoteRest
        && !lines[next].blankBefore && furniture[next] == nil
        && !salutation.isOpeningLine(lines[next].text)
      {
        furniture[next] = Self.noteRestReason
        next += 1
      }
    }
  }
}
