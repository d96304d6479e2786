import LecternAudio
import LecternSpeech
import LecternText

/// A part laid out, mastered and measured, ready to be written: everything a render keeps of
/// it once its samples are on disk.
struct MasteredPart {
  /// The part.
  let part: Part
  /// The content key of its audio: the synthesis key and the pauses between its utterances
  /// (``PartKey``), and the mastering when there is any.
  let key: String
  /// Its utterances, in output frames from the part's first sample.
  let timings: [UtteranceTiming]
  /// Its length in output frames.
  let frames: Int
  /// Frames of quiet added before and after its speech by the profile's head and tail.
  let padding: (head: Int, tail: Int)
  /// What it measures.
  let figures: LoudnessFigures

  /// The same audio as part `part`, whose audio key is this one's: its utterances (ids,
  /// written text) in the timings, or `nil` if it does not have one per timing.
  func with(_ part: Part) -> MasteredPart? {
    guard part.utterances.count == timings.count else { return nil }
    var timings = timings
    for index in timings.indices { timings[index].utterance = part.utterances[index] }
    return MasteredPart(
      part: part, key: key, timings: timings, frames: frames, padding: padding, figures: figures)
  }
}

/// Lays a part out, runs it through the mastering chain, and maps its timings to the output.
struct PartMastering {
  let chain: MasteringChain
  let casting: VoiceCasting

  /// The part's audio key from its layout key (``PartKey``): that key alone when the chain
  /// changes nothing, else a hash of it with the profile and rate.
  func key(layout key: String) -> String {
    guard !chain.changesNothing else { return key }
    var hash = SHA256()
    hash.update("lectern-master-v1\n\(key)\n\(chain.outputRate)\n\(chain.profile)\n")
    return hash.finalizeHex()
  }

  /// The audio key of `ready` once mastered.
  func key(of ready: SynthesizedPart) -> String {
    key(layout: PartKey.of(ready.part, synthesis: ready.key, casting: casting))
  }

  /// Masters `ready`: its samples and the part as it will be written. `beforeMeasuring` is
  /// handed the samples and their padding before they are measured (the same samples
  /// ``MasteringChain/master(_:key:path:)`` gives): the render's last part goes to the whole
  /// file's meter meanwhile.
  func master(
    _ ready: SynthesizedPart, path: String,
    beforeMeasuring: (_ samples: [Int16], _ padding: (head: Int, tail: Int)) throws -> Void = {
      _, _ in
    }
  ) throws -> (MasteredPart, [Int16]) {
    let audio = try layout(ready)
    let (samples, shift) = try chain.unmeasured(audio.samples(), key: ready.key, path: path)
    let tail = samples.count - chain.outputFrame(audio.frames, headShift: shift)
    let padding = (head: max(0, shift), tail: max(0, tail))
    try beforeMeasuring(samples, padding)
    let part = MasteredPart(
      part: ready.part, key: key(of: ready), timings: timings(audio, headShift: shift),
      frames: samples.count, padding: padding,
      figures: try LoudnessFigures.measure(samples, sampleRate: chain.outputRate, path: path))
    return (part, samples)
  }

  /// The samples and utterance timings ``master(_:path:)`` gives, unmeasured: for a preview,
  /// which writes the part's audio and nothing of its figures.
  func preview(_ ready: SynthesizedPart, path: String) throws -> ([UtteranceTiming], [Int16]) {
    let audio = try layout(ready)
    let (samples, shift) = try chain.unmeasured(audio.samples(), key: ready.key, path: path)
    return (timings(audio, headShift: shift), samples)
  }

  /// The samples of `ready` laid out, when the chain changes nothing: then they are its
  /// mastered samples, and a cache entry need not hold them (``MasteredArchive``).
  func laidOut(_ ready: SynthesizedPart) -> [Int16]? {
    guard chain.changesNothing else { return nil }
    return try? layout(ready).samples()
  }

  private func layout(_ ready: SynthesizedPart) throws -> PartAudio {
    let speeches = try ready.loaded ?? SpeechArchive.read(ready.archive, verifyingChecksum: false)
    return PartAudio(
      script: ready.script, speeches: speeches, skipped: ready.skipped, casting: casting,
      sampleRate: chain.inputRate)
  }

  private func timings(_ audio: PartAudio, headShift: Int) -> [UtteranceTiming] {
    audio.utterances.map { timing in
      timing.mapped { chain.outputFrame($0, headShift: headShift) }
    }
  }
}

extension UtteranceTiming {
  /// The timing with every frame passed through `map` (engine frames → output frames).
  func mapped(_ map: (Int) -> Int) -> UtteranceTiming {
    var copy = self
    copy.start = map(start)
    copy.end = map(end)
    copy.spans = spans.map { map($0.lowerBound)..<map($0.upperBound) }
    copy.anchors = anchors.map { TextAnchor(offset: $0.offset, frame: map($0.frame)) }
    return copy
  }
}
