/// What a site wraps around the address it shows, that no one line gives away alone: a
/// navigation menu (a column of short link-like lines), a banner (the site's name between
/// decoration marks), a republisher's note ("La Revista … pone a disposición el siguiente
/// documento …") above the address, and link buttons printed in brackets beside a title
/// ("[复制链接]", "[Copy link]").
///
/// The menu is the jusText and boilerpipe signal: a run of short lines, each a few words
/// without sentence punctuation, that state no header fact. A single short line may be a
/// place, a name or a heading; three in a row that name no one and nothing are links. Only the
/// top of the page is read, up to the first sentence or salutation, so a list inside the
/// address is never taken for a menu and the work is bounded whatever the document's size.
extension DocumentZones {
  /// The fewest lines in a row that make a menu.
  static let shortestMenu = 3
  /// The most words of a menu's item ("De orden internacional", "Otros documentos de …").
  static let longestMenuItem = 4
  /// The most lines read from the top of the page for a menu.
  static let menuScanLines = 60
  /// The fewest words of a republisher's note phrase found inside a line (not at its start):
  /// a shorter note ("applause") inside a line is a word of the address.
  static let shortestInnerNote = 4
  /// How far into a line a republisher's note phrase may start, in words: after the
  /// republisher's name ("La Revista … pone a disposición …").
  static let innerNoteReach = 12

  /// Marks the navigation menus, republishers' notes and titles cut short (teasers, see
  /// ``isTruncatedTitle(_:)``) at the top of the page as furniture: the lines are read from the
  /// first one until a sentence, a salutation, prose without its final stop, or a long line.
  /// Then the rest of a note wrapped over lines.
  mutating func markTopOfPage() {
    var run: [Int] = []
    var strong = 0
    var afterEntry = false  // whether the line before is an entry or a link
    func close() {
      if strong >= Self.shortestMenu && !isNameColumn(run) {
        for index in run {
          furniture[index] =
            "a navigation menu (a run of short lines without sentences), not part of the address"
          topOfPage.insert(index)
        }
      }
      run = []
      strong = 0
    }
    for index in lines.indices.prefix(Self.menuScanLines) {
      if let reason = furniture[index] {
        // Links already known go on with the menu around them; other furniture ends it.
        afterEntry = reason == FurnitureRules.navigationReason
        if !afterEntry { close() }
        continue
      }
      let text = lines[index].text
      switch menuItem(text) {
      case .item:
        run.append(index)
        strong += 1
        afterEntry = true
        continue
      // A menu's entry may hold a header word ("Speeches", "Events"), and a group of entries
      // a caption ("Colour scheme:"): between entries.
      case .headerWords where afterEntry && entryFollows(index),
        .caption where afterEntry && entryFollows(index):
        run.append(index)
        continue
      default:
        close()
        afterEntry = false
      }
      if LineShape.endsSentence(text) && isRepublicationNote(text) {
        furniture[index] = "a republisher's note about the document, not part of the address"
        topOfPage.insert(index)
        continue
      }
      if isTruncatedTitle(index) {
        furniture[index] =
          "a title cut short by the page (a link or teaser to the text), not part of the address"
        topOfPage.insert(index)
        continue
      }
      if TextScan.scalarCount(text, limit: FurnitureRules.longestShortLine + 1)
        > FurnitureRules.longestShortLine || salutation.isOpeningLine(text)
        || isPhraseLine(text) || isProse(text) || LineShape.endsSentence(text)
      {
        break
      }
    }
    close()
    markWrappedNotes()
  }

  /// Whether the line after `index` is an entry of a menu or a link.
  func entryFollows(_ index: Int) -> Bool {
    index + 1 < lines.count
      && (furniture[index + 1] == FurnitureRules.navigationReason
        || menuItem(lines[index + 1].text) == .item)
  }

  /// What a line may be in a menu.
  enum MenuLine {
    /// An entry: a few words and nothing of a header.
    case item
    /// An entry's shape, with a word of a header's vocabulary (title, office, occasion).
    case headerWords
    /// An entry's shape with a colon after it: the caption of a group of entries (a site's
    /// settings for the blind, "Colour scheme:" over "Contrast", "Inverted").
    case caption
    /// No entry.
    case none
  }

