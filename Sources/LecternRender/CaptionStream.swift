import LecternSystem

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
  init(vtt: TextFileOutput, srt: TextFileOutput, language: String, sampleRate: Int)
    throws(SystemError)
  {
    self.vtt = vtt
    self.srt = srt
    self.language = language
    self.sampleRate = sampleRate
    try vtt.write(Captions.webVTTHeader)
  }

  /// Adds part `index`, which starts at frame `start` of the whole file and holds `timings`.
  mutating func add(part index: Int, start: Int, timings: [UtteranceTiming]) throws(SystemError)
  {
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
