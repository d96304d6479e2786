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
      format: settings.format, sampleRate: outputRate, bitrate: MP3Bitrate(settings.master),
      riffLimit: settings.riffLimit)
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
  func layout(_ parts: [PartSummary]) -> Layout {
    var starts: [Int] = []
    var gaps: [Int] = []
    var frame = 0
    for (index, part) in parts.enumerated() {
      starts.append(frame)
      let gap = self.gap(
        after: index, part, before: index + 1 < parts.count ? parts[index + 1] : nil)
      gaps.append(gap)
      frame += part.frames + gap
    }
    return Layout(starts: starts, gaps: gaps, total: frame)
  }

  /// The frames of pause between part `number` (`part`) and the part after it (none after
  /// the last).
  func gap(after number: Int, _ part: PartSummary, before following: PartSummary?) -> Int {
    guard let following else { return 0 }
    let pause = casting.pauseAfter(plan.parts[number]) * outputRate / 1000
    return max(0, pause - part.padding.tail - following.padding.head)
  }

  /// Tags, chapters and cue markers of the whole file: chapters in the formats that tag
  /// them, cue markers in WAV (each list holds a title per part).
  ///
  /// A WAV cue point's position is a 32-bit frame number, in RF64 too (EBU Tech 3306 has no
  /// wider one): a part that starts past frame 2³² − 1 (27 hours at 44.1 kHz, 54 at
  /// 22 050 Hz) has its chapter, in the manifest and `chapters.json`, but no cue marker.
  /// Starts only grow, so the cue numbers of the others stay the manifest's `cue`.
  func wholeLabels(_ parts: [PartSummary], _ layout: Layout) -> AudioOutput.Labels {
    let milliseconds = { (frame: Int) in frame * 1000 / outputRate }
    let wav = settings.format == .wav
    var chapters: [Chapter] = []
    var cues: [CueMarker] = []
    for (index, start) in layout.starts.enumerated() {
      let end = index + 1 < layout.starts.count ? layout.starts[index + 1] : layout.total
      let title = files.title(index)
      if !wav {
        chapters.append(Chapter(title: title, start: milliseconds(start), end: milliseconds(end)))
      } else if start <= Int(UInt32.max) {
        cues.append(CueMarker(frame: start, label: title))
      }
    }
    var hash = SHA256()
    hash.update("lectern-whole-v1\n\(files.wholeMetadata)\n")
    for (index, part) in parts.enumerated() {
      hash.update("\(partLabels(index, key: part.key).key)\n\(layout.gaps[index])\n")
    }
    return AudioOutput.Labels(
      metadata: files.wholeMetadata, chapters: chapters, cues: cues, key: hash.finalizeHex())
  }

  /// The manifest of the render without its parts (see ``manifestEntry(_:record:layout:)``)
  /// and, until the whole file is measured, without its loudness (``loudness(_:)``).
  func manifestHead(source: String, layout: Layout) -> Manifest {
    var manifest = builder.head(source: source, format: settings.format, total: layout.total)
    manifest.master = settings.master.name
    manifest.chapters = ChaptersFile.name
    return manifest
  }

  /// The manifest's entry of part `index`, from its record.
  func manifestEntry(_ index: Int, record: PartRecord, layout: Layout) -> Manifest.PartEntry {
    let start = layout.starts[index]
    var entry = builder.entry(
      index, format: settings.format, key: record.key, timings: record.timings, start: start,
      end: start + record.frames)
    entry.file = files.file(index)
    entry.title = files.title(index)
    entry.fileKey = partLabels(index, key: record.key).key
    entry.loudness = loudness(record.figures)
    entry.bytes = record.check?.bytes
    entry.crc32 = record.check?.crc32
    return entry
  }

  private var builder: ManifestBuilder {
    ManifestBuilder(plan: plan, sampleRate: outputRate, engine: engine)
  }

  /// What the manifest states of `figures`, judged against the profile.
  func loudness(_ figures: LoudnessFigures) -> LoudnessEntry {
    LoudnessEntry(
      figures, profile: settings.master, sampleRate: outputRate, format: settings.format)
  }

  /// The loudness part of the summary line: the whole file's figures and whether the
  /// profile's limits hold, for the whole and for every part (`failing`).
  func summary(_ manifest: Manifest, failing: FailingParts) -> String {
    guard let whole = manifest.loudness else { return "" }
    let name = settings.master.name
    var verdict: String
    if whole.meets && failing.count == 0 {
      verdict = settings.master.isRaw ? "\(name): no limits" : "meets \(name)"
    } else {
      let problems = whole.problems.map { "whole: \($0)" } + failing.first
      let total = whole.problems.count + failing.count
      let more = total > 2 ? " (and \(total - 2) more)" : ""
      verdict = "FAILS \(name): " + problems.prefix(2).joined(separator: "; ") + more
    }
    return "\(whole.summary); \(verdict)"
  }
}
