/// How ``HeaderParser`` reads each piece of a statement, and where a place is confirmed.
extension HeaderParser {
  /// The pieces classified in order; places confirmed next to dates and merged.
  func classify(
    _ raw: [HeaderField], afterBy: Bool, last previous: HeaderField.Kind?
  )
    -> [HeaderField]
  {
    var result: [HeaderField] = []
    var connective: String? = afterBy ? "by" : nil
    var last = previous
    var inStatement = false  // whether `last` is a field of this statement
    for field in raw {
      defer { inStatement = true }
      switch field.kind {
      case .connective:
        connective = field.text
        result.append(field)
        continue
      case .unknown:
        let read = piece(field.text, after: connective, last: last, inStatement: inStatement)
        result += read
        if let kind = read.last?.kind, kind != .connective { last = kind }
      default:
        result.append(field)
        last = field.kind
      }
      connective = nil
    }
    return Self.confirmPlaces(result)
  }

  /// What one piece states, given the connective before it and the kind of the field before.
  private func piece(
    _ text: String, after connective: String?, last: HeaderField.Kind?, inStatement: Bool
  ) -> [HeaderField] {
    let keys = WordKey.keys(text)
    func field(_ kind: HeaderField.Kind) -> [HeaderField] {
      [HeaderField(kind: kind, text: text)]
    }
    switch connective {
    case "by": return field(.speaker)
    case "at": return field(.event)
    case "about": return field(.subject)
    default: break
    }
    if keys.allSatisfy({ $0.count <= 3 && vocabulary.isStopWord($0) }) { return field(.connective) }
    if isDebris(text) { return field(.debris) }
    if rules.isNote(keys, sentence: false) || rules.isLink(keys, sentence: false) {
      return field(.note)
    }
    if vocabulary.honorifics.match(keys, at: 0) > 0 { return field(.speaker) }
    if let title = titleThenSpeaker(text, keys) { return title }
    // An office that opens the piece ("Minister of …", "the Chair of …") is an office even
    // when it names an assembly; otherwise event words make an event.
    let officeFirst =
      vocabulary.offices.match(keys, at: 0) > 0
      || (keys.count > 1 && keys[0].count <= 3 && vocabulary.isStopWord(keys[0])
        && vocabulary.offices.match(keys, at: 1) > 0)
    let office = officeFirst || vocabulary.offices.containsAny(keys)
    let event = vocabulary.events.containsAny(keys)
    if last == .speaker || last == .office {
      if officeFirst || (office && !event) { return field(.office) }
      if inStatement && !event && isPlaceShaped(text) && keys.count <= 3 {
        return [HeaderField(kind: .maybePlace, text: text, afterPerson: true)]
      }
    }
    if event && !officeFirst { return field(.event) }
    if office { return field(.speaker) }
    let place = Self.withoutEdgeStopWords(text, vocabulary)
    if isPlaceShaped(place) { return [HeaderField(kind: .maybePlace, text: place)] }
    return field(.unknown)
  }

  /// A title, and the speaker it names without a connective: "Discours de M. …",
  /// "Выступление Президента …", "Discurso del Secretario General …".
  private func titleThenSpeaker(_ text: String, _ keys: [String]) -> [HeaderField]? {
    var length = vocabulary.titles.match(keys, at: 0)
    if length == 0 && keys.count > 1 {
      let second = vocabulary.titles.match(keys, at: 1)
      if second > 0 { length = second + 1 }
    }
    guard length > 0 else { return speakerThenTitle(text, keys) ?? unspacedSpeaker(text, keys) }
    var next = length
    while next < keys.count && next - length < 2 && keys[next].count <= 3
      && vocabulary.isStopWord(keys[next]) && vocabulary.honorifics.match(keys, at: next) == 0
    {
      next += 1
    }
    let person =
      vocabulary.honorifics.match(keys, at: next) > 0
      || vocabulary.offices.match(keys, at: next) > 0
    guard person, next < keys.count else {
      return [HeaderField(kind: .title, text: text)]
    }
    let words = Self.wordRanges(text)
    let scalars = Array(text.unicodeScalars)
    let title = TextScan.string(scalars[..<words[length - 1].range.upperBound])
    let speaker = TextScan.string(scalars[words[next].range.lowerBound...])
    return [HeaderField(kind: .title, text: title), HeaderField(kind: .speaker, text: speaker)]
  }

  /// A speaker, then the title: "Ambassador Sung Kim's Arrival Statement", "SECRETARY-
  /// GENERAL’S TOAST", "Chargée d’Affaires Andréa Tomaszewicz Remarks".
  private func speakerThenTitle(_ text: String, _ keys: [String]) -> [HeaderField]? {
    guard keys.count >= 3 else { return nil }
    for start in 2..<keys.count {
      let length = vocabulary.titles.match(keys, at: start)
      guard length > 0 else { continue }
      let possessive = keys[start - 1] == "s"
      let last = start + length == keys.count
      let before = Array(keys[..<(possessive ? start - 1 : start)])
      let person =
        vocabulary.offices.containsAny(before) || vocabulary.honorifics.containsAny(before)
      // A short line that ends with its title names the address ("CRASH TEST ADDRESS",
      // "Birthday Party Remarks").
      if last && !possessive && !person && keys.count <= 6 {
        return [HeaderField(kind: .title, text: text)]
      }
      guard possessive || (last && person) else { return nil }
      let words = Self.wordRanges(text)
      let scalars = Array(text.unicodeScalars)
      let speakerEnd = words[before.count - 1].range.upperBound
      let title = TextScan.string(scalars[words[start].range.lowerBound...])
      return [
        HeaderField(kind: .speaker, text: TextScan.string(scalars[..<speakerEnd])),
        HeaderField(kind: .title, text: title),
      ]
    }
    return nil
  }

