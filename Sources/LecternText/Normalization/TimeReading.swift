extension FormReader {
  /// A time of day: "10:30 a.m.", "15:00", "09:05", French "15h30" and "15 h 30", German
  /// "15:30 Uhr". Said by the language's `say-times` patterns (`{h}`, `{m}`, `{hours}`):
  /// eSpeak NG reads "15:00" as "fifteen zero zero", "15h30" as "quinze ache trente", and
  /// "15:30 Uhr" as "fünfzehn Uhr dreißig Uhr".
  func time(at index: Int) -> Reading? {
    guard !rules.times.isEmpty, view.isNumber(index, digits: 1...2), let hourToken = view[index],
      let hour = Int(hourToken.digits), hour <= 24,
      view[index - 1]?.kind != .symbol || !view.isNumber(index - 2)
    else { return nil }
    var cursor = index + 1
    var minute: Int?
    if view.isSymbol(cursor, ":"), view.isNumber(cursor + 1, digits: 2...2) {
      minute = view[cursor + 1].flatMap { Int($0.digits) }
      cursor += 2
    } else if let marks = rules.times["hour-marks"], let mark = view[view.skippingSpace(cursor)],
      marks.split(separator: " ").contains(Substring(mark.text))
    {
      cursor = view.skippingSpace(cursor) + 1
      let next = view.skippingSpace(cursor)
      if view.isNumber(next, digits: 2...2) {
        minute = view[next].flatMap { Int($0.digits) }
        cursor = next + 1
      } else {
        minute = 0
      }
    } else {
      return nil
    }
    guard let minute, minute < 60,
      view.standsAlone(from: index, to: cursor)
        || view[cursor]?.kind == .space || view.isSymbol(cursor, ".,;:!?)")
    else { return nil }
    if let after = rules.times["after"], view.isSpace(cursor), view[cursor + 1]?.text == after {
      cursor += 2
    }
    return Reading(end: cursor, spoken: sayTime(hour: hour, minute: minute, next: cursor))
  }

  /// The words of a time by the patterns.
  private func sayTime(hour: Int, minute: Int, next: Int) -> String {
    let twelveHour =
      view.isSpace(next)
      && view[next + 1].map {
        ["a", "p", "am", "pm", "AM", "PM"].contains($0.text)
      } == true
    let pattern: String
    if minute == 0 {
      pattern =
        twelveHour
        ? rules.times["on-the-hour-12h"] ?? "{h}"
        : rules.times["on-the-hour"] ?? rules.times["pattern"] ?? "{h} {m}"
    } else {
      pattern = rules.times["pattern"] ?? "{h} {m}"
    }
    var minutes = String(minute)
    if minute < 10, let zero = rules.times["minute-zero"] { minutes = zero + " " + minutes }
    let category = speller.pluralCategory(Double(hour), language: language)
    let hours = rules.times["hour-word"].map { PluralForms($0).form(category) } ?? ""
    return PatternTemplate.render(
      pattern[...], ["h": String(hour), "m": minutes, "hours": hours])
  }
}
