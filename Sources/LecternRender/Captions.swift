/// Sentence-level captions, split so that a cue has at most two lines of 42 characters.
///
/// Cue boundaries inside a sentence fall only on word starts the engine reported (its word
/// events), so every time is a real sample position, never an estimate. Where a long stretch
/// has no such anchor (a lexicon alias, a foreign span) the cue grows past two lines rather
/// than guess a time.
public struct Captions: Sendable, Hashable {
  /// One caption cue.
  public struct Cue: Sendable, Hashable {
    /// First frame, in the whole file.
    public var start: Int
    /// Frame after the last, in the whole file.
    public var end: Int
    /// The cue's lines.
    public var lines: [String]
  }

  /// The longest caption line, in characters (a common broadcast limit).
  public static let lineLength = 42
  /// The most lines a cue holds when anchors allow.
  public static let linesPerCue = 2

  /// The cues, in time order.
  public var cues: [Cue]
  /// Frames per second of the timeline.
  public var sampleRate: Int

  /// Creates captions from cues.
  public init(cues: [Cue], sampleRate: Int) {
    self.cues = cues
    self.sampleRate = sampleRate
  }

  /// Cues for one utterance that starts `offset` frames into the whole file.
  static func cues(for timing: UtteranceTiming, partStart offset: Int) -> [Cue] {
    let text = timing.utterance.text
    let scalars = Array(text.unicodeScalars)
    // Words with their scalar offsets.
    var words: [(offset: Int, text: String)] = []
    var index = 0
    while index < scalars.count {
      while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
      let start = index
      while index < scalars.count, !scalars[index].properties.isWhitespace { index += 1 }
      if index > start {
        var word = String.UnicodeScalarView()
        word.append(contentsOf: scalars[start..<index])
        words.append((start, String(word)))
      }
    }
    guard !words.isEmpty else { return [] }
    let anchors = Dictionary(
      timing.anchors.map { ($0.offset, $0.frame) }, uniquingKeysWith: { first, _ in first })

    // Group words into cues; a cue may end only before an anchored word.
    var groups: [[String]] = [[]]
    var groupStarts: [Int] = [timing.start]
    var lastBreakable: Int?  // index into the current group of the latest anchored word
    for (wordIndex, word) in words.enumerated() {
      let current = groups[groups.count - 1]
      let anchored = wordIndex > 0 ? anchors[word.offset] : nil
      if !current.isEmpty, wrap(current + [word.text]).count > linesPerCue {
        if let frame = anchored {
          groups.append([])
          groupStarts.append(frame)
          lastBreakable = nil
        } else if let split = lastBreakable, split > 0 {
          // Move the tail after the latest anchored word into a new cue.
          let head = Array(current[..<split])
          let tail = Array(current[split...])
          let splitOffset = words[wordIndex - current.count + split].offset
          groups[groups.count - 1] = head
          groups.append(tail)
          groupStarts.append(anchors[splitOffset] ?? timing.start)
          lastBreakable = nil
        }
      } else if anchored != nil {
        lastBreakable = current.count
      }
      groups[groups.count - 1].append(word.text)
    }

    var cues: [Cue] = []
    for (number, group) in groups.enumerated() where !group.isEmpty {
      let start = groupStarts[number]
      let end = number + 1 < groupStarts.count ? groupStarts[number + 1] : timing.end
      cues.append(Cue(start: offset + start, end: offset + max(end, start), lines: wrap(group)))
    }
    return cues
  }

  /// Greedy wrap of words into lines of at most ``lineLength`` characters.
  static func wrap(_ words: [String]) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in words {
      if line.isEmpty {
        line = word
      } else if line.count + 1 + word.count <= lineLength {
        line += " " + word
      } else {
        lines.append(line)
        line = word
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }

  /// The captions as a WebVTT file.
  public var webVTT: String {
    var out = "WEBVTT\n"
    for (number, cue) in cues.enumerated() {
      out += "\n\(number + 1)\n\(timestamp(cue.start, ".")) --> \(timestamp(cue.end, "."))\n"
      out += cue.lines.joined(separator: "\n") + "\n"
    }
    return out
  }

  /// The captions as a SubRip (SRT) file.
  public var subRip: String {
    var out = ""
    for (number, cue) in cues.enumerated() {
      if number > 0 { out += "\n" }
      out += "\(number + 1)\n\(timestamp(cue.start, ",")) --> \(timestamp(cue.end, ","))\n"
      out += cue.lines.joined(separator: "\n") + "\n"
    }
    return out
  }

  /// `HH:MM:SS.mmm`, milliseconds rounded down so a cue never starts after its sound.
  private func timestamp(_ frame: Int, _ separator: String) -> String {
    let milliseconds = frame * 1000 / sampleRate
    let (hours, rest) = milliseconds.quotientAndRemainder(dividingBy: 3_600_000)
    let (minutes, rest2) = rest.quotientAndRemainder(dividingBy: 60_000)
    let (seconds, millis) = rest2.quotientAndRemainder(dividingBy: 1000)
    func pad(_ value: Int, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(pad(hours, 2)):\(pad(minutes, 2)):\(pad(seconds, 2))\(separator)\(pad(millis, 3))"
  }
}
