import LecternAudio
import LecternSpeech
import LecternSystem
import LecternText

/// Drives plan → speech → audio → files for whole documents and single parts.
///
/// Not `Sendable`: it owns the synthesis pool and is confined to the thread that runs it.
/// Errors it throws conform to `LecternError`.
public final class Renderer {
  /// How a render writes its outputs.
  public struct Settings: Sendable {
    /// The audio format of the whole file and the part files.
    public var format: AudioFormat
    /// Cache of synthesized parts, or `nil` to synthesize everything (`--no-cache`).
    public var cache: SynthesisCache?
    /// Replace what the engine crashes on with silence instead of failing.
    public var keepGoing: Bool
    /// Write the listening page, `index.html` (`--no-page` turns it off).
    public var page: Bool
    /// Other processes, here or on other machines, render other documents into the same
    /// output folder and share the cache meanwhile (a shard of a batch): take no folder-wide
    /// lock, clean up only this document's own leftovers, never prune the cache.
    public var shared: Bool

    /// Creates settings.
    public init(
      format: AudioFormat = .wav, cache: SynthesisCache? = nil, keepGoing: Bool = false,
      page: Bool = true, shared: Bool = false
    ) {
      self.format = format
      self.cache = cache
      self.keepGoing = keepGoing
      self.page = page
      self.shared = shared
    }
  }

  private let pool: any SynthesisRunner
  let casting: VoiceCasting
  let sampleRate: Int
  let engine: String
  private let progress: any RenderProgress

  /// Parts synthesized by the engine (not taken from the cache) since this renderer was made.
  public private(set) var synthesizedParts = 0

  /// Creates a renderer. `engine` names the engine and its version (it keys the cache).
  public init(
    pool: any SynthesisRunner, casting: VoiceCasting, sampleRate: Int, engine: String,
    progress: any RenderProgress = RenderProgressReporter(style: .quiet)
  ) {
    self.pool = pool
    self.casting = casting
    self.sampleRate = sampleRate
    self.engine = engine
    self.progress = progress
  }

  /// Renders `plan` into `directory/NAME/`: the whole file, part files, manifest, captions.
  ///
  /// The previous outputs stay untouched until every new file is complete; then they are
  /// replaced in one step. A plan with no words is refused (``DocumentError/nothingToSpeak(path:)``)
  /// before anything is written. Returns the manifest written.
  @discardableResult
  public func render(
    _ plan: RenderPlan, source: String, into directory: String, settings: Settings
  ) throws -> Manifest {
    guard plan.hasWords else { throw DocumentError.nothingToSpeak(path: source) }
    try RenderFolder.requireUsableName(plan.document, source: source)
    let root = try OutputFolder.prepare(directory)
    // The synthesis process must not be forked while the lock is held: it would inherit it.
    try pool.start(warmingUp: nil)
    do {
      if settings.shared {
        // This process owns DIR/NAME in the batch; other shards, maybe on other machines,
        // write other documents: no folder-wide lock, and only this document's leftovers go.
        StaleStaging.remove(in: root, document: plan.document)
        return try renderOwned(plan, source: source, into: root, settings: settings)
      }
      let lock = try OutputFolder.lock(root)
      // No other render of this folder runs now: every staging folder is locked or stale.
      StaleStaging.remove(in: root)
      let manifest = try renderOwned(plan, source: source, into: root, settings: settings)
      _ = consume lock
      return manifest
    } catch var error as RenderError where error.code == .engineCrashed {
      // Only a whole render can go on past a crash (a preview of the part cannot).
      error.message += " (use --keep-going to render with silence there)"
      throw error
    }
  }

  /// A part written to its file, with what the whole file and the manifest need of it.
  private struct DonePart {
    var ready: SynthesizedPart
    var frames: Int
    var timings: [UtteranceTiming]
    /// Its file's size and checksum, recorded in the manifest.
    var check: PartFileCheck?
    /// The listening page's picture of it: its levels, measured as it is laid out.
    var levels: [UInt8]?
  }

