/// The writing system of a character, as far as choosing a voice needs it.
///
/// Digits, punctuation, spaces and symbols are ``common``: they belong to no script and join
/// the span around them.
public enum Script: String, Sendable, Hashable, CaseIterable, Codable {
  /// Latin letters, with their accented forms.
  case latin
  /// Cyrillic (Russian, Ukrainian, …).
  case cyrillic
  /// Greek.
  case greek
  /// Armenian.
  case armenian
  /// Georgian.
  case georgian
  /// Hebrew.
  case hebrew
  /// Arabic (Arabic, Persian, Urdu, …).
  case arabic
  /// Devanagari (Hindi, Marathi, Nepali, …).
  case devanagari
  /// Bengali.
  case bengali
  /// Tamil.
  case tamil
  /// Gurmukhi (Punjabi).
  case gurmukhi
  /// Gujarati.
  case gujarati
  /// Odia.
  case oriya
  /// Telugu.
  case telugu
  /// Kannada.
  case kannada
  /// Malayalam.
  case malayalam
  /// Sinhala.
  case sinhala
  /// Myanmar (Burmese, Shan, …).
  case myanmar
  /// Thai.
  case thai
  /// Ethiopic (Amharic, Tigrinya, …).
  case ethiopic
  /// Hangul (Korean).
  case hangul
  /// Hiragana and katakana (Japanese).
  case kana
  /// Han characters (Chinese; kanji in Japanese text).
  case han
  /// A letter of a script none of the above names.
  case other
  /// Not a letter: digits, punctuation, spaces, symbols.
  case common

  /// The script of a Unicode scalar.
  public init(of scalar: Unicode.Scalar) {
    if scalar.isASCII {
      let value = scalar.value | 0x20  // folds A–Z onto a–z
      self = value >= 0x61 && value <= 0x7A ? .latin : .common
      return
    }
    let properties = scalar.properties
    // Digits and punctuation inside a script's block (Arabic comma, Arabic-Indic digits) are
    // still shared: they must not start a span of their own.
    guard properties.isAlphabetic || properties.generalCategory == .nonspacingMark,
      properties.numericType == nil
    else {
      self = .common
      return
    }
    self = Self.table.first { $0.range.contains(scalar.value) }?.script ?? .other
  }

  /// The script of a character: that of its first scalar.
  public init(of character: Character) {
    if let ascii = character.asciiByte {  // that of its first scalar, without the views
      let value = ascii | 0x20
      self = value >= 0x61 && value <= 0x7A ? .latin : .common
      return
    }
    guard let scalar = character.unicodeScalars.first else {
      self = .common
      return
    }
    self.init(of: scalar)
  }

  /// Unicode blocks, in the order they are tested.
  private static let table: [(range: ClosedRange<UInt32>, script: Script)] = [
    (0x0041...0x024F, .latin), (0x0250...0x02FF, .latin), (0x1D00...0x1DBF, .latin),
    (0x1E00...0x1EFF, .latin),
    (0x2C60...0x2C7F, .latin), (0xA720...0xA7FF, .latin), (0xFF21...0xFF5A, .latin),
    (0x0300...0x036F, .common),
    (0x0370...0x03FF, .greek), (0x1F00...0x1FFF, .greek),
    (0x0400...0x052F, .cyrillic), (0x1C80...0x1C8F, .cyrillic), (0x2DE0...0x2DFF, .cyrillic),
    (0xA640...0xA69F, .cyrillic),
    (0x0530...0x058F, .armenian), (0x10A0...0x10FF, .georgian),
    (0x0590...0x05FF, .hebrew), (0xFB1D...0xFB4F, .hebrew),
    (0x0600...0x06FF, .arabic), (0x0750...0x077F, .arabic), (0x08A0...0x08FF, .arabic),
    (0xFB50...0xFDFF, .arabic), (0xFE70...0xFEFF, .arabic),
    (0x0900...0x097F, .devanagari), (0xA8E0...0xA8FF, .devanagari),
    (0x0980...0x09FF, .bengali), (0x0A00...0x0A7F, .gurmukhi), (0x0A80...0x0AFF, .gujarati),
    (0x0B00...0x0B7F, .oriya), (0x0B80...0x0BFF, .tamil), (0x0C00...0x0C7F, .telugu),
    (0x0C80...0x0CFF, .kannada), (0x0D00...0x0D7F, .malayalam), (0x0D80...0x0DFF, .sinhala),
    (0x0E00...0x0E7F, .thai), (0x1000...0x109F, .myanmar), (0xA9E0...0xA9FF, .myanmar),
    (0xAA60...0xAA7F, .myanmar),
    (0x1200...0x139F, .ethiopic), (0x2D80...0x2DDF, .ethiopic), (0xAB00...0xAB2F, .ethiopic),
    (0x1100...0x11FF, .hangul), (0x3130...0x318F, .hangul), (0xA960...0xA97F, .hangul),
    (0xAC00...0xD7FF, .hangul),
    (0x3040...0x30FF, .kana), (0x31F0...0x31FF, .kana), (0xFF66...0xFF9F, .kana),
    (0x3005...0x3007, .han), (0x3400...0x4DBF, .han), (0x4E00...0x9FFF, .han),
    (0xF900...0xFAFF, .han), (0x20000...0x3134F, .han),
  ]
}

extension Script {
  /// The comma that joins two facts of `text`'s script ("Name، Office" in Arabic, "姓名，职务"
  /// in Chinese), by the script of its last letter: a Latin comma in an Arabic intro is read
  /// as a Latin mark.
  static func comma(after text: String) -> String {
    let letter = text.unicodeScalars.last { $0.properties.isAlphabetic }
    switch letter.map({ Script(of: $0) }) {
    case .arabic?: return "\u{060C} "
    case .han?, .kana?: return "\u{FF0C}"
    default: return ", "
    }
  }

  /// Whether the script writes its words without spaces between them (Chinese, Japanese): a
  /// line's length, not its words, shows a hard wrap, and a name or a title is one run.
  var isUnspaced: Bool { self == .han || self == .kana }

  /// The case's position in ``allCases``, so that scripts can be counted in an array.
  var ordinal: Int {
    switch self {
    case .latin: 0
    case .cyrillic: 1
    case .greek: 2
    case .armenian: 3
    case .georgian: 4
    case .hebrew: 5
    case .arabic: 6
    case .devanagari: 7
    case .bengali: 8
    case .tamil: 9
    case .gurmukhi: 10
    case .gujarati: 11
    case .oriya: 12
    case .telugu: 13
    case .kannada: 14
    case .malayalam: 15
    case .sinhala: 16
    case .myanmar: 17
    case .thai: 18
    case .ethiopic: 19
    case .hangul: 20
    case .kana: 21
    case .han: 22
    case .other: 23
    case .common: 24
    }
  }
}
