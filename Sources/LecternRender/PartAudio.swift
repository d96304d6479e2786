import LecternAudio
import LecternSpeech
import LecternText

/// A point where the audio and the source text line up: a word or span start.
public struct TextAnchor: Sendable, Hashable {
  /// Offset in Unicode scalars into the utterance's source text.
  public var offset: Int
  /// Frame within the part where that text starts to sound.
  public var frame: Int
}

/// Where an utterance sounds within its part, in frames.
public struct UtteranceTiming: Sendable, Hashable {
  /// The utterance.
  public var utterance: Utterance
  /// First frame of its speech.
  public var start: Int
  /// Frame after its speech, before the pause that follows it.
  public var end: Int
  /// Start and end frame of each span.
  public var spans: [Range<Int>]
  /// Word and span starts, in text order, from the engine's events.
  public var anchors: [TextAnchor]
  /// Whether the engine crashed on it and silence stands in its place.
  public var silenced: Bool
}

/// One part's synthesized speech, laid out with its profiles' pauses.
///
/// Layout and writing walk the same segment list, so the timings in the manifest and the
/// samples in the files cannot disagree.
struct PartAudio {
  /// A run of the part's audio.
  enum Segment {
    /// The samples of synthesis call `index`.
    case speech(Int)
    /// Silence of so many frames.
    case silence(Int)
  }

  /// Silence that stands in for an utterance the engine crashed on (with `--keep-going`).
  static let crashSilenceSeconds = 0.5

  let part: Part
  let speeches: [Speech]
  let segments: [Segment]
  let utterances: [UtteranceTiming]
  let frames: Int

  /// Lays `speeches` (one per call of `script`, in its order) out.
  init(
    script: PartScript, speeches: [Speech], skipped: Set<Int>, casting: VoiceCasting,
    sampleRate: Int
  ) {
    let part = script.part
    var segments: [Segment] = []
    var timings: [UtteranceTiming] = []
    var frame = 0
    for (number, utterance) in part.utterances.enumerated() {
      let start = frame
      var spans: [Range<Int>] = []
      var anchors: [TextAnchor] = []
      var silenced = false
      var searchFrom = utterance.text.unicodeScalars.startIndex
      for call in script.lines(ofUtterance: number) {
        let span = utterance.spans[script.lines[call].span]
        let spanStart = frame
        let scalars = utterance.text.unicodeScalars
        let offset: Int
        if let found = scalars[searchFrom...].firstRange(of: span.text.unicodeScalars) {
          offset = scalars.distance(from: scalars.startIndex, to: found.lowerBound)
          searchFrom = found.upperBound
        } else {
          offset = scalars.distance(from: scalars.startIndex, to: searchFrom)
        }
        anchors.append(TextAnchor(offset: offset, frame: spanStart))
        if skipped.contains(call) || call >= speeches.count {
          silenced = true
          let silence = Int(Self.crashSilenceSeconds * Double(sampleRate))
          segments.append(.silence(silence))
          frame += silence
        } else {
          let speech = speeches[call]
          segments.append(.speech(call))
          let words = Self.wordMap(spoken: span.spoken, text: span.text)
          for event in speech.events where event.kind == .word && event.textPosition > 0 {
            if let source = words[event.textPosition - 1] {
              anchors.append(TextAnchor(offset: offset + source, frame: spanStart + event.sample))
            }
          }
          frame += speech.samples.count
        }
        spans.append(spanStart..<frame)
      }
      timings.append(
        UtteranceTiming(
          utterance: utterance, start: start, end: frame, spans: spans,
          anchors: Self.ordered(anchors), silenced: silenced))
      if number < part.utterances.count - 1 {
        let pause = casting.pauseAfter(utterance) * sampleRate / 1000
        segments.append(.silence(pause))
        frame += pause
      }
    }
    self.part = part
    self.speeches = speeches
    self.segments = segments
    self.utterances = timings
    self.frames = frame
  }

  /// Writes the part's samples to `writer`.
  func write(to writer: inout SoundFileWriter) throws(AudioError) {
    for segment in segments {
      switch segment {
      case .speech(let index):
        try speeches[index].samples.withUnsafeBufferPointer { (buffer) throws(AudioError) in
          try writer.write(buffer)
        }
      case .silence(let frames):
        try writer.writeSilence(frames: frames)
      }
    }
  }

  /// The part's samples, in one array (for the mastering chain, which works on whole parts).
  func samples() -> [Int16] {
    var result: [Int16] = []
    result.reserveCapacity(frames)
    for segment in segments {
      switch segment {
      case .speech(let index): result += speeches[index].samples
      case .silence(let count): result += repeatElement(0, count: count)
      }
    }
    return result
  }

  /// Where words of `spoken` start in `text`, keyed by scalar offset in `spoken`.
  ///
  /// Lexicon aliases rewrite some words ("ATC-CIS" → "A-T-C C-I-S"); the others are read as
  /// written. A longest common subsequence of the two word lists pairs those, so every word
  /// the engine read unchanged gets its real time, and a rewritten one none: no guessing.
  static func wordMap(spoken: String, text: String) -> [Int: Int] {
    let said = words(spoken)
    let written = words(text)
    if said.map(\.word) == written.map(\.word) {
      return Dictionary(
        zip(said.map(\.start), written.map(\.start)), uniquingKeysWith: { first, _ in first })
    }
    // lengths[i][j]: LCS of said[i...] and written[j...]; spans are bounded (≤ 400 scalars).
    let rows = said.count + 1
    let columns = written.count + 1
    var lengths = [Int](repeating: 0, count: rows * columns)
    for i in stride(from: said.count - 1, through: 0, by: -1) {
      for j in stride(from: written.count - 1, through: 0, by: -1) {
        lengths[i * columns + j] =
          said[i].word == written[j].word
          ? lengths[(i + 1) * columns + j + 1] + 1
          : max(lengths[(i + 1) * columns + j], lengths[i * columns + j + 1])
      }
    }
    var map: [Int: Int] = [:]
    var (i, j) = (0, 0)
    while i < said.count, j < written.count {
      if said[i].word == written[j].word {
        map[said[i].start] = written[j].start
        i += 1
        j += 1
      } else if lengths[(i + 1) * columns + j] >= lengths[i * columns + j + 1] {
        i += 1
      } else {
        j += 1
      }
    }
    return map
  }

  /// Whitespace-separated words with the scalar offsets where they start.
  private static func words(_ text: String) -> [(word: Substring, start: Int)] {
    var result: [(word: Substring, start: Int)] = []
    var offset = 0
    var start: (index: String.Index, offset: Int)?
    var index = text.startIndex
    for scalar in text.unicodeScalars {
      let next = text.unicodeScalars.index(after: index)
      if scalar.properties.isWhitespace {
        if let open = start { result.append((text[open.index..<index], open.offset)) }
        start = nil
      } else if start == nil {
        start = (index, offset)
      }
      index = next
      offset += 1
    }
    if let open = start { result.append((text[open.index..<text.endIndex], open.offset)) }
    return result
  }

  /// Anchors sorted by offset, one per offset, frames never going backwards.
  private static func ordered(_ anchors: [TextAnchor]) -> [TextAnchor] {
    var result: [TextAnchor] = []
    for anchor in anchors.sorted(by: { ($0.offset, $0.frame) < ($1.offset, $1.frame) }) {
      if let last = result.last, last.offset == anchor.offset || last.frame > anchor.frame {
        continue
      }
      result.append(anchor)
    }
    return result
  }
}
