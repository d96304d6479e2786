import Foundation

/// The ways a header writes a date, in each language: Foundation's `DateFormatter` styles
/// for the language's locale, written and numeric patterns, a weekday before it, a time
/// after it, Arabic-Indic digits, and what a plan's date must then hold (the year and the
/// month, as written or as a number).
enum VariationDateFormat: String, CaseIterable, Sendable {
  case full, long, medium, short, written, monthFirst, dotted, iso, slashedYMD, slashedDMY
  case withTime, arabicIndic

  /// The formats a language's pages use: "October 30, 2019" in English only, and
  /// Arabic-Indic digits in Arabic ("٣٠ أكتوبر ٢٠١٩"; ICU's Arabic dates use Latin digits).
  static func formats(of language: VariationLanguage) -> [VariationDateFormat] {
    allCases.filter { format in
      switch format {
      case .monthFirst: return language.code == "en"
      case .arabicIndic: return language.code == "ar"
      default: return true
      }
    }
  }

  /// A date written in this format and what a plan's date must hold.
  struct Written {
    var text: String
    /// The year as written (four digits, or two in a short style).
    var year: String
    /// Any of these is the month (names of the month, or its number as a token).
    var months: [String]
  }

  private static func formatter(_ locale: String, pattern: String? = nil) -> DateFormatter {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: locale)
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.calendar = Calendar(identifier: .gregorian)
    if let pattern { formatter.dateFormat = pattern }
    return formatter
  }

  /// `year-month-day` in `language`, written in this format.
  func write(_ year: Int, _ month: Int, _ day: Int, in language: VariationLanguage) -> Written {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let date =
      calendar.date(from: DateComponents(year: year, month: month, day: day, hour: 10, minute: 30))
      ?? Date()
    let locale = language.locale
    var text: String
    switch self {
    case .full, .long, .medium, .short:
      let formatter = Self.formatter(locale)
      formatter.dateStyle =
        [.full: .full, .long: .long, .medium: .medium, .short: .short][self] ?? .long
      text = formatter.string(from: date)
    case .written:
      let pattern =
        language.code == "zh"
        ? "y年M月d日"
        : language.code == "es" || language.code == "pt" ? "d 'de' MMMM 'de' y" : "d MMMM y"
      text = Self.formatter(locale, pattern: pattern).string(from: date)
    case .monthFirst: text = Self.formatter(locale, pattern: "MMMM d, y").string(from: date)
    case .dotted: text = Self.formatter("en_US_POSIX", pattern: "dd.MM.yyyy").string(from: date)
    case .iso: text = Self.formatter("en_US_POSIX", pattern: "yyyy-MM-dd").string(from: date)
    case .slashedYMD: text = Self.formatter("en_US_POSIX", pattern: "yyyy/MM/dd").string(from: date)
    case .slashedDMY: text = Self.formatter("en_US_POSIX", pattern: "dd/MM/yyyy").string(from: date)
    case .withTime:
      let formatter = Self.formatter(locale)
      formatter.dateStyle = .long
      formatter.timeStyle = .short
      text = formatter.string(from: date)
    case .arabicIndic:
      let month = Self.formatter(locale, pattern: "MMMM").string(from: date)
      text = "\(Self.arabicIndic(String(day))) \(month) \(Self.arabicIndic(String(year)))"
    }
    return Written(text: text, year: Self.year(year, in: text), months: Self.months(month, locale))
  }

  /// The year as the text writes it: four digits, Arabic-Indic or not, else two.
  private static func year(_ year: Int, in text: String) -> String {
    let four = String(year)
    if text.contains(four) { return four }
    let indic = arabicIndic(four)
    if text.contains(indic) { return indic }
    let two = String(four.suffix(2))
    return text.contains(arabicIndic(two)) && !text.contains(two) ? arabicIndic(two) : two
  }

  static func arabicIndic(_ digits: String) -> String {
    String(
      digits.unicodeScalars.map { scalar in
        guard let value = scalar.properties.numericType == .decimal ? Int(String(scalar)) : nil,
          let indic = Unicode.Scalar(0x0660 + value)
        else { return Character(scalar) }
        return Character(indic)
      })
  }

  /// Every name the locale gives the month, and its number in Latin and Arabic-Indic digits.
  private static func months(_ month: Int, _ locale: String) -> [String] {
    let formatter = Self.formatter(locale)
    let index = month - 1
    var names =
      [
        formatter.monthSymbols, formatter.shortMonthSymbols, formatter.standaloneMonthSymbols,
        formatter.shortStandaloneMonthSymbols,
      ].compactMap { $0?[index] }
    for number in [String(month), String(format: "%02d", month)] {
      names += [number, arabicIndic(number)]
    }
    return names
  }

  /// The text with every decimal digit in ASCII ("٢٠٠٩" → "2009").
  static func asciiDigits(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { scalar in
          guard !scalar.isASCII, scalar.properties.numericType == .decimal,
            let value = scalar.properties.numericValue
          else { return scalar }
          return Unicode.Scalar(UInt8(48 + Int(value)))
        }))
  }

  /// Whether `date` names the month: one of its names, or its number as a token of digits.
  static func holdsMonth(_ date: String, _ months: [String], year: String) -> Bool {
    let folded = date.lowercased()
    let names = months.filter { !$0.unicodeScalars.allSatisfy { $0.properties.numericType != nil } }
    if names.contains(where: {
      folded.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters))
    }) {
      return true
    }
    let numbers = Set(months).subtracting(names)
    var tokens: [String] = []
    var token = ""
    for scalar in date.unicodeScalars {
      if scalar.properties.numericType == .decimal {
        token.unicodeScalars.append(scalar)
      } else if !token.isEmpty {
        tokens.append(token)
        token = ""
      }
    }
    if !token.isEmpty { tokens.append(token) }
    return tokens.contains { numbers.contains($0) && $0 != year }
  }
}
