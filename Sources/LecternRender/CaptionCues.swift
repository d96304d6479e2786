import LecternText

/// Building the cues: sentences split at anchored words, then spaced and merged.
extension Captions {
  /// Video frames per second the gap between cues is counted in: 24, the lowest common
  /// rate, so that two frames are two frames at 25 and 30 fps too.
  public static let videoFrameRate = 24
  /// The shortest a cue may stay on screen without joining a neighbour, in milliseconds.
  public static let shortestCue = 1000

  /// Captions of a whole file: `parts[i]` starts at frame `start` and holds `timings`.
  ///
  /// Cues are then spaced by at least two video frames (an earlier cue ends sooner), a cue
  /// shorter than ``shortestCue`` joins the previous or else the next cue of its part when
  /// their words still fit ``linesPerCue`` lines, and one that cannot stays on screen up to
  /// ``shortestCue`` if the silence after it allows. Words of spans whose language is not
  /// `language` carry their own.
  public init(
    parts: [(start: Int, timings: [UtteranceTiming])], language: String, sampleRate: Int
  ) {
    var cues: [Cue] = []
    for (index, part) in parts.enumerated() {
      for timing in part.timings {
        cues += Self.cues(for: timing, partStart: part.start, language: language, part: index)
      }
    }
    self.init(cues: Self.spaced(cues, sampleRate: sampleRate), sampleRate: sampleRate)
  }

  /// Two video frames, plus one millisecond so that rounding times down to milliseconds
  /// cannot take the gap below two frames.
  static func minimumGap(sampleRate: Int) -> Int {
    (2 * sampleRate + videoFrameRate - 1) / videoFrameRate + (sampleRate + 999) / 1000
  }

  /// `cues` (in time order) with gaps, merges and minimum durations applied.
  static func spaced(_ cues: [Cue], sampleRate: Int) -> [Cue] {
    let gap = minimumGap(sampleRate: sampleRate)
    let shortest = shortestCue * sampleRate / 1000
    // 1. Gaps: an earlier cue ends at least `gap` before the next one starts.
    var gapped = cues
    for index in gapped.indices.dropLast() {
      let limit = gapped[index + 1].start - gap
      gapped[index].end = max(gapped[index].start, min(gapped[index].end, limit))
    }
    // 2. Merges: the merged cue ends where its second cue did, so its gap stays.
    func fits(_ words: [Word]) -> Bool { wrap(words).count <= linesPerCue }
    var merged: [Cue] = []
    var index = 0
    while index < gapped.count {
      var cue = gapped[index]
      index += 1
      guard cue.end - cue.start < shortest else {
        merged.append(cue)
        continue
      }
      if let last = merged.last, last.part == cue.part, fits(last.words + cue.words) {
        merged[merged.count - 1].end = cue.end
        merged[merged.count - 1].words += cue.words
        continue
      }
      if index < gapped.count, gapped[index].part == cue.part,
        fits(cue.words + gapped[index].words)
      {
        cue.end = gapped[index].end
        cue.words += gapped[index].words
        index += 1
      }
      merged.append(cue)
    }
    // 3. What stays short is shown longer, into the silence after it where there is one.
    for index in merged.indices where merged[index].end - merged[index].start < shortest {
      var limit = merged[index].start + shortest
      if index + 1 < merged.count { limit = min(limit, merged[index + 1].start - gap) }
      merged[index].end = max(merged[index].end, limit)
    }
    return merged
  }

  /// Cues for one utterance that starts `offset` frames into the whole file.
  static func cues(
    for timing: UtteranceTiming, partStart offset: Int, language: String? = nil, part: Int = 0
  ) -> [Cue] {
    let words = self.words(of: timing.utterance, language: language)
    guard !words.isEmpty else { return [] }
    let anchors = Dictionary(
      timing.anchors.map { ($0.offset, $0.frame) }, uniquingKeysWith: { first, _ in first })

    // Group words into cues; a cue may end only before an anchored word.
    var groups: [[Word]] = [[]]
    var groupStarts: [Int] = [timing.start]
    var lastBreakable: Int?  // index into the current group of the latest anchored word
    for (wordIndex, word) in words.enumerated() {
      let current = groups[groups.count - 1]
      let anchored = wordIndex > 0 ? anchors[word.offset] : nil
      if !current.isEmpty, wrap(current + [word.word]).count > linesPerCue {
        if let frame = anchored {
          groups.append([])
          groupStarts.append(frame)
          lastBreakable = nil
        } else if let split = lastBreakable, split > 0 {
          // Move the tail after the latest anchored word into a new cue.
          let splitOffset = words[wordIndex - current.count + split].offset
          groups[groups.count - 1] = Array(current[..<split])
          groups.append(Array(current[split...]))
          groupStarts.append(anchors[splitOffset] ?? timing.start)
          lastBreakable = nil
        }
      } else if anchored != nil {
        lastBreakable = current.count
      }
      groups[groups.count - 1].append(word.word)
    }

    var cues: [Cue] = []
    for (number, group) in groups.enumerated() where !group.isEmpty {
      let start = groupStarts[number]
      let end = number + 1 < groupStarts.count ? groupStarts[number + 1] : timing.end
      cues.append(
        Cue(start: offset + start, end: offset + max(end, start), words: group, part: part))
    }
    return cues
  }

  /// The utterance's whitespace-separated words with their scalar offsets; a word inside a
  /// span whose language differs from `language` (primary subtags compared) carries it.
  static func words(of utterance: Utterance, language: String?) -> [(offset: Int, word: Word)] {
    let scalars = Array(utterance.text.unicodeScalars)
    // Scalar ranges of the foreign spans, found in order as the layout finds them.
    var foreign: [(range: Range<Int>, lang: String)] = []
    var searchFrom = 0
    for span in utterance.spans {
      let needle = Array(span.text.unicodeScalars)
      guard !needle.isEmpty, let at = firstIndex(of: needle, in: scalars, from: searchFrom)
      else { continue }
      searchFrom = at + needle.count
      if let language, primary(span.lang) != primary(language) {
        foreign.append((at..<searchFrom, span.lang))
      }
    }
    var words: [(offset: Int, word: Word)] = []
    var index = 0
    while index < scalars.count {
      while index < scalars.count, isWhitespace(scalars[index]) { index += 1 }
      let start = index
      while index < scalars.count, !isWhitespace(scalars[index]) { index += 1 }
      if index > start {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[start..<index])
        let lang = foreign.first { $0.range.contains(start) }?.lang
        words.append((start, Word(String(text), lang: lang)))
      }
    }
    return words
  }

  /// `properties.isWhitespace`, ASCII answered without the Unicode tables (a `watch` cuts
  /// every part's captions at every save).
  private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
    return scalar.properties.isWhitespace
  }

  private static func primary(_ tag: String) -> Substring {
    tag.split(separator: "-").first?.lowercased()[...] ?? ""
  }

  private static func firstIndex(
    of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from start: Int
  ) -> Int? {
    guard needle.count <= haystack.count, start <= haystack.count - needle.count else {
      return nil
    }
    for at in start...(haystack.count - needle.count)
    where haystack[at..<at + needle.count].elementsEqual(needle) {
      return at
    }
    return nil
  }
}
