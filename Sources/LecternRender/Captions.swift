import LecternSystem

/// Sentence-level captions, split so that a cue has at most two lines of 42 characters.
///
/// Cue boundaries inside a sentence fall only on word starts the engine reported (its word
/// events), so every time is a real sample position, never an estimate. Where a long stretch
/// has no such anchor (a lexicon alias, a foreign span) the cue grows past two lines rather
/// than guess a time. Cues keep a gap of at least two video frames between them, and a cue
/// shorter than a second joins a neighbour of its part when the two still fit two lines
/// (``init(parts:language:sampleRate:)``). In WebVTT, words in another language than the
/// address's are marked `<lang xx>`.
public struct Captions: Sendable, Hashable {
  /// A word of a cue and, when it is not in the address's language, its language.
  public struct Word: Sendable, Hashable {
    /// The word as written (no spaces).
    public var text: String
    /// Its language (BCP 47), or `nil` for the address's own.
    public var lang: String?

    /// Creates a word.
    public init(_ text: String, lang: String? = nil) {
      self.text = text
      self.lang = lang
    }
  }

  /// One caption cue.
  public struct Cue: Sendable, Hashable {
    /// First frame, in the whole file.
    public var start: Int
    /// Frame after the last, in the whole file.
    public var end: Int
    /// The cue's words.
    public var words: [Word]
    /// The index of the part it belongs to (cues of different parts never merge).
    public var part: Int

    /// Creates a cue of `words`.
    public init(start: Int, end: Int, words: [Word], part: Int = 0) {
      self.start = start
      self.end = end
      self.words = words
      self.part = part
    }

    /// Creates a cue of the words of `lines`, all in the address's language.
    public init(start: Int, end: Int, lines: [String], part: Int = 0) {
      let words = lines.flatMap { $0.split(separator: " ").map { Word(String($0)) } }
      self.init(start: start, end: end, words: words, part: part)
    }

    /// The cue's lines, as plain text.
    public var lines: [String] {
      Captions.wrap(words).map { $0.map(\.text).joined(separator: " ") }
    }
  }

  /// The longest caption line, in characters (a common broadcast limit).
  public static let lineLength = 42
  /// The most lines a cue holds when anchors allow.
  public static let linesPerCue = 2

  /// The cues, in time order.
  public var cues: [Cue]
  /// Frames per second of the timeline.
  public var sampleRate: Int

  /// Creates captions from cues, as they are.
  public init(cues: [Cue], sampleRate: Int) {
    self.cues = cues
    self.sampleRate = sampleRate
  }

