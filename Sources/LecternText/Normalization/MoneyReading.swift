extension FormReader {
  /// An amount of money, its currency written before or after it, with or without a scale
  /// word: "$25 million", "£3.2bn", "USD 10", "5 000 €", "25 млн долларов". Said amount first,
  /// then the scale word, then the currency in the form the number requires ("twenty-five
  /// million dollars"; "25 millions de dollars"; "25 миллионов долларов") — eSpeak NG says the
  /// symbol first ("dollar twenty-five million") and drops it in some voices.
  func money(at index: Int) -> Reading? {
    let (currencyBefore, afterCurrency) = currencyTokens(at: index)
    let start = view.skippingSpace(afterCurrency)
    if view.isNumber(start), view[index]?.kind != .number, let currency = currencyBefore {
      guard let amount = writtenNumber(at: start) ?? gluedNumber(at: start) else { return nil }
      let (scale, end) = scaleWord(after: amount.end)
      return Reading(end: end, spoken: say(amount, scale: scale, currency: currency))
    }
    guard let amount = writtenNumber(at: index) else { return nil }
    let (scale, afterScale) = scaleWord(after: amount.end)
    let next = view.skippingSpace(afterScale)
    let (currencyAfter, afterCurrencyAfter) = currencyTokens(at: next)
    if let currency = currencyAfter, !(view[next]?.kind == .word && next == afterScale) {
      return Reading(
        end: afterCurrencyAfter, spoken: say(amount, scale: scale, currency: currency))
    }
    // A scale word on its own ("25 млн", "3.2bn"): abbreviations only, never a single letter
    // ("5m" may be metres).
    let written = text(view.skippingSpace(amount.end), afterScale)
    // A full scale word glued to the number ("8.3trillion") only needs its space.
    let glued = afterScale > amount.end && view[amount.end]?.kind == .word
    guard let scale, written.count > 1, glued || written != scale.form("other") else {
      return nil
    }
    return Reading(end: afterScale, spoken: say(amount, scale: scale, currency: nil))
  }

  /// A number right after a currency symbol without the language's marks (`$1,200` in a
  /// French text): read plainly.
  private func gluedNumber(at index: Int) -> WrittenNumber? {
    guard let token = view[index], token.kind == .number else { return nil }
    return WrittenNumber(
      end: index + 1, integer: token.digits, fraction: nil, grouped: false, source: token.text)
  }

  /// The currency at `index` and the token after it: also a code glued to a symbol that
  /// `say-currencies` lists as one ("US$", "R$"), which eSpeak reads as the letters alone.
  func currencyTokens(at index: Int) -> (PluralForms?, Int) {
    if let word = view[index], word.kind == .word, let symbol = view[index + 1],
      symbol.kind == .symbol, let forms = rules.currency(word.text + symbol.text)
    {
      return (forms, index + 2)
    }
    return (currency(at: index), index + 1)
  }

  /// The currency at `index`: a symbol or code of `say-currencies`, or an ISO 4217 code in
  /// capitals that ICU names ("CHF").
  func currency(at index: Int) -> PluralForms? {
    guard let token = view[index], token.kind != .space, token.kind != .number else {
      return nil
    }
    if let forms = rules.currency(token.text) { return forms }
    // Three capitals A–Z are three bytes: tested on them, not on characters.
    guard token.kind == .word, token.text.utf8.count == 3,
      token.text.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }), !keeping(token.text)
    else { return nil }
    var forms: [String] = []
    for category in PluralForms.categories.sorted() {
      if let name = speller.currencyName(token.text, language: language, category: category) {
        forms.append(category + " " + name)
      }
    }
    return forms.isEmpty ? nil : PluralForms(forms.joined(separator: " | "))
  }

  /// A scale word of `say-scales` right after the number (glued, "3.2bn", or after a space):
  /// its forms and the token after it; or nil and `index`.
  func scaleWord(after index: Int) -> (PluralForms?, Int) {
    if let token = view[index], token.kind == .word {
      if let (phrase, end) = rules.scales.match(view, at: index) {
        return (PluralForms(phrase.value), end)
      }
      return (nil, index)
    }
    if view.isSpace(index), let (phrase, end) = rules.scales.match(view, at: index + 1) {
      return (PluralForms(phrase.value), end)
    }
    return (nil, index)
  }

  /// The words of an amount.
  func say(_ amount: WrittenNumber, scale: PluralForms?, currency: PluralForms?) -> String {
    let category = speller.pluralCategory(amount.value, language: language)
    guard let scale else {
      guard let currency else { return say(amount) }
      // Two decimals: units and cents ("3.50 $" → "3 dollars 50").
      if let cents = amount.fraction, cents.count == 2 {
        let units = WrittenNumber(
          end: amount.end, integer: amount.integer, fraction: nil, grouped: true, source: "")
        let unitCategory = speller.pluralCategory(units.value, language: language)
        let rest = cents == "00" ? "" : " " + String(cents.drop { $0 == "0" })
        return say(units) + " " + currency.form(unitCategory) + rest
      }
      return say(amount) + " " + currency.form(category)
    }
    var words = say(amount) + " " + scale.form(category)
    if let currency {
      let name = currency.form(rules.money["after-scale"] ?? "other")
      if let linker = rules.money["scale-linker"] {
        let elided = rules.money["scale-linker-before-vowel"]
        if let elided, let first = name.first, "aeiouyéèêAEIOUYÉ".contains(first) {
          words += " " + elided + name
        } else {
          words += " " + linker + " " + name
        }
      } else {
        words += " " + name
      }
    }
    return words
  }
}
