import CICU
import Synchronization

/// Numbers in words, by ICU's rule-based number format: every language's cardinals,
/// ordinals (with gender and case where the language has them: `%spellout-ordinal-neuter`,
/// `%spellout-ordinal-masculine-locative`), years, and plural categories.
///
/// Foundation's `NumberFormatter` offers `.spellOut` only with each locale's default rule set
/// (`%spellout-numbering`): no ordinal in words, no gender, no case, and setting a rule set
/// through its format crashes. So the rule sets are reached through ICU's C API (see
/// `lectern_icu.h`). Formatters are opened once per language and rule set and kept; a lock
/// makes one speller safe to share.
public final class NumberSpeller: Sendable {
  /// The speller every normalizer shares (ICU's formatters are costly to open).
  public static let shared = NumberSpeller()

  private struct Key: Hashable {
    var locale: String
    var ruleSet: String
  }

  /// An open ICU formatter, closed when the last reference goes.
  private final class Formatter {
    let pointer: OpaquePointer
    init(_ pointer: OpaquePointer) { self.pointer = pointer }
    deinit { lectern_speller_close(pointer) }
  }

  /// Open formatters by locale and rule set; `nil` records one ICU refused.
  private let formatters = Mutex<[Key: Formatter?]>([:])

  /// Creates a speller with no formatter open yet.
  public init() {}

  /// `number` (a decimal string such as `"21"`, `"3.2"`, `"-5"`) in words in `language`, with
  /// the rule set `ruleSet` (`%spellout-ordinal`), or the default cardinal rule set when
  /// `nil`; `nil` when ICU lacks the language or rule set, or the number is not decimal.
  public func spell(_ number: String, language: String, ruleSet: String? = nil) -> String? {
    guard Self.isDecimal(number) else { return nil }
    return formatters.withLock { open -> String? in
      let key = Key(locale: language, ruleSet: ruleSet ?? "")
      if open[key] == nil {
        var status: Int32 = 0
        let pointer = lectern_speller_open(language, ruleSet ?? "", &status)
        open[key] = .some(pointer.map(Formatter.init))
      }
      guard let formatter = open[key] ?? nil else { return nil }
      return Self.utf16 { buffer, capacity, status in
        lectern_speller_format(formatter.pointer, number, buffer, capacity, status)
      }
    }.map(Self.plain)
  }

  /// The rule sets ICU offers for `language` (`%spellout-numbering-year`, …).
  public func ruleSets(language: String) -> [String] {
    var status: Int32 = 0
    guard let pointer = lectern_speller_open(language, "", &status) else { return [] }
    defer { lectern_speller_close(pointer) }
    let names = Self.utf16 { lectern_speller_rule_sets(pointer, $0, $1, $2) } ?? ""
    return names.split(separator: ";").map(String.init)
  }

  /// The plural category of `number` in `language` (`one`, `few`, `many`, `other` …): which
  /// form a counted word takes ("1 dollar", "2 dollars"; "2 доллара", "5 долларов").
  public func pluralCategory(_ number: Double, language: String) -> String {
    var buffer = [CChar](repeating: 0, count: 32)
    var status: Int32 = 0
    let length = lectern_plural_category(language, number, &buffer, 32, &status)
    guard status <= 0, length > 0 else { return "other" }
    return String(decoding: buffer[0..<Int(length)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// ICU's name of the currency `code` (`USD`) in `language` for a plural `category`
  /// ("US dollars"), or nil when ICU has none.
  ///
  /// Remembered: every capitalised three-letter word of a text is asked about (most are no
  /// currency), and ICU's lookup costs more than the rest of reading the word. At most
  /// ``rememberedNames`` answers are kept, so memory stays bounded whatever the text.
  public func currencyName(_ code: String, language: String, category: String) -> String? {
    let key = NameKey(code: code, language: language, category: category)
    if let known = names.withLock({ $0[key] }) { return known }
    let name = Self.utf16 { lectern_currency_name(code, language, category, $0, $1, $2) }
    names.withLock { if $0.count < Self.rememberedNames { $0[key] = .some(name) } }
    return name
  }

  /// The most currency-name answers kept.
  static let rememberedNames = 4096

  private struct NameKey: Hashable {
    var code: String
    var language: String
    var category: String
  }

  /// ICU's currency-name answers, by code, language and plural category (`nil`: none).
  private let names = Mutex<[NameKey: String?]>([:])

  /// Calls an ICU function that writes UTF-16, with a buffer large enough.
  private static func utf16(
    _ call: (UnsafeMutablePointer<UInt16>, Int32, UnsafeMutablePointer<Int32>) -> Int32
  ) -> String? {
    var capacity: Int32 = 256
    for _ in 0..<2 {
      var buffer = [UInt16](repeating: 0, count: Int(capacity))
      var status: Int32 = 0
      let length = buffer.withUnsafeMutableBufferPointer { pointer in
        pointer.baseAddress.map { call($0, capacity, &status) } ?? 0
      }
      if status > 0 { return nil }
      if length <= capacity { return String(decoding: buffer[0..<Int(length)], as: UTF16.self) }
      capacity = length + 1
    }
    return nil
  }

  /// ICU's words without soft hyphens (German compounds carry them: "ein\u{AD}und\u{AD}…").
  private static func plain(_ words: String) -> String {
    String(words.unicodeScalars.filter { $0 != "\u{AD}" }.map(Character.init))
  }

  /// Whether `number` is an optional minus, ASCII digits, and at most one decimal point.
  static func isDecimal(_ number: String) -> Bool {
    var digits = 0
    var points = 0
    for (offset, byte) in number.utf8.enumerated() {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
      case UInt8(ascii: "."): points += 1
      case UInt8(ascii: "-") where offset == 0: break
      default: return false
      }
    }
    return digits > 0 && digits <= 30 && points <= 1
  }
}