  /// In a language written without spaces a headline is one run: "秘书长潘基文在大会…上的讲话".
  /// When the run ends with a title and holds an office, the speaker is what comes before
  /// its first occasion word (`[header-at]`, 在).
  private func unspacedSpeaker(_ text: String, _ keys: [String]) -> [HeaderField]? {
    guard keys.count == 1, vocabulary.titles.match(keys, at: 0) > 0,
      let scalar = text.unicodeScalars.first(where: \.properties.isAlphabetic),
      Script(of: scalar) == .han
    else { return nil }
    let run = Array(text)
    for cut in 2..<max(2, run.count - 2) {
      guard vocabulary.at.match([WordKey.key(String(run[cut]))], at: 0) > 0 else { continue }
      let head = String(run[..<cut])
      guard vocabulary.offices.containsAny(WordKey.keys(head)) || head.count <= 8 else {
        return nil
      }
      return [
        HeaderField(kind: .speaker, text: HeaderReader.cleaned(head)),
        HeaderField(kind: .title, text: String(run[cut...])),
      ]
    }
    return nil
  }

  /// Letters a PDF layout leaves over: a superscript "ème", "me", "er" alone.
  private func isDebris(_ text: String) -> Bool {
    let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
    return letters.count <= 3 && letters.allSatisfy { $0.properties.isLowercase }
  }

  /// One to four words, capitalized where the script has capitals (a joining word such as
  /// "de" or "upon" aside), and none of them a header word: "Moscow, Russia", "SANTIAGO",
  /// "Kigali (Rwanda)", "Stratford-upon-Avon".
  func isPlaceShaped(_ text: String) -> Bool {
    let words = TextScan.words(text)
    guard (1...5).contains(words.count),
      !text.unicodeScalars.contains(where: { DateTokens.digit($0) != nil })
    else { return false }
    let keys = words.map { WordKey.key($0) }
    if vocabulary.titles.containsAny(keys) || vocabulary.offices.containsAny(keys)
      || vocabulary.events.containsAny(keys) || vocabulary.honorifics.containsAny(keys)
    {
      return false
    }
    let capitalized = words.filter { word in
      guard let first = word.unicodeScalars.first else { return false }
      return first.properties.isUppercase || !first.properties.isLowercase
    }
    return capitalized.count * 2 > words.count && words.first.map(Self.isCapitalized) == true
  }

  private static func isCapitalized(_ word: String) -> Bool {
    guard let first = word.unicodeScalars.first else { return false }
    return first.properties.isUppercase || !first.properties.isLowercase
  }

  /// The text without stop words at its ends ("le" in "Paris le", "in" in "in Moscow").
  static func withoutEdgeStopWords(_ text: String, _ vocabulary: StructureVocabulary) -> String {
    var words = wordRanges(text)
    while let last = words.last, words.count > 1, last.word.count <= 3,
      last.word.first?.isLowercase == true, vocabulary.isStopWord(WordKey.key(last.word))
    {
      words.removeLast()
    }
    while let first = words.first, words.count > 1, first.word.count <= 3,
      first.word.first?.isLowercase == true, vocabulary.isStopWord(WordKey.key(first.word))
    {
      words.removeFirst()
    }
    guard let first = words.first, let last = words.last else { return text }
    let scalars = Array(text.unicodeScalars)
    let end = min(scalars.count, Self.closingEnd(scalars, after: last.range.upperBound))
    return TextScan.string(scalars[first.range.lowerBound..<end])
  }

  /// Past a closing bracket right after a word ("(Rwanda)").
  private static func closingEnd(_ s: [Unicode.Scalar], after index: Int) -> Int {
    index < s.count && (s[index] == ")" || s[index] == "]") ? index + 1 : index
  }

  /// Places confirmed: a place-shaped field next to a date (connectives between aside) is a
  /// place; one right after a person and not next to a date is the person's organization.
  /// Neighbouring places are merged ("The Hague" + "Netherlands").
  static func confirmPlaces(_ fields: [HeaderField]) -> [HeaderField] {
    var fields = fields
    for index in fields.indices where fields[index].kind == .maybePlace {
      // "…, الساعة 9:00": the word before a time says "at", it is no place.
      let beforeTime = fields.indices.contains(index + 1) && fields[index + 1].kind == .time
      if nextToDate(fields, index) && !beforeTime {
        fields[index].kind = .place
      } else if fields[index].afterPerson {
        fields[index].kind = .office
      }
    }
    var merged: [HeaderField] = []
    for field in fields {
      if field.kind == .place, let last = merged.last,
        last.kind == .place || last.kind == .maybePlace
      {
        merged[merged.count - 1] = HeaderField(kind: .place, text: last.text + ", " + field.text)
      } else {
        merged.append(field)
      }
    }
    return merged
  }

  private static func nextToDate(_ fields: [HeaderField], _ index: Int) -> Bool {
    for step in [-1, 1] {
      var other = index + step
      while fields.indices.contains(other),
        [.connective, .maybePlace, .place].contains(fields[other].kind)
      {
        other += step
      }
      if fields.indices.contains(other) && fields[other].kind == .date { return true }
    }
    return false
  }
}
