/// The blocks of the classes after the first ten (``FurnitureMaker/block(_:)``): stamps,
/// bylines, captions, lists of links, footers and the marks of a PDF copy.
extension FurnitureMaker {
  /// A date and time as pages print them.
  mutating func stamp() -> String {
    let (day, minute) = (inventor.number(10...28), inventor.number(10...59))
    return inventor.pick([
      "\(day).03.2021 14:\(minute)", "2021-03-\(day) 14:\(minute):33",
      "\(day)/03/2021 - 14:\(minute)", "2021年3月\(day)日 14:\(minute)",
    ])
  }

  /// Nothing, or the mark of an item in a bulleted list: pages list their labels so
  /// ("• Source: …", "• 资料来源：…").
  mutating func bullet() -> String {
    inventor.pick(["", "", "• ", "  • ", "▪ "])
  }

  mutating func later(_ kind: FurnitureClass) -> FurnitureBlock {
    let han = inventor.script == "han"
    let space = han ? "" : " "
    switch kind {
    case .dateStamp:
      let line = inventor.pick([
        words.published + space + stamp(), stamp(),
        PageWords.filled(words.updated, inventor.number(2...9)),
      ])
      // The date may be the header's fact, spoken in the intro in words; the line as
      // printed and its time never are.
      let time = line.split(separator: " ").last { $0.contains(":") && $0.first?.isNumber == true }
      return FurnitureBlock(
        lines: [line], probes: [line] + (time.map { [String($0.prefix(5))] } ?? []))
    case .byline:
      return FurnitureBlock(lines: [words.by + " " + inventor.person() + ", " + words.writer])
    case .sourceLine:
      return FurnitureBlock(lines: [bullet() + words.source + space + inventor.site()])
    case .photoCredit:
      let agency = inventor.site()
      return FurnitureBlock(
        lines: [
          inventor.pick([
            words.photo + space + inventor.person() + " / " + agency, "© \(agency) 2021",
          ])
        ])
    case .repeatedCaption: return FurnitureBlock(lines: [body.caption], repeated: true)
    case .imageFile:
      let file = inventor.pick([
        "IMG_\(inventor.number(1000...9999)).jpg",
        inventor.word() + "-" + "\(inventor.number(1...9))_03.JPG",
        "photo_2021-03-\(inventor.number(10...28)).png",
      ])
      return FurnitureBlock(lines: [file], probes: [file])
    case .tagList:
      let tags = (0..<inventor.number(3...4)).map { _ in inventor.word() }
      return FurnitureBlock(
        lines: [
          inventor.toss()
            ? words.tags + " " + tags.joined(separator: ", ")
            : tags.map { "#" + $0 }.joined(separator: " ")
        ])
    case .categoryLabel:
      return FurnitureBlock(lines: [bullet() + words.category + space + inventor.names(2)])
    case .relatedList: return FurnitureBlock(lines: [words.related, teaser(), teaser(), teaser()])
    case .readMore:
      return FurnitureBlock(
        lines: [inventor.pick([words.readMore, words.seeAlso + ": " + teaser()])])
    case .previousNext:
      return FurnitureBlock(
        lines: ["« " + words.previous + ": " + teaser(), words.next + ": " + teaser() + " »"])
    case .pagination:
      return FurnitureBlock(
        lines: [inventor.pick(["1 2 3 " + words.next + " »", "« 1 2 3 4 5 »"])])
    default: return footer(kind)
    }
  }

  mutating func footer(_ kind: FurnitureClass) -> FurnitureBlock {
    let site = inventor.site()
    switch kind {
    case .copyright:
      return FurnitureBlock(
        lines: [
          inventor.pick(["© 2021 \(site). " + words.rights, "Copyright © 2021 \(site)"])
        ])
    case .postalAddress:
      let street = inventor.name() + " " + "\(inventor.number(2...99))"
      return FurnitureBlock(lines: [street + ", \(inventor.number(1000...9999)) " + site])
    case .contactLines:
      let phone = "+41 22 \(inventor.number(100...999)) 45 67"
      return FurnitureBlock(
        lines: [
          words.phone + " " + phone + " | " + words.fax + " +41 22 917 45 68",
          "info@\(inventor.word()).org",
        ], probes: [phone, "917 45 68", "info@"])
    case .cookieNotice:
      return FurnitureBlock(
        lines: inventor.toss()
          ? [words.cookies + " " + words.accept] : [words.cookies, words.accept])
    case .legalLinks:
      return FurnitureBlock(
        lines: [[words.terms, words.privacy, words.contact].joined(separator: separator())])
    case .pageNumber:
      let page = inventor.number(2...11)
      return FurnitureBlock(
        lines: [
          inventor.pick([
            "- \(page) -", PageWords.filled(words.pageOf, page, 12), "\(page)/12", "\(page)",
          ])
        ])
    case .runningHeader:
      let title = site + " · " + "12.03.2021"
      return FurnitureBlock(lines: [title], probes: [title], repeated: true)
    case .footnote:
      let note = inventor.names(2) + ", 2019, p. \(inventor.number(10...99))."
      return FurnitureBlock(lines: ["¹ " + note], probes: ["¹", note])
    default: return news(kind)
    }
  }

  mutating func news(_ kind: FurnitureClass) -> FurnitureBlock {
    switch kind {
    case .advertisement: return FurnitureBlock(lines: [words.advert])
    case .readingTime:
      return FurnitureBlock(lines: [PageWords.filled(words.readingTime, inventor.number(2...9))])
    case .commentCount:
      return FurnitureBlock(lines: [PageWords.filled(words.comments, inventor.number(2...99))])
    case .newsletter: return FurnitureBlock(lines: [words.newsletter])
    case .audioPlayer:
      return FurnitureBlock(lines: [words.listen, "00:00 / 0\(inventor.number(2...9)):12"])
    default:
      // The date may be the header's, said in words in the intro; the time never is.
      let time =
        words.written.contains("14:07") ? "14:07" : words.written.contains("١٤") ? "١٤:٠٧" : "14h07"
      return FurnitureBlock(lines: [words.written], probes: [words.written, time])
    }
  }
}