  /// Whether a line may be an entry of a menu: one to a few words starting with a capital (or
  /// in a script without capitals, or one word in lower case: "linea"), no mark at its end,
  /// ending on no joining word ("Ladies and"), and no salutation, headline, date or label;
  /// `.headerWords` when it holds a title, office, honorific or occasion. Joining words
  /// ("de", "at") are no fact: menus use them too ("De orden internacional").
  func menuItem(_ text: String) -> MenuLine {
    if LineShape.lastMark(text) == ":" { return menuCaption(text) }
    guard LineShape.lastMark(text) == nil,
      TextScan.scalarCount(text, limit: 61) <= 60,
      case let words = TextScan.words(text), (1...Self.longestMenuItem).contains(words.count),
      let first = words[0].unicodeScalars.first, first.properties.isAlphabetic,
      !first.properties.isLowercase || words.count == 1
    else { return .none }
    let vocabulary = rules.vocabulary
    guard !salutation.isOpeningLine(text), !salutation.isSalutationLine(text),
      !HeaderReader.endsOpen(text, vocabulary), !isHeadline(text),
      vocabulary.dates.find(in: text) == nil, vocabulary.label(text) == nil, !isPhraseLine(text)
    else { return .none }
    let keys = words.map { WordKey.key($0) }
    if vocabulary.titles.containsAny(keys) || vocabulary.offices.containsAny(keys)
      || vocabulary.honorifics.containsAny(keys) || vocabulary.events.containsAny(keys)
    {
      return .headerWords
    }
    return .item
  }

  /// `.caption` when a line ending with a colon would be an entry without it and is no
  /// header's label ("Speaker:") or salutation ("Dear friends:"), else `.none`.
  private func menuCaption(_ text: String) -> MenuLine {
    guard rules.vocabulary.label(text) == nil, !salutation.isSalutationLine(text),
      !salutation.isGreeting(text),
      let colon = text.lastIndex(where: { $0 == ":" || $0 == "\u{FF1A}" })
    else { return .none }
    let head = TextScan.trimmed(String(text[..<colon]))
    guard LineShape.lastMark(head) == nil, menuItem(head) != .none else { return .none }
    return .caption
  }

  /// Whether the lines of a run may be a column of names and places rather than links ("Odran
  /// Veskel", "Brivonne", "Velmar"): fewer than ``longestNameColumn`` lines, every word of
  /// them capitalized. A menu shows itself by a lower-case word ("De orden internacional") or
  /// by its length.
  func isNameColumn(_ run: [Int]) -> Bool {
    run.count < Self.longestNameColumn
      && run.allSatisfy { index in
        TextScan.words(lines[index].text).allSatisfy { word in
          word.unicodeScalars.first.map { !$0.properties.isLowercase } ?? false
        }
      }
  }

  /// The fewest capitalized short lines in a row that are a menu even without a lower-case
  /// word: a header states its speaker, office, place and date in fewer lines.
  static let longestNameColumn = 5

  /// Whether a sentence above the address is a republisher's note: it holds a phrase of
  /// `[furniture-notes]` of several words after the republisher's name ("La Revista … pone a
  /// disposición el siguiente documento …", "… is republished here with permission").
  func isRepublicationNote(_ text: String) -> Bool {
    let keys = WordKey.keys(TextScan.prefix(text, 300))
    guard keys.count <= 40 else { return false }
    return keys.indices.prefix(Self.innerNoteReach).contains { start in
      rules.vocabulary.notes.match(keys, at: start) >= Self.shortestInnerNote
    }
  }
}

extension FurnitureRules {
  /// The fewest decoration marks on each side of a site's banner ("::::albedrío::::").
  static let shortestDecoration = 3