  /// ``render(_:source:into:settings:)`` once this process owns `root/NAME`: it holds the
  /// folder's lock, or is the one shard of a batch that renders this document.
  private func renderOwned(
    _ plan: RenderPlan, source: String, into root: String, settings: Settings
  ) throws -> Manifest {
    // Checked before any work, and again when the new folder replaces it.
    try RenderFolder.requireReplaceable("\(root)/\(plan.document)", document: plan.document)
    let output = try StagedOutput(destination: "\(root)/\(plan.document)")
    let synthesizedBefore = synthesizedParts
    progress.started(document: plan.document, parts: plan.parts.count)
    let parts = try writeParts(plan, settings, staged: output)
    try Interruption.check()

    var starts: [Int] = []
    var gaps: [Int] = []
    var frame = 0
    for (index, part) in parts.enumerated() {
      starts.append(frame)
      let last = index == parts.count - 1
      let gap = last ? 0 : casting.pauseAfter(part.ready.part) * sampleRate / 1000
      gaps.append(gap)
      frame += part.frames + gap
    }
    let cues = zip(plan.parts, starts).map { CueMarker(frame: $1, label: $0.id) }
    try write(
      parts.map { entry in { try self.layout(entry.ready) } }, gaps: gaps,
      to: output.path("\(plan.document).\(settings.format.fileExtension)"), plan, settings,
      cues: cues, staged: output)

    var manifest = ManifestBuilder(plan: plan, sampleRate: sampleRate, engine: engine).manifest(
      source: source, format: settings.format, keys: parts.map(\.ready.key),
      timings: parts.map(\.timings), starts: starts,
      ends: zip(starts, parts).map { $0 + $1.frames }, total: frame)
    manifest.renderKey = try renderKey(plan, source: source, settings: settings)
    for (index, part) in parts.enumerated() {
      manifest.parts[index].bytes = part.check?.bytes
      manifest.parts[index].crc32 = part.check?.crc32
    }
    try writeSidecars(manifest, plan, parts: parts, starts: starts, settings, staged: output)
    FileSystem.removeTree(output.path(".synth"))
    try Interruption.check()
    try output.commit(document: plan.document)
    // A shared cache is pruned only by `lectern cache prune`, never while shards read it.
    if !settings.shared { settings.cache?.prune() }
    progress.completed(
      document: plan.document, directory: output.destination,
      files: plan.parts.count + (settings.page ? 5 : 4),
      audioSeconds: Double(frame) / Double(sampleRate),
      synthesized: synthesizedParts - synthesizedBefore)
    return manifest
  }

  /// Synthesizes (or takes from the cache) every part and writes its file as it comes;
  /// returns the parts in plan order. Only timings stay in memory: audio is read back from
  /// the archives one part at a time.
  private func writeParts(
    _ plan: RenderPlan, _ settings: Settings, staged output: StagedOutput
  ) throws -> [DonePart] {
    var done: [String: DonePart] = [:]
    // Without a cache, the workers' archives live in the staging folder until the end.
    let work = output.path(".synth")
    if settings.cache == nil { try FileSystem.makeDirectories(work) }
    let previous = PreviousRender(folder: output.destination, format: settings.format)
    let ext = settings.format.fileExtension
    synthesizedParts += try partSynthesis(settings, workDirectory: work).run(plan.parts) {
      ready in
      var ready = ready
      let audio = try layout(ready)
      ready.loaded = nil  // keep only timings in memory
      let path = output.path("parts/\(ready.part.id).\(ext)")
      // A part whose synthesis did not change is the same file as last time: link it.
      var check = previous.link(key: ready.key, metadata: metadata(plan), to: path)
      if check == nil {
        try write([{ audio }], gaps: [], to: path, plan, settings, staged: output)
        do throws(SystemError) {
          check = try PartFileCheck.of(path)
        } catch {
          throw error.reporting(output.staging, as: output.destination)
        }
      }
      done[ready.part.id] = DonePart(
        ready: ready, frames: audio.frames, timings: audio.utterances, check: check,
        levels: settings.page ? audio.levels(step: levelStep) : nil)
      progress.finished(
        part: ready.part.id, audioSeconds: Double(audio.frames) / Double(sampleRate))
    }
    return try plan.parts.map { part in
      guard let entry = done[part.id] else {
        throw RenderError(.engineFailed, "part \(part.id) was not synthesized")
      }
      return entry
    }
  }

