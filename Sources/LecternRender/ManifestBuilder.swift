import LecternAudio
import LecternText

/// Builds a ``Manifest`` from a plan and the frame positions of what was written: its
/// top-level fields, and each part's entry on its own (a render writes the entries one by
/// one, never holding them all).
struct ManifestBuilder {
  let plan: RenderPlan
  let sampleRate: Int
  let engine: String

  /// The manifest of a render of `total` frames in `format`, with no parts yet.
  func head(source: String, format: AudioFormat, total: Int) -> Manifest {
    Manifest(
      document: plan.document, source: source, file: "\(plan.document).\(format.fileExtension)",
      format: format.rawValue, sampleRate: sampleRate, frames: total, duration: seconds(total),
      engine: engine, parts: [])
  }

  /// The entry of part `index`, which starts at frame `start` and ends at `end` of the whole
  /// file, with the utterance timings of the part (frames within the part).
  func entry(
    _ index: Int, format: AudioFormat, key: String, timings: [UtteranceTiming], start: Int,
    end: Int
  ) -> Manifest.PartEntry {
    let part = plan.parts[index]
    let utterances = timings.map { timing in
      Manifest.UtteranceEntry(
        id: timing.utterance.id, startFrame: start + timing.start, endFrame: start + timing.end,
        start: seconds(start + timing.start), end: seconds(start + timing.end),
        text: timing.utterance.text,
        languages: unique(timing.utterance.spans.map(\.lang)),
        voices: unique(timing.utterance.spans.map(\.voice)),
        silenced: timing.silenced,
        spans: zip(timing.utterance.spans, timing.spans).map { span, range in
          Manifest.SpanEntry(
            text: span.text, spoken: span.spoken, lang: span.lang, voice: span.voice,
            startFrame: start + range.lowerBound, endFrame: start + range.upperBound)
        })
    }
    return Manifest.PartEntry(
      id: part.id, kind: part.kind.rawValue, file: "parts/\(part.id).\(format.fileExtension)",
      cue: index + 1, key: key, startFrame: start, endFrame: end, start: seconds(start),
      end: seconds(end), utterances: utterances)
  }

  private func seconds(_ frames: Int) -> Double { Manifest.seconds(frames, sampleRate) }

  private func unique(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert($0).inserted }
  }
}
