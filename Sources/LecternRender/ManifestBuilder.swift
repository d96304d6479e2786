import LecternAudio
import LecternText

/// Builds a ``Manifest`` from a plan and the frame positions of what was written.
struct ManifestBuilder {
  let plan: RenderPlan
  let sampleRate: Int
  let engine: String

  /// The manifest of a render whose parts start at `starts` and end at `ends` (frames in the
  /// whole file), with the utterance timings of each part (frames within the part).
  func manifest(
    source: String, format: AudioFormat, keys: [String], timings: [[UtteranceTiming]],
    starts: [Int],
    ends: [Int], total: Int
  ) -> Manifest {
    let ext = format.fileExtension
    var parts: [Manifest.PartEntry] = []
    for (index, part) in plan.parts.enumerated() {
      let offset = starts[index]
      let utterances = timings[index].map { timing in
        Manifest.UtteranceEntry(
          id: timing.utterance.id, startFrame: offset + timing.start, endFrame: offset + timing.end,
          start: seconds(offset + timing.start), end: seconds(offset + timing.end),
          text: timing.utterance.text,
          languages: unique(timing.utterance.spans.map(\.lang)),
          voices: unique(timing.utterance.spans.map(\.voice)),
          silenced: timing.silenced,
          spans: zip(timing.utterance.spans, timing.spans).map { span, range in
            Manifest.SpanEntry(
              text: span.text, spoken: span.spoken, lang: span.lang, voice: span.voice,
              startFrame: offset + range.lowerBound, endFrame: offset + range.upperBound)
          })
      }
      parts.append(
        Manifest.PartEntry(
          id: part.id, kind: part.kind.rawValue, file: "parts/\(part.id).\(ext)", cue: index + 1,
          key: keys[index],
          startFrame: offset, endFrame: ends[index], start: seconds(offset),
          end: seconds(ends[index]), utterances: utterances))
    }
    return Manifest(
      document: plan.document, source: source, file: "\(plan.document).\(ext)",
      format: format.rawValue, sampleRate: sampleRate, frames: total, duration: seconds(total),
      engine: engine, parts: parts)
  }

  private func seconds(_ frames: Int) -> Double { Manifest.seconds(frames, sampleRate) }

  private func unique(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert($0).inserted }
  }
}
