/// The address's date where a page states it outside its header, and how it ranks against a
/// page's own dates: a posting or source stamp that dates the page ("来源: … 2024-06-28
/// 18:18", "Published: 5 March 2021") ranks below any date the header states; a place and date
/// line the body starts with ("La Citadelle, Friday, September 21, 2012") dates the address
/// when nothing else does; the heading a news page prints under its reporter's lead
/// outranks the page's publication stamp.
extension DocumentStructure {
  /// Dates the address when its header states no whole date: by the page's posting or
  /// source stamp, else by a day and a month a header line gives (with a year stated apart).
  /// A posting stamp is the page's date, so it ranks below any date the header states.
  mutating func dateUnstated(_ header: ArraySlice<SourceLine>, _ vocabulary: StructureVocabulary) {
    let titles = Array(header.prefix(Self.titleLines))
    if let known = date, let posted = Self.postedDate(titles, vocabulary),
      Self.dayNumber(known) > Self.dayNumber(posted) + 1
    {
      // No address is given after its page is posted: a header date later than the posting
      // stamp is the page's clock ("السبت: 16/11/2024 بتوقيت القدس" over "نشر بتاريخ: 10/02/2014").
      metadata.date = posted.text
      date = posted
      for index in dropped.indices
      where dropped[index].reason.hasPrefix("header: ") && dropped[index].text.contains(known.text)
      {
        // What the clock's line names beside the date is its time zone, not the place.
        if let place = metadata.place, dropped[index].text.contains(place) { metadata.place = nil }
        dropped[index].reason = "header: the page's clock (today's date and time zone), not spoken"
      }
      return
    }
    guard date == nil else { return }
    if let posted = Self.postedDate(titles, vocabulary),
      metadata.date == nil || metadata.date == String(posted.year)
    {
      metadata.date = posted.text
      date = posted
    } else if metadata.date == nil, let stamp = Self.siteStamp(titles, vocabulary) {
      // A site's address and a date with its time: the page's stamp dates the address.
      metadata.date = stamp.text
      date = stamp
      dateStamped = true
    } else if metadata.date == nil {
      metadata.date = Self.dayAndMonth(titles, vocabulary)
    } else if let year = metadata.date, year.count == 4, year.allSatisfy(\.isASCII),
      year.allSatisfy(\.isNumber), let day = Self.dayAndMonth(titles, vocabulary)
    {
      // A year alone ("… — 2022") with a day and a month on another line ("18 تموز/يوليه").
      metadata.date = day
    }
  }

  /// Dates the address by the year its title opens with ("State of the City – 2031
  /// Speech"), when nothing else dated it: the header, the lead and the body are read first.
  mutating func dateByTitleYear(_ vocabulary: StructureVocabulary) {
    guard metadata.date == nil, date == nil, let title = metadata.title else { return }
    metadata.date = HeaderParser.leadingYear(title, vocabulary)
  }

