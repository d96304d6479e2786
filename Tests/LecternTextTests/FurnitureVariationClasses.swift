/// Where a page puts a piece of furniture.
enum FurniturePlacement: String, CaseIterable, Sendable {
  /// Above the headline (menus, skip links, switchers).
  case top
  /// Between the headline and the address (stamps, bylines, share rows).
  case underHeadline
  /// Between two paragraphs (captions, credits, "see also").
  case between
  /// After the address's last line (tags, related articles, footers).
  case bottom
  /// A PDF copy's page break between two paragraphs.
  case pageBreak
  /// A PDF copy's page break inside a sentence.
  case midSentence
}

/// The shapes of furniture real pages have, each with the places pages put it.
enum FurnitureClass: String, CaseIterable, Sendable {
  case navRow, menuColumn, breadcrumb, skipLink, languageSwitcher, searchBox
  case shareRow, socialNames, viewCounter, rating
  case dateStamp, byline, sourceLine
  case photoCredit, repeatedCaption, imageFile
  case tagList, categoryLabel, relatedList, readMore, previousNext, pagination
  case copyright, postalAddress, contactLines, cookieNotice, legalLinks
  case pageNumber, runningHeader, footnote
  case advertisement, readingTime, commentCount, newsletter, audioPlayer, writtenStamp

  /// Where pages put this class.
  var placements: [FurniturePlacement] {
    switch self {
    case .navRow, .menuColumn, .languageSwitcher, .legalLinks: [.top, .bottom]
    case .breadcrumb: [.top, .underHeadline]
    case .skipLink, .searchBox: [.top]
    case .shareRow, .socialNames, .viewCounter, .rating, .sourceLine, .categoryLabel:
      [.underHeadline, .bottom]
    case .dateStamp: [.underHeadline, .between, .bottom]
    case .byline: [.underHeadline]
    case .photoCredit: [.underHeadline, .between]
    case .repeatedCaption, .imageFile: [.between]
    case .readMore: [.between, .bottom]
    case .tagList, .relatedList, .previousNext, .pagination, .copyright, .postalAddress,
      .contactLines, .cookieNotice:
      [.bottom]
    case .pageNumber, .runningHeader, .footnote: [.pageBreak, .midSentence]
    case .advertisement: [.between]
    case .readingTime, .audioPlayer: [.underHeadline]
    case .commentCount, .writtenStamp: [.underHeadline, .bottom]
    case .newsletter: [.between, .bottom]
    }
  }

  /// Whether the class is about words (tried in the page's language and in English) rather
  /// than shape (tried with invented words only).
  var isVocabulary: Bool {
    switch self {
    case .skipLink, .searchBox, .shareRow, .viewCounter, .dateStamp, .byline, .sourceLine,
      .photoCredit, .tagList, .categoryLabel, .relatedList, .readMore, .previousNext,
      .pagination, .copyright, .contactLines, .cookieNotice, .legalLinks, .pageNumber,
      .advertisement, .readingTime, .commentCount, .newsletter, .audioPlayer, .writtenStamp:
      true
    default: false
    }
  }
}

/// One piece of furniture: its lines, and the substrings that must not be spoken.
struct FurnitureBlock {
  var lines: [String]
  /// Substrings of the lines that must never be spoken (nil: every longer token of them).
  var probes: [String]? = nil
  /// Whether the block is printed twice (a caption under its photo and in a gallery).
  var repeated = false
}

/// Builds blocks of each class from a language's words (`words`) and the inventor.
struct FurnitureMaker {
  var inventor: FurnitureInventor
  let words: PageWords
  let body: VariationBody

  mutating func separator() -> String {
    inventor.pick([" | ", " · ", " » ", " / ", "\t", " • "])
  }

  mutating func teaser() -> String {
    inventor.pick(body.teasers).replacingOccurrences(of: "%@", with: inventor.person())
  }