  /// Writes the manifest and the captions into the staging folder.
  private func writeSidecars(
    _ manifest: Manifest, _ plan: RenderPlan, parts: [DonePart], starts: [Int],
    _ settings: Settings, staged output: StagedOutput
  ) throws {
    let caption = Captions(
      parts: zip(starts, parts).map { ($0, $1.timings) }, language: plan.language,
      sampleRate: sampleRate)
    let manifestJSON = try manifest.json()
    try OutputFolder.writeText(manifestJSON, to: output.path("manifest.json"))
    let webVTT = caption.webVTT
    try OutputFolder.writeText(webVTT, to: output.path("\(plan.document).vtt"))
    try OutputFolder.writeText(caption.subRip, to: output.path("\(plan.document).srt"))
    if settings.page {
      try ListeningPage(
        plan: plan, manifest: manifest, manifestJSON: manifestJSON, webVTT: webVTT,
        captionFiles: ("\(plan.document).vtt", "\(plan.document).srt"),
        levels: parts.map { $0.levels ?? [] }
      ).write(to: output.path("index.html"))
    }
  }

  /// Renders part `id` of `plan` alone into `path` (atomically), exactly as a full render
  /// would; returns its utterance timings.
  @discardableResult
  public func preview(
    _ plan: RenderPlan, part id: String, to path: String, settings: Settings
  ) throws -> [UtteranceTiming] {
    guard plan.hasWords else { throw DocumentError.nothingToSpeak(path: plan.document) }
    guard let part = plan.part(id: id) else {
      throw RenderError(
        .unknownPart,
        "no part \"\(id)\" in \(plan.document) (valid: \(plan.parts.map(\.id).joined(separator: ", ")))"
      )
    }
    // A private folder (mode 0700, unpredictable name), removed on every path.
    let work = try ScratchDirectory(purpose: "lectern-preview")
    var timings: [UtteranceTiming] = []
    synthesizedParts += try partSynthesis(settings, workDirectory: work.path).run([part]) {
      ready in
      let audio = try layout(ready)
      try write([{ audio }], gaps: [], to: path, plan, settings)
      timings = audio.utterances
    }
    return timings
  }

  private var levelStep: Int { LevelEnvelope.step(sampleRate: sampleRate) }

  private func partSynthesis(_ settings: Settings, workDirectory: String) -> PartSynthesis {
    PartSynthesis(
      pool: pool, casting: casting, engine: engine, sampleRate: sampleRate, cache: settings.cache,
      workDirectory: workDirectory, keepGoing: settings.keepGoing)
  }

  private func layout(_ ready: SynthesizedPart) throws -> PartAudio {
    // The archive was verified by the cache lookup, or just written by a child we waited for.
    let speeches = try ready.loaded ?? SpeechArchive.read(ready.archive, verifyingChecksum: false)
    return PartAudio(
      script: ready.script, speeches: speeches, skipped: ready.skipped, casting: casting,
      sampleRate: sampleRate)
  }

  /// Writes `parts` with `gaps[i]` frames of silence after each to `path`, loading each
  /// part's audio only while it is written (so memory does not grow with the document).
  /// Inside a staging folder the file is written in place (the folder is what gets swapped
  /// in); elsewhere through a temporary and a rename.
  private func write(
    _ parts: [() throws -> PartAudio], gaps: [Int], to path: String, _ plan: RenderPlan,
    _ settings: Settings, cues: [CueMarker] = [], staged: StagedOutput? = nil
  ) throws {
    let body = { (writer: inout SoundFileWriter) throws in
      for (index, part) in parts.enumerated() {
        try part().write(to: &writer)
        if index < gaps.count, gaps[index] > 0 { try writer.writeSilence(frames: gaps[index]) }
      }
    }
    guard let staged else {
      try AtomicFile.writeSound(
        to: path, format: settings.format, sampleRate: sampleRate, metadata: metadata(plan),
        cues: cues, body)
      return
    }
    do {
      var writer = try SoundFileWriter(
        path: path, format: settings.format, sampleRate: sampleRate, metadata: metadata(plan),
        cues: cues)
      try body(&writer)
      try writer.close()
    } catch var error as AudioError {
      error.path = staged.published(error.path)
      throw error
    }
  }

  private func metadata(_ plan: RenderPlan) -> AudioMetadata {
    let facts = plan.metadata
    return AudioMetadata(
      title: facts.title ?? plan.document, artist: facts.speaker, date: facts.date,
      comment: "Source: \(plan.document). Spoken by \(engine).", software: "Lectern")
  }
}
