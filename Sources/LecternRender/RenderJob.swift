import Foundation
import LecternAudio
import LecternText

/// One document's render in a given format and mastering profile: the names, tags, layout
/// and report of its files, apart from the synthesis that feeds it.
struct RenderJob {
  let plan: RenderPlan
  let settings: Renderer.Settings
  let engine: String
  let casting: VoiceCasting
  let outputRate: Int
  let files: PartFiles
  let mastering: PartMastering
  let audio: AudioOutput

  init(
    plan: RenderPlan, settings: Renderer.Settings, engineRate: Int, engine: String,
    casting: VoiceCasting
  ) {
    self.plan = plan
    self.settings = settings
    self.engine = engine
    self.casting = casting
    outputRate = settings.master.outputRate(for: settings.format, engineRate: engineRate)
    files = PartFiles(plan: plan, format: settings.format, engine: engine)
    mastering = PartMastering(
      chain: MasteringChain(
        profile: settings.master, inputRate: engineRate, outputRate: outputRate),
      casting: casting)
    audio = AudioOutput(
      format: settings.format, sampleRate: outputRate, bitrate: MP3Bitrate(settings.master))
  }

  /// Where the parts sit in the whole file, in output frames.
  struct Layout {
    /// First frame of each part.
    var starts: [Int]
    /// Frames of pause after each part.
    var gaps: [Int]
    /// Length of the whole file.
    var total: Int
  }

  /// Tags of part `number`'s file; its key is the file key (which also seeds the Ogg serial).
  func partLabels(_ number: Int, key: String) -> AudioOutput.Labels {
    let metadata = files.metadata(number)
    return AudioOutput.Labels(
      metadata: metadata, key: audio.fileKey(audioKey: key, metadata: metadata))
  }

  /// The parts one after another, each followed by its pause. A profile that pads parts
  /// with quiet (`head`, `tail`) has that padding count towards the pause, so that the
  /// quiet between two parts stays what the voice profile asks where it can.
  func layout(_ parts: [MasteredPart]) -> Layout {
    var starts: [Int] = []
    var gaps: [Int] = []
    var frame = 0
    for (index, part) in parts.enumerated() {
      starts.append(frame)
      let gap = self.gap(after: part, before: index + 1 < parts.count ? parts[index + 1] : nil)
      gaps.append(gap)
      frame += part.frames + gap
    }
    return Layout(starts: starts, gaps: gaps, total: frame)
  }

  /// The frames of pause between `part` and the part after it (none after the last).
  func gap(after part: MasteredPart, before following: MasteredPart?) -> Int {
    guard let following else { return 0 }
    let pause = casting.pauseAfter(part.part) * outputRate / 1000
    return max(0, pause - part.padding.tail - following.padding.head)
  }

  /// Tags, chapters and cue markers of the whole file.
  func wholeLabels(_ parts: [MasteredPart], _ layout: Layout) -> AudioOutput.Labels {
    let milliseconds = { (frame: Int) in frame * 1000 / outputRate }
    var chapters: [Chapter] = []
    var cues: [CueMarker] = []
    for (index, start) in layout.starts.enumerated() {
      let end = index + 1 < layout.starts.count ? layout.starts[index + 1] : layout.total
      let title = files.title(index)
      chapters.append(Chapter(title: title, start: milliseconds(start), end: milliseconds(end)))
      cues.append(CueMarker(frame: start, label: title))
    }
    var hash = SHA256()
    hash.update("lectern-whole-v1\n\(files.wholeMetadata)\n")
    for (index, part) in parts.enumerated() {
      hash.update("\(partLabels(index, key: part.key).key)\n\(layout.gaps[index])\n")
    }
    return AudioOutput.Labels(
      metadata: files.wholeMetadata, chapters: chapters,
      cues: settings.format == .wav ? cues : [], key: hash.finalizeHex())
  }

  /// The manifest of the render.
  func manifest(
    source: String, parts: [MasteredPart], layout: Layout, figures: LoudnessFigures
  ) -> Manifest {
    let judge = { (figures: LoudnessFigures) in
      LoudnessEntry(
        figures, profile: settings.master, sampleRate: outputRate, format: settings.format)
    }
    var manifest = ManifestBuilder(plan: plan, sampleRate: outputRate, engine: engine).manifest(
      source: source, format: settings.format, keys: parts.map(\.key),
      timings: parts.map(\.timings), starts: layout.starts,
      ends: zip(layout.starts, parts).map { $0 + $1.frames }, total: layout.total)
    for index in manifest.parts.indices {
      manifest.parts[index].file = files.file(index)
      manifest.parts[index].title = files.title(index)
      manifest.parts[index].fileKey = partLabels(index, key: parts[index].key).key
      manifest.parts[index].loudness = judge(parts[index].figures)
    }
    manifest.master = settings.master.name
    manifest.loudness = judge(figures)
    manifest.chapters = ChaptersFile.name
    return manifest
  }

  /// The loudness part of the summary line: the whole file's figures and whether the
  /// profile's limits hold, for the whole and for every part.
  func summary(_ manifest: Manifest) -> String {
    guard let whole = manifest.loudness else { return "" }
    let name = settings.master.name
    let failing = manifest.parts.filter { $0.loudness?.meets == false }
    var verdict: String
    if whole.meets && failing.isEmpty {
      verdict = settings.master.isRaw ? "\(name): no limits" : "meets \(name)"
    } else {
      let problems =
        (whole.problems.map { "whole: \($0)" })
        + failing.map { "part \($0.id): \($0.loudness?.problems.first ?? "")" }
      let more = problems.count > 2 ? " (and \(problems.count - 2) more)" : ""
      verdict = "FAILS \(name): " + problems.prefix(2).joined(separator: "; ") + more
    }
    return "\(whole.summary); \(verdict)"
  }
}
