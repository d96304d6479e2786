/// The speaker of a headline in a script written without spaces ("秘书长潘基文在大会…上的讲话",
/// "张霄大使给全体旅哈同胞拜年"): the run's words are not cut by spaces, so the speaker is what
/// stands before the first word that joins it to the address.
extension HeaderParser {
  /// In a language written without spaces a headline is one run: "秘书长潘基文在大会…上的讲话".
  /// When the run holds a title, the speaker is what comes before its first occasion or
  /// speaking word (`[header-at]` 在, `[header-by]` 致, 发表) after the last dash, quotation
  /// mark, colon or space ("“…”——秘书长潘基文在…", "闭幕会 习近平发表…"), a short name before a
  /// colon that opens the headline ("习近平：在…的讲话"), or an office and name before the
  /// title's 的 ("中国驻英国大使傅颖的离任讲话").
  func unspacedSpeaker(_ text: String, _ keys: [String]) -> [HeaderField]? {
    unspacedFields(text, keys).map(Self.yearsTakenOut)
  }

  /// The speaker and title of an unspaced headline, as its words run.
  private func unspacedFields(_ text: String, _ keys: [String]) -> [HeaderField]? {
    // The first letter of a script: a numeral ideograph ("万", "三") is shared by scripts.
    let script = text.unicodeScalars.lazy.map { Script(of: $0) }.first { $0 != .common }
    guard script == .han, vocabulary.titles.containsAny(keys) else { return nil }
    if let fields = speakerBeforeSpace(text) { return fields }
    let run = Array(text)
    var start = 0
    var named: (name: String, rest: Int)?
    for (index, character) in run.enumerated() {
      if Self.headlineBreaks.contains(character) || character == " " {
        let head = run[start..<index]
        if named == nil, character == ":" || character == "\u{FF1A}", (2...4).contains(head.count),
          head.allSatisfy(\.isLetter)
        {
          named = (String(head), index + 1)
        }
        start = index + 1
      } else if index - start >= 2, joinsSpeaker(run, at: index) {
        let head = String(run[start..<index])
        guard
          head.count <= 8 || vocabulary.offices.containsAny(WordKey.keys(head))
            || namesOffice(run[start..<index])
        else { return nil }
        return [
          HeaderField(kind: .speaker, text: HeaderReader.cleaned(head)),
          HeaderField(kind: .title, text: String(run[index...])),
        ]
      }
    }
    guard let named, named.rest < run.count else {
      return possessiveSpeaker(run) ?? honorificSpeaker(run) ?? nameAndOfficeSpeaker(run)
        ?? officeBeforeTitleSpeaker(run) ?? nameBeforeOccasionSpeaker(run)
    }
    return [
      HeaderField(kind: .speaker, text: named.name),
      HeaderField(kind: .title, text: String(run[named.rest...])),
    ]
  }

  /// Whether the letters at `index` join a speaker to the address: an occasion word, or a
  /// speaking word of one or two letters that does not begin a title ("致" but not "致辞").
  func joinsSpeaker(_ run: [Character], at index: Int) -> Bool {
    let one = [WordKey.key(String(run[index]))]
    if vocabulary.at.match(one, at: 0) > 0 { return true }
    let pair = index + 1 < run.count ? [WordKey.key(String(run[index...index + 1]))] : []
    if !pair.isEmpty && vocabulary.titles.match(pair, at: 0) > 0 { return false }
    return vocabulary.by.match(one, at: 0) > 0
      || (!pair.isEmpty
        && (vocabulary.by.match(pair, at: 0) > 0 || vocabulary.speechVerbs.match(pair, at: 0) > 0))
  }