  /// Greedy wrap of words into lines of at most ``lineLength`` characters.
  static func wrap(_ words: [Word]) -> [[Word]] {
    var lines: [[Word]] = []
    var line: [Word] = []
    var length = 0
    for word in words {
      if line.isEmpty {
        line = [word]
        length = word.text.count
      } else if length + 1 + word.text.count <= lineLength {
        line.append(word)
        length += 1 + word.text.count
      } else {
        lines.append(line)
        line = [word]
        length = word.text.count
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }

  /// The captions as a WebVTT file, with `<lang xx>` spans and escaped text.
  public var webVTT: String {
    var out = Self.webVTTHeader
    for (number, cue) in cues.enumerated() {
      out += Self.webVTTCue(cue, number: number, sampleRate: sampleRate)
    }
    return out
  }

  /// The captions as a SubRip (SRT) file (plain text: SubRip has no language markup).
  public var subRip: String {
    var out = ""
    for (number, cue) in cues.enumerated() {
      out += Self.subRipCue(cue, number: number, sampleRate: sampleRate)
    }
    return out
  }

  /// What a WebVTT file starts with.
  static let webVTTHeader = "WEBVTT\n"

  /// Cue `number` (from 0) of a WebVTT file, with the blank line before it.
  static func webVTTCue(_ cue: Cue, number: Int, sampleRate: Int) -> String {
    let times =
      "\(timestamp(cue.start, ".", sampleRate)) --> \(timestamp(cue.end, ".", sampleRate))"
    return "\n\(number + 1)\n\(times)\n"
      + wrap(cue.words).map(webVTTLine).joined(separator: "\n") + "\n"
  }

  /// Cue `number` (from 0) of a SubRip file, after a blank line unless it is the first.
  static func subRipCue(_ cue: Cue, number: Int, sampleRate: Int) -> String {
    let times =
      "\(timestamp(cue.start, ",", sampleRate)) --> \(timestamp(cue.end, ",", sampleRate))"
    return (number > 0 ? "\n" : "") + "\(number + 1)\n\(times)\n"
      + cue.lines.joined(separator: "\n") + "\n"
  }

  /// One WebVTT cue line: runs of words in one other language inside `<lang xx>…</lang>`.
  static func webVTTLine(_ words: [Word]) -> String {
    var out = ""
    var open: String?
    for (index, word) in words.enumerated() {
      if word.lang != open, open != nil {
        out += "</lang>"
        open = nil
      }
      if index > 0 { out += " " }
      if let lang = word.lang, lang != open {
        out += "<lang \(lang)>"
        open = lang
      }
      out += escapeWebVTT(word.text)
    }
    if open != nil { out += "</lang>" }
    return out
  }

  /// Cue text with `&`, `<` and `>` escaped, as WebVTT requires.
  static func escapeWebVTT(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      default: out.append(character)
      }
    }
    return out
  }

  /// `HH:MM:SS.mmm`, milliseconds rounded down so a cue never starts after its sound.
  private static func timestamp(_ frame: Int, _ separator: String, _ sampleRate: Int) -> String {
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

/// Writes the WebVTT and SubRip captions part by part, byte for byte what ``Captions``
/// writes for the whole file, holding the cues of one part at a time.
///
/// Cues never merge across parts, so spacing (``Captions/spaced(_:sampleRate:)``) a part's
/// cues followed by the first cue of the next part that has any gives that part's cues as
/// spacing the whole file would: the gap and the shortest-cue rules look one cue ahead,
/// and that cue's start is its own (a merge keeps the earlier cue's start).
struct CaptionStream {
  private let vtt: TextFileOutput
  private let srt: TextFileOutput
  private let language: String
  private let sampleRate: Int
  /// The cues of the last part that had any, not yet spaced.
  private var pending: [Captions.Cue] = []
  private var written = 0

  /// Creates both files (`vtt`, `srt`) for a whole file in `language` at `sampleRate`.
  init(
    vtt: TextFileOutput, srt: TextFileOutput, language: String, sampleRate: Int
  )
    throws(SystemError)
  {
    self.vtt = vtt
    self.srt = srt
    self.language = language
    self.sampleRate = sampleRate
    try vtt.write(Captions.webVTTHeader)
  }

  /// Adds part `index`, which starts at frame `start` of the whole file and holds `timings`.
  mutating func add(part index: Int, start: Int, timings: [UtteranceTiming]) throws(SystemError) {
    var cues: [Captions.Cue] = []
    for timing in timings {
      cues += Captions.cues(for: timing, partStart: start, language: language, part: index)
    }
    guard let next = cues.first else { return }
    try write(Captions.spaced(pending + [next], sampleRate: sampleRate).dropLast())
    pending = cues
  }

  /// Writes the last part's cues and closes both files.
  mutating func finish() throws(SystemError) {
    try write(Captions.spaced(pending, sampleRate: sampleRate)[...])
    pending = []
    try vtt.close()
    try srt.close()
  }

  private mutating func write(_ cues: ArraySlice<Captions.Cue>) throws(SystemError) {
    for cue in cues {
      try vtt.write(Captions.webVTTCue(cue, number: written, sampleRate: sampleRate))
      try srt.write(Captions.subRipCue(cue, number: written, sampleRate: sampleRate))
      written += 1
    }
  }
}
