/// Places a header states on their own line beside its date line, and venues under a date.
extension HeaderReader {
  /// A statement of places only, next to a statement that is a date: its places are places
  /// ("SANTIAGO, CHILE" under "15 October 2019"; "LYON, FRANCE" above "12 June 2023").
  /// Not when a header line states a place and a date together ("(Nueva York, 6 de octubre
  /// de 2008)", "بيروت، 16 …"): that line says where, and a word alone above a date is then
  /// the page's section ("Plenario", "خطابات"), not the place.
  static func placesBesideDates(_ statements: [Statement]) -> [Statement] {
    var result = statements
    guard !statements.contains(where: statesPlaceAndDate) else { return result }
    func isDate(_ index: Int) -> Bool {
      // A whole date: a day and a month alone ("18 تموز/يوليه") says too little of its line.
      statements.indices.contains(index)
        && statements[index].fields.contains { $0.kind == .date && $0.date != nil }
        && statements[index].fields.allSatisfy {
          [.date, .time, .place, .connective].contains($0.kind)
        }
    }
    // A place alone before a colon, right before the address, is a dateline ("New Delhi:").
    func isDateline(_ index: Int) -> Bool {
      index == statements.count - 1 && statements[index].lines.count == 1
        && statements[index].lines[0].text.unicodeScalars.last == ":"
    }
    // Two or three places joined by commas on one line under the headline ("Vienna,
    // Austria"), in a header that dates nothing: a city and its country.
    let undated = !statements.contains { $0.fields.contains { $0.kind == .date } }
    func isPlaceList(_ index: Int) -> Bool {
      guard undated, index > 0, statements[index].lines.count == 1 else { return false }
      let places = statements[index].fields.filter { $0.kind == .maybePlace }.count
      return (2...3).contains(places)
        && statements[index - 1].fields.contains { [.title, .event].contains($0.kind) }
    }
    // An exclamation is a greeting, not a place ("November 24, 2011" / "Happy Thanksgiving!").
    func exclaims(_ index: Int) -> Bool {
      "!?¡¿！？".contains(LineShape.lastMark(statements[index].lines.last?.text ?? "") ?? " ")
    }
    for index in statements.indices
    where statements[index].fields.allSatisfy({ [.maybePlace, .connective].contains($0.kind) })
      && (isDate(index - 1) || isDate(index + 1) || isDateline(index) || isPlaceList(index))
      && !exclaims(index)
    {
      let text = result[index].lines.map(\.text).joined(separator: " ")
      result[index].fields = [HeaderField(kind: .place, text: cleaned(text))]
    }
    return result
  }

  /// A venue alone on its line right under a line that ends with its date ("… on 15 June" /
  /// "British High Commissioner’s Residence"): the place, as a dateline's place under its date.
  func venuesUnderDates(_ statements: [Statement]) -> [Statement] {
    var result = statements
    for index in statements.indices.dropFirst() {
      guard statements[index].fields.count == 1, statements[index].fields[0].kind == .maybePlace,
        parser.isVenue(
          statements[index].fields[0].text, WordKey.keys(statements[index].fields[0].text)),
        let before = statements[index - 1].fields.last, endsWithDate(before)
      else { continue }
      result[index].fields[0].kind = .place
    }
    return result
  }

  /// Whether a field is a date, or ends with a day and a month ("…, on 15 June").
  private func endsWithDate(_ field: HeaderField) -> Bool {
    if field.kind == .date { return true }
    let tail = String(field.text.unicodeScalars.suffix(24))
    guard let day = vocabulary.dates.dayAndMonth(in: tail) else { return false }
    return tail.hasSuffix(day)
  }

  /// Whether one statement states a date (a day and a month will do) and a place: a dateline,
  /// stronger evidence of the place than a line of places alone beside a date.
  private static func statesPlaceAndDate(_ statement: Statement) -> Bool {
    statement.fields.contains { $0.kind == .date }
      && statement.fields.contains { $0.kind == .place }
  }
}