  /// Whether a line is a site's banner: one word or name (no space inside) between runs of
  /// decoration marks, at least three on each side ("::::albedrío::::", "===acme.org===").
  /// Brackets and quotes are no decoration: "[Imprimer]" and "«Merci»" are read by other rules.
  static func isDecoratedBanner(_ line: String) -> Bool {
    // A byte first: most lines start with a letter, and are let go without a copy.
    guard let byte = line.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }),
      decorationBytes.contains(byte)
    else { return false }
    let scalars = Array(TextScan.trimmed(line).unicodeScalars)
    guard let first = scalars.first, isDecoration(first) else { return false }
    let lead = scalars.prefix { isDecoration($0) }.count
    let trail = scalars.reversed().prefix { isDecoration($0) }.count
    guard lead >= shortestDecoration, trail >= shortestDecoration, lead + trail < scalars.count
    else { return false }
    let core = scalars[lead..<(scalars.count - trail)]
    return core.contains { $0.properties.isAlphabetic } && !core.contains(where: TextScan.isSpace)
  }

  /// The first UTF-8 bytes of the decoration marks (0xC2 of "·", 0xE2 of "•", "─", "★" …).
  private static let decorationBytes: Set<UInt8> = Set(":*=~-_|#+^".utf8).union([0xC2, 0xE2])

  /// A mark that pages repeat to decorate a name: ASCII punctuation and symbols other than
  /// brackets, quotes and sentence marks' companions, and a few typographic dots and bars.
  private static func isDecoration(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ":", "*", "=", "~", "-", "_", "|", "#", "+", "^", "\u{00B7}", "\u{2022}", "\u{2500}",
      "\u{2550}", "\u{25A0}", "\u{25CF}", "\u{2605}", "\u{2606}":
      return true
    default: return false
    }
  }
}

extension PageLayout {
  /// The square brackets a page prints its buttons in, with their closing ones.
  private static let buttonBrackets: [Unicode.Scalar: Unicode.Scalar] = [
    "[": "]", "\u{3010}": "\u{3011}", "\u{FF3B}": "\u{FF3D}",
  ]

  /// Takes out of the lines the link buttons a page prints in square brackets beside a title
  /// or a paragraph: a bracketed phrase of `[furniture-links]` and nothing else ("[复制链接]",
  /// "[Copy link]", "[Imprimer]"). A line that is the button alone is left to
  /// ``FurnitureRules`` (a note in brackets).
  static func removeLinkButtons(
    _ lines: inout [SourceLine], links: PhraseSet, into dropped: inout [DroppedLine]
  ) {
    for index in lines.indices where mayHoldButton(lines[index].text) {
      removeLinkButtons(&lines[index], links: links, into: &dropped)
    }
  }

  /// Whether the line may hold an opening square bracket: "[", or the first byte of the
  /// full-width "【" (E3 80 90) and "［" (EF BC BB). A byte scan lets most lines go at once.
  static func mayHoldButton(_ text: String) -> Bool {
    TextScan.holdsAny(in: text, where: { $0 == 0x5B || $0 == 0xE3 || $0 == 0xEF })
  }

  private static func removeLinkButtons(
    _ line: inout SourceLine, links: PhraseSet, into dropped: inout [DroppedLine]
  ) {
    let s = TextScan.scalars(line.text)
    var out: [Unicode.Scalar] = []
    var buttons: [String] = []
    var index = 0
    while index < s.count {
      if let close = buttonBrackets[s[index]],
        let end = s[(index + 1)...].prefix(40).firstIndex(of: close),
        case let keys = WordKey.keys(TextScan.string(s[(index + 1)..<end])),
        (1...4).contains(keys.count), links.match(keys, at: 0) == keys.count
      {
        buttons.append(TextScan.string(s[index...end]))
        index = end + 1
        // The spaces on both sides of the button become one.
        if out.last.map(TextScan.isSpace) ?? true {
          while index < s.count && TextScan.isSpace(s[index]) { index += 1 }
        }
        continue
      }
      out.append(s[index])
      index += 1
    }
    let rest = TextScan.trimmed(TextScan.string(out[...]))
    guard !buttons.isEmpty, rest.unicodeScalars.contains(where: \.properties.isAlphabetic) else {
      return
    }
    for button in buttons {
      dropped.append(
        DroppedLine(
          line: line.number, text: button,
          reason: "a link button of the page, in brackets, not part of the address",
          fragment: true))
    }
    line.text = rest
  }
}