  /// The office and name before the first 的 of a headline, when they name an office
  /// ("中国驻英国大使傅颖的离任讲话"): the speaker, and the title after it.
  func possessiveSpeaker(_ run: [Character]) -> [HeaderField]? {
    guard let mark = run.firstIndex(of: "\u{7684}"),
      (3...Self.longestUnspacedSpeaker).contains(mark),
      mark + 1 < run.count
    else { return nil }
    let head = String(run[..<mark])
    // "在被大会任命为…后的讲话" names an occasion, not a speaker.
    guard
      !run[..<mark].contains(where: { vocabulary.at.match([WordKey.key(String($0))], at: 0) > 0 })
    else { return nil }
    // The office ends before the name: "中国驻英国大使" of "中国驻英国大使傅颖".
    guard
      (2...mark).contains(where: { end in
        vocabulary.offices.containsAny(WordKey.keys(String(run[..<end])))
      })
    else { return nil }
    return [
      HeaderField(kind: .speaker, text: head),
      HeaderField(kind: .title, text: String(run[(mark + 1)...])),
    ]
  }

  /// The person up to the office before the year of the title ("中国驻…总领馆王东华总领事" of
  /// "中国驻…总领馆王东华总领事2021元宵节祝词"), at least a name before the office. The year
  /// shows where the office ends: "…大使馆2031年…" is an embassy, not an ambassador.
  func officeBeforeTitleSpeaker(_ run: [Character]) -> [HeaderField]? {
    guard run.count <= 2 * Self.longestUnspacedSpeaker,
      !run.contains(where: { vocabulary.at.match([WordKey.key(String($0))], at: 0) > 0 })
    else { return nil }
    for end in stride(from: run.count - 2, through: 4, by: -1) {
      let title = String(run[end...])
      guard run[end].isASCII, run[end].isNumber, !run[end - 1].isNumber, title.count <= 12,
        vocabulary.titles.containsAny(WordKey.keys(title))
      else {
        continue
      }
      // An office word of two to four letters ends right before the year.
      let endsOffice = (2...4).contains { length in
        end - length >= 2
          && vocabulary.offices.match([WordKey.key(String(run[(end - length)..<end]))], at: 0) > 0
      }
      guard endsOffice else { continue }
      return [
        HeaderField(kind: .speaker, text: String(run[..<end])),
        HeaderField(kind: .title, text: title),
      ]
    }
    return nil
  }

  /// An office and a name before a space, the title after it ("美國在台協會台北辦事處處長司徒文
  /// 美國獨立紀念日慶祝酒會演講詞"): the words before the space may hold a word that joins
  /// a speaker elsewhere (在 of the office's name), but an office word ending two or three
  /// letters (a name) before the space shows whose the title is.
  func speakerBeforeSpace(_ text: String) -> [HeaderField]? {
    let parts = text.split(separator: " ", omittingEmptySubsequences: true)
    guard parts.count == 2, case let head = Array(parts[0]),
      head.count <= 2 * Self.longestUnspacedSpeaker,
      vocabulary.titles.containsAny(WordKey.keys(String(parts[1]))),
      (2...3).contains(where: { length in
        head.count > length + 1
          && vocabulary.offices.match([WordKey.key(String(head.dropLast(length)))], at: 0) > 0
      })
    else { return nil }
    return [
      HeaderField(kind: .speaker, text: String(parts[0])),
      HeaderField(kind: .title, text: String(parts[1])),
    ]
  }

  /// A year that opens the speaker or the title ("2015年賴清德市長", "2021元宵节祝词") dates
  /// the address: it is taken out of them as a date field.
  static func yearsTakenOut(_ fields: [HeaderField]) -> [HeaderField] {
    var result: [HeaderField] = []
    for var field in fields {
      let digits = field.text.prefix { $0.isASCII && $0.isNumber }
      let rest = field.text.dropFirst(digits.count)
      let after = rest.first == "\u{5E74}" ? rest.dropFirst() : rest
      if [.speaker, .title].contains(field.kind), digits.count == 4, isYear(String(digits)),
        after.count >= 2
      {
        result.append(HeaderField(kind: .date, text: String(digits)))
        field.text = String(after)
      }
      result.append(field)
    }
    return result
  }

  /// The most letters of a speaker with office before 的.
  static let longestUnspacedSpeaker = 14

  /// What separates a run-on headline's parts: dashes, quotation marks, colons.
  private static let headlineBreaks: Set<Character> = [
    "\u{2014}", "\u{2013}", "-", "\u{201C}", "\u{201D}", "\"", "\u{300C}", "\u{300D}", ":",
    "\u{FF1A}", "\u{300A}", "\u{300B}",
  ]
}