  /// The whole date of a header line that prints a site's address and a date with its time
  /// of day ("www.quelvoria.example 2031-04-02 09:15:07"), while no line dates the address.
  static func siteStamp(_ lines: [SourceLine], _ vocabulary: StructureVocabulary) -> FoundDate? {
    for line in lines {
      let head = TextScan.prefix(line.text, 200)
      guard head.contains("://") || head.lowercased().contains("www."),
        let found = vocabulary.dates.find(in: head), found.day != nil,
        head.range(of: #"\d{1,2}:\d{2}"#, options: .regularExpression) != nil
      else { continue }
      return found
    }
    return nil
  }

  /// A day's rank in time, for telling which of two dates is later (months as 31 days).
  static func dayNumber(_ date: FoundDate) -> Int {
    (date.year * 12 + date.month - 1) * 31 + (date.day ?? 1)
  }

  /// The first whole date on a header line that a posting or source label opens
  /// (`[page-labels]` entries whose fact is `posted`).
  static func postedDate(_ lines: [SourceLine], _ vocabulary: StructureVocabulary) -> FoundDate? {
    for line in lines {
      let text = TextScan.prefix(line.text, 400)
      let value =
        vocabulary.label(text).flatMap { $0.fact == "posted" ? $0.value : nil }
        ?? postedValueWithoutColon(text, vocabulary)
      guard let value, let found = vocabulary.dates.find(in: value), found.day != nil else {
        continue
      }
      return found
    }
    return nil
  }

  /// What follows a posting label written without its colon, when a date follows it at once
  /// ("Publié le 14/07/2023", "Posted 05.03.2021 14:07"): the label's words are one to three.
  static func postedValueWithoutColon(_ text: String, _ vocabulary: StructureVocabulary) -> String?
  {
    let words = HeaderParser.wordRanges(TextScan.prefix(text, 80))
    let keys = words.map { WordKey.key($0.word) }
    for length in (1...min(3, max(1, keys.count - 1))).reversed()
    where length < keys.count && vocabulary.labels[Array(keys[..<length])] == "posted" {
      let rest = TextScan.string(TextScan.scalars(text)[words[length].range.lowerBound...])
      guard let found = vocabulary.dates.find(in: rest), found.range.lowerBound == 0 else {
        return nil
      }
      return rest
    }
    return nil
  }

  /// A line of the body dropped as a date: it dates the address when nothing else does, and
  /// when it states the address's date, the place beside that date is the address's place
  /// unless the header gave one ("(Madrid, lunes, 06 de septiembre de 2004 14:30)").
  /// `kept`: how many body lines are kept before it, to note the address's own heading date.
  mutating func readDateLine(_ text: String, line: Int, kept: Int, _ parser: HeaderParser) {
    let head = TextScan.prefix(text, 400)
    guard let found = parser.vocabulary.dates.find(in: head) else { return }
    if dateStamped, headingDate == nil, kept < Self.leadLines, found.day != nil {
      headingDate = (line, found)
    }
    if metadata.date == nil {
      metadata.date = found.text
      date = found
    }
    guard metadata.place == nil, let known = date, known.year == found.year,
      known.month == found.month, known.day == found.day
    else { return }
    // A weekday beside the date ("2015年10月22日(星期四)") is the date's, no place.
    let place = parser.fields(head).first {
      $0.kind == .place && !parser.vocabulary.dates.isWeekday($0.text)
    }
    metadata.place = place.map { HeaderReader.cleaned($0.text) }
  }

  /// A page's publication stamp dated the header ("2008年08月09日 01:18:26  来源：…"), and
  /// the address prints its own heading under a reporter's lead ("全文如下：" / title / name /
  /// "(2008年8月8日)"): the heading's date line, before the address's first kept line, is the
  /// address's date.
  mutating func preferHeadingDate(before firstLine: Int?) {
    guard dateStamped, let (line, found) = headingDate, line < firstLine ?? Int.max else { return }
    metadata.date = found.text
    date = found
    dateStamped = false
    for index in dropped.indices where dropped[index].reason.hasPrefix(Self.headerReason) {
      dropped[index].reason = Self.stampUnspoken(dropped[index].reason)
    }
  }

  private static let headerReason = "header: "

  /// A header line's reason with its date no longer spoken in the intro: "header: date,
  /// spoken in the intro; time, not spoken" → "header: the page's date and time, not spoken".
  static func stampUnspoken(_ reason: String) -> String {
    let used = ", spoken in the intro"
    let unspoken = ", not spoken"
    var parts = reason.dropFirst(headerReason.count).components(separatedBy: "; ")
    guard let spoken = parts.firstIndex(where: { $0.hasSuffix(used) }) else { return reason }
    // The lists were made by `HeaderReader.Notes.list` ("a, b and c"); no name holds " and ".
    func listed(_ part: String, _ suffix: String) -> [String] {
      part.dropLast(suffix.count).replacingOccurrences(of: " and ", with: ", ")
        .components(separatedBy: ", ")
    }
    let names = listed(parts[spoken], used)
    guard names.contains("date") else { return reason }
    let rest = names.filter { $0 != "date" }
    if rest.isEmpty {
      parts.remove(at: spoken)
    } else {
      parts[spoken] = HeaderReader.Notes.list(rest) + used
    }
    if let index = parts.firstIndex(where: { $0.hasSuffix(unspoken) }) {
      parts[index] =
        HeaderReader.Notes.list(["the page's date"] + listed(parts[index], unspoken)) + unspoken
    } else {
      parts.append("the page's date" + unspoken)
    }
    return headerReason + parts.joined(separator: "; ")
  }
}
