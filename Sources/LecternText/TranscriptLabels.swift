import Foundation

/// The speaker labels of a transcript: a person's name in capitals before a colon at the start
/// of a line ("Д.МЕДВЕДЕВ: Дорогие коллеги!", "PRESIDENT OBAMA: Thank you."), printed each
/// time the person speaks. A label printed at least twice names someone who speaks in the
/// document; one word alone ("QUESTION:", "ВОПРОС:") names a role, not a person.
struct TranscriptLabels {
  /// A label as first written, how often it opens a line, and the first line it opens.
  struct Label {
    var text: String
    var count: Int
    var firstLine: Int
  }

  /// The labels found, in order of their first line.
  private(set) var labels: [Label] = []

  /// The most scalars a label has before its colon.
  static let longestLabel = 40

  /// The labels of `body`'s lines; each line costs at most a bounded prefix.
  init(_ body: [SourceLine]) {
    var index: [[String]: Int] = [:]
    for line in body {
      guard let label = Self.label(line.text) else { continue }
      let keys = WordKey.keys(label)
      if let known = index[keys] {
        labels[known].count += 1
      } else {
        index[keys] = labels.count
        labels.append(Label(text: label, count: 1, firstLine: line.number))
      }
    }
  }

  /// The name a line opens with before a colon, when it is written in capitals and shaped
  /// as a name: two or more words, or initials and a surname ("Д.МЕДВЕДЕВ").
  static func label(_ text: String) -> String? {
    // A byte scan first: most lines hold no colon near their start.
    guard text.utf8.prefix(4 * longestLabel).contains(0x3A) else { return nil }
    let head = TextScan.prefix(text, longestLabel + 1)
    guard let colon = head.firstIndex(of: ":") else { return nil }
    let label = TextScan.trimmed(String(head[..<colon]))
    let letters = label.unicodeScalars.filter(\.properties.isAlphabetic)
    let words = TextScan.words(label)
    guard letters.count >= 4, letters.allSatisfy(\.properties.isUppercase),
      (1...4).contains(words.count),
      label.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || " .-".unicodeScalars.contains($0) })
    else { return nil }
    return words.count >= 2 ? label : nil
  }

  /// The speaker the labels name: among labels printed at least twice, the one whose surname
  /// the text above the transcript holds (its stem, so that an inflected form counts:
  /// "Медведева" for "МЕДВЕДЕВ"), else the one printed most; nil without such a label.
  func speaker(titledIn lines: ArraySlice<SourceLine>, _ vocabulary: StructureVocabulary)
    -> String?
  {
    let repeated = labels.filter { $0.count >= 2 }
    guard let first = repeated.first else { return nil }
    for label in repeated {
      guard let surname = TextScan.words(label.text).last, surname.count >= 4 else { continue }
      let stem = Self.stem(surname)
      let above = lines.prefix { $0.number < label.firstLine }.suffix(DocumentStructure.titleLines)
      let named = above.contains { line in
        TextScan.words(TextScan.prefix(line.text, 400)).contains { Self.folded($0).hasPrefix(stem) }
      }
      if named { return label.text }
    }
    return repeated.reduce(first) { $1.count > $0.count ? $1 : $0 }.text
  }

  /// A surname's letters but its last two, case and accents folded: what inflection leaves
  /// alone ("медвед" of "МЕДВЕДЕВ", found in "Медведева", "Медведевым").
  static func stem(_ word: String) -> String {
    let folded = Self.folded(word)
    return String(folded.prefix(max(4, folded.count - 2)))
  }

  static func folded(_ word: String) -> String {
    word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }
}
