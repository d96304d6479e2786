/// Units of measure after a number: "16000 KM", "5 km", "12 км", "40kg". eSpeak NG spells most
/// unit symbols letter by letter ("K M", "K G") in most languages; a reader says the unit's
/// name, agreeing with the number. The names are data: each language's `say-units` section
/// (`km = one kilometre | other kilometres`), matched in any case, since pages print "KM" as
/// often as "km"; only symbols that name no word of the language are listed there.
extension FormReader {
  /// A unit of `say-units` right after a number (past one space, or glued to it), ending
  /// where its word ends: its name, by the number's plural category.
  func unit(at index: Int) -> Reading? {
    guard !rules.units.isEmpty else { return nil }
    let numberIndex = view.isSpace(index - 1) ? index - 2 : index - 1
    guard let number = view[numberIndex], number.kind == .number,
      let (phrase, end) = rules.units.match(view, at: index)
    else { return nil }
    // A number with a decimal part ("1.5 km") takes the fractional category, `other`.
    let fractional = view.isSymbol(numberIndex - 1, ".,") && view.isNumber(numberIndex - 2)
    let category =
      fractional
      ? "other" : speller.pluralCategory(Double(number.digits) ?? 0, language: language)
    let name = PluralForms(phrase.value).form(category)
    return Reading(end: end, spoken: (numberIndex == index - 1 ? " " : "") + name)
  }
}