  mutating func block(_ kind: FurnitureClass) -> FurnitureBlock {
    switch kind {
    case .navRow, .menuColumn:
      let items = [words.home] + (0..<inventor.number(3...5)).map { _ in inventor.names(2) }
      return FurnitureBlock(
        lines: kind == .navRow ? [items.joined(separator: separator())] : items)
    case .breadcrumb:
      let step = inventor.pick([" > ", " » ", " / ", " › "])
      return FurnitureBlock(
        lines: [[words.home, inventor.names(2), inventor.names(2)].joined(separator: step)])
    case .skipLink: return FurnitureBlock(lines: [words.skip])
    case .languageSwitcher:
      let names = ["English", "Français", "Español", "العربية", "Русский", "中文", words.ownName]
      let unique = names.enumerated().filter { !names[..<$0.offset].contains($0.element) }
        .map(\.element)
      return FurnitureBlock(
        lines: inventor.toss() ? unique : [unique.joined(separator: separator())])
    case .searchBox:
      return FurnitureBlock(lines: [inventor.pick([words.search, words.search + "…"])])
    case .shareRow:
      return FurnitureBlock(
        lines: [[words.share, words.print, words.email, "A+", "A-"].joined(separator: separator())])
    case .socialNames:
      return FurnitureBlock(
        lines: inventor.pick([
          ["Facebook Twitter LinkedIn WhatsApp"], ["Tweet"], ["Facebook", "X", "Telegram"],
        ]))
    case .viewCounter:
      return FurnitureBlock(lines: [PageWords.filled(words.views, inventor.number(12...9999))])
    case .rating:
      let stars = inventor.pick(["★★★★☆", "★★★☆☆"])
      return FurnitureBlock(
        lines: [inventor.pick(["\(stars) 4.\(inventor.number(1...9)) (37)", "4.2/5 · 37"])],
        probes: ["4.", "37"])
    default: return later(kind)
    }
  }
}

/// Invented words, names and numbers in a language's script: the furniture-variation suite
/// builds the classes that are about shape (menus, tags, site and agency names, addresses)
/// from them, so that no language file can hold them and a rule that passes knows the shape,
/// not the words.
struct FurnitureInventor {
  var random: SeededRandom
  /// The script of the invented words: `latin`, `cyrillic`, `arabic` or `han`.
  let script: String

  /// Syllables by script; no two of them make a word of a language file.
  static let syllables: [String: [String]] = [
    "latin": ["zo", "qua", "vim", "tel", "rux", "pla", "nem", "kor", "ush", "bri"],
    "cyrillic": ["зо", "ква", "вим", "тел", "рук", "пла", "нем", "кор", "уш", "бри"],
    "arabic": ["زو", "كوا", "فيم", "تيل", "روخ", "بلا", "نيم", "كور", "وش", "بري"],
    "han": ["澜", "岚", "涛", "坊", "苑", "阁", "溪", "峦", "璟", "琪"],
  ]

  /// The script of invented words for a page in `language`.
  static func script(of language: String) -> String {
    switch language {
    case "ru": "cyrillic"
    case "ar": "arabic"
    case "zh": "han"
    default: "latin"
    }
  }

  init(seed: UInt64, language: String) {
    random = SeededRandom(state: seed)
    script = Self.script(of: language)
  }

  /// An invented word in lower case.
  mutating func word() -> String {
    let syllables = Self.syllables[script] ?? []
    let count = script == "han" ? 2 : Int.random(in: 2...3, using: &random)
    return (0..<count).map { _ in syllables[Int.random(in: 0..<syllables.count, using: &random)] }
      .joined()
  }

  /// An invented word with a capital.
  mutating func name() -> String {
    let word = word()
    return word.prefix(1).uppercased() + word.dropFirst()
  }

  /// One to `most` invented names, joined as the script joins words.
  mutating func names(_ most: Int) -> String {
    (0..<Int.random(in: 1...most, using: &random)).map { _ in name() }
      .joined(separator: script == "han" ? "" : " ")
  }

  /// A person's invented name: given name and surname.
  mutating func person() -> String {
    script == "han" ? name() + "·" + name() : name() + " " + name()
  }

  /// One of `items`.
  mutating func pick<T>(_ items: [T]) -> T {
    items[Int.random(in: 0..<items.count, using: &random)]
  }

  /// A number in `range`.
  mutating func number(_ range: ClosedRange<Int>) -> Int {
    Int.random(in: range, using: &random)
  }

  /// A coin toss.
  mutating func toss() -> Bool { Bool.random(using: &random) }

  /// A site's or agency's invented name ("Quavimtel News" is a shape: a capitalized name).
  mutating func site() -> String { names(2) }
}
