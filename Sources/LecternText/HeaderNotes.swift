/// What each header statement contributed to the facts, and the reason its lines give for
/// not being spoken.
extension HeaderReader {
  /// What a statement contributed: facts first used, facts it repeats, parts not spoken.
  struct Notes {
    var used: [String] = []
    var repeated: [String] = []
    var unspoken: [String] = []
    var asWritten = false
    var banner = false
    /// Whether a field was dropped for stating no known fact (a close call, for `check`).
    var doubtful = false
    var onlyNotes = true
    /// Whether a statement with a title speaks in the first person: a headline glued to the
    /// address's first sentence ("… at the Parade of IPS ProbationersIt gives me …").
    var speaks = false

    /// The order facts are named in a reason.
    static let order = ["date", "title", "place", "event", "speaker", "speaker's office"]

    /// Records the fact; false when the statement states it differently from what is known.
    mutating func add(_ name: String, _ result: FactResult) {
      onlyNotes = false
      switch result {
      case .new: used.append(name)
      case .repeated: repeated.append(name)
      case .different: unspoken.append("a second \(name)")
      }
    }

    /// Whether the statement states no fact, only words or a person other than the speaker:
    /// after the header's facts, that is the address's opening ("His Highness the Amir").
    var isOpening: Bool {
      let opening: Set<String> = [
        "words that state no fact", "a second speaker", "a second speaker's office",
      ]
      return used.isEmpty && repeated.isEmpty && !banner && !unspoken.isEmpty
        && unspoken.allSatisfy { opening.contains($0) }
    }

    /// Whether the statement names someone other than the speaker and states nothing new:
    /// after the header's facts, a person addressed ("Her Excellency Dr. …" and office lines
    /// that may repeat the event's name). A statement with a title is a second headline that
    /// names the speaker another way ("Speech by the Rector … Jane Moll at …" under "Speech by
    /// Dr. Jane Moll"): no one is addressed by a title.
    var addressesSomeone: Bool {
      used.isEmpty && !banner
        && (speaks || (!repeated.contains("title") && !unspoken.contains("a second title")))
        && unspoken.contains { $0.hasPrefix("a second speaker") }
    }

    /// The reason every line of the statement gives for not being spoken.
    var reason: String {
      if onlyNotes && banner && used.isEmpty { return "page banner above the headline, not spoken" }
      if onlyNotes && !unspoken.isEmpty && used.isEmpty && repeated.isEmpty && !asWritten {
        return unspoken.contains("delivery note")
          ? "delivery note, not part of the address"
          : "header: " + Self.list(Self.unique(unspoken)) + ", not spoken"
      }
      var parts: [String] = []
      if !used.isEmpty { parts.append(Self.list(Self.sorted(used)) + ", spoken in the intro") }
      if asWritten { parts.append("read in the intro as written") }
      if !repeated.isEmpty { parts.append("repeats the " + Self.list(Self.sorted(repeated))) }
      if banner { parts.append("page banner, not spoken") }
      if !unspoken.isEmpty { parts.append(Self.list(Self.unique(unspoken)) + ", not spoken") }
      return "header: " + (parts.isEmpty ? "nothing to speak" : parts.joined(separator: "; "))
    }

    static func sorted(_ names: [String]) -> [String] {
      unique(names).sorted { (order.firstIndex(of: $0) ?? 99) < (order.firstIndex(of: $1) ?? 99) }
    }

    /// The names in order, each once (two fields of a statement may state no fact alike).
    static func unique(_ names: [String]) -> [String] {
      var seen: Set<String> = []
      return names.filter { seen.insert($0).inserted }
    }

    static func list(_ names: [String]) -> String {
      guard names.count > 1, let last = names.last else { return names.first ?? "" }
      return names.dropLast().joined(separator: ", ") + " and " + last
    }
  }

  /// How a statement's fact relates to what is known.
  enum FactResult {
    /// The fact was not known: now it is.
    case new
    /// The statement states the known fact again.
    case repeated
    /// The statement states something else than the known fact.
    case different
  }
}
