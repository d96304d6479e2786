/// Web and mail addresses, handles, hashtags and sites' bare names, as pages print them in
/// link lines, tag lists and source notes: told by their characters alone, in any language.
extension FurnitureRules {
  /// Whether the line has a byte that starts a link, handle or tag (`@`, `#`, `://`, `www.`):
  /// one pass over its UTF-8, so most lines are let go at once.
  static func mayHoldLinks(_ line: String) -> Bool {
    var previous: UInt8 = 0
    for byte in line.utf8 {
      if byte == 0x40 || byte == 0x23 || (previous == 0x3A && byte == 0x2F) { return true }
      if previous == 0x77 && byte == 0x2E { return true }  // "w." of "www."
      previous = byte
    }
    return false
  }

  /// Whether a line is one site's name alone, as a page prints its source ("example.org",
  /// "news.example.co.uk"): lower-case ASCII labels joined by dots, the last of two to six
  /// letters. Abbreviations ("e.g.", "U.S.") end with a dot or are capitals.
  static func isDomainName(_ line: String) -> Bool {
    let text = TextScan.trimmed(line)
    guard text.utf8.count <= 80, text.utf8.contains(0x2E) else { return false }
    let labels = text.split(separator: ".", omittingEmptySubsequences: false)
    guard labels.count >= 2, let last = labels.last, (2...6).contains(last.utf8.count),
      last.utf8.allSatisfy({ (0x61...0x7A).contains($0) })
    else { return false }
    return labels.allSatisfy { label in
      !label.isEmpty
        && label.utf8.allSatisfy {
          (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D
        }
    } && labels.dropLast().contains { $0.utf8.count >= 2 }
  }

  /// Whether the line may hold a site's bare name: a lower-case ASCII letter, a dot and a
  /// lower-case letter ("co.org"). One pass over its UTF-8; sentences put a space after a dot.
  static func mayHoldDomain(_ line: String) -> Bool {
    var before: UInt8 = 0
    var previous: UInt8 = 0
    for byte in line.utf8 {
      if previous == 0x2E && (0x61...0x7A).contains(before) && (0x61...0x7A).contains(byte) {
        return true
      }
      before = previous
      previous = byte
    }
    return false
  }

  /// Whether a token is a site's bare name ("example.org", "(news.example.co.uk)"), past the
  /// brackets and marks around it.
  static func isDomainToken(_ token: Substring) -> Bool {
    let core = token.drop { "([«\"".contains($0) }.reversed().drop { ".,;:!?)]»\"".contains($0) }
    return isDomainName(String(core.reversed()))
  }

  /// Whether a token is a web or mail address, a handle or a hashtag.
  static func isLinkToken(_ token: Substring) -> Bool {
    if token.contains("://") || token.lowercased().hasPrefix("www.") { return true }
    if let at = token.firstIndex(of: "@"), token[at...].contains(".") { return true }
    guard let first = token.first, first == "#" || first == "@", token.count > 2 else {
      return false
    }
    return token.dropFirst().first?.isLetter == true
  }
}
