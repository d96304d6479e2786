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
    /// The mastering profile (`raw`, changing nothing, unless one is given).
    public var master: MasteringProfile
    /// Write the listening page, `index.html` (`--no-page` turns it off).
    public var page: Bool
    /// Other processes, here or on other machines, render other documents into the same
    /// output folder and share the cache meanwhile (a shard of a batch): take no folder-wide
    /// lock, clean up only this document's own leftovers, never prune the cache.
    public var shared: Bool
    /// The largest RIFF size a WAV file is written with; a whole file that would pass it is
    /// written as RF64 (``WAVContainer``). 4 GiB, what RIFF holds; tests give less.
    public var riffLimit = WAVContainer.riffLimit
    /// Whether ``Renderer/render(_:source:into:settings:previous:)`` returns every part's
    /// manifest entry (a watch lays the next save against them). A command that only prints
    /// a summary turns it off: the entries are in `manifest.json`, and memory then holds
    /// none of them (about 1 KiB each).
    public var returnsPartEntries = true

    /// Creates settings.
    public init(
      format: AudioFormat = .wav, cache: SynthesisCache? = nil, keepGoing: Bool = false,
      master: MasteringProfile = MasteringProfile(name: "raw"), page: Bool = true,
      shared: Bool = false
    ) {
      self.format = format
      self.cache = cache
      self.keepGoing = keepGoing
      self.master = master
      self.page = page
      self.shared = shared
    }
  }

  private let pool: any SynthesisRunner
  let casting: VoiceCasting
  let sampleRate: Int
  let engine: String
  private let progress: any RenderProgress
  /// From how many parts a render has its large buffers mapped on their own (see
  /// ``ProcessSetup/mapLargeAllocations()``): below, glibc's own threshold, which reuses heap
  /// memory without page faults (mapping costs a `web` render of the seed 10 % of its time);
  /// above, a heap that would grow with every part (147 MiB at 10,000 parts against 88).
  static let manyParts = 256

  /// Speech of earlier renders kept in memory (`watch`), or `nil`.
  let memory: SpeechMemory?

  /// Parts synthesized by the engine (not taken from the cache) since this renderer was made.
  public internal(set) var synthesizedParts = 0
  /// Parts mastered and measured (not taken from the memory or the cache) since this renderer
  /// was made.
  public internal(set) var masteredParts = 0
  /// The number of the first part the render under way mastered (rather than took from
  /// the memory or the cache).
  var firstMastered = 0
  /// Whether the last render's whole-file meter was the one fed ahead (``MeterHeadStart``).
  var tookHeadStart = false

  /// Creates a renderer. `engine` names the engine and its version (it keys the cache).
  /// With a `memory`, parts whose synthesis key it holds are neither synthesized nor read
  /// from the cache, and each render leaves in it exactly the speech of its own parts.
  public init(
    pool: any SynthesisRunner, casting: VoiceCasting, sampleRate: Int, engine: String,
    progress: any RenderProgress = RenderProgressReporter(style: .quiet),
    memory: SpeechMemory? = nil
  ) {
    self.memory = memory
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
  /// before anything is written. Returns the manifest written, but for its parts'
  /// utterances (read `manifest.json` for those): memory holds the text of one part at a
  /// time, whatever the document's length.
  ///
  /// `previous` is the manifest this process's last render of the document into `directory`
  /// returned (`watch` renders the same document again and again): the previous part files
  /// are matched against it instead of the manifest read back from the folder; each is still
  /// checked (size and CRC-32) before it is linked.
  @discardableResult
  public func render(
    _ plan: RenderPlan, source: String, into directory: String, settings: Settings,
    previous: Manifest? = nil
  ) throws -> Manifest {
    guard plan.hasWords else { throw DocumentError.nothingToSpeak(path: source) }
    try RenderFolder.requireUsableName(plan.document, source: source)
    if plan.parts.count > Self.manyParts { ProcessSetup.mapLargeAllocations() }
    let root = try OutputFolder.prepare(directory)
    // Nor while another thread runs: the meter fed ahead since the last render is done first.
    let headStart = memory?.headStart.take()
    headStart?.join()
    // The synthesis process must not be forked while the lock is held: it would inherit it.
    try pool.start(warmingUp: nil)
    do {
      if settings.shared {
        // This process owns DIR/NAME in the batch; other shards, maybe on other machines,
        // write other documents: no folder-wide lock, and only this document's leftovers go.
        StaleStaging.remove(in: root, document: plan.document)
        return try renderOwned(
          plan, source: source, into: root, settings: settings, previous: previous,
          headStart: headStart)
      }
      let lock = try OutputFolder.lock(root)
      // No other render of this folder runs now: every staging folder is locked or stale.
      StaleStaging.remove(in: root)
      let manifest = try renderOwned(
        plan, source: source, into: root, settings: settings, previous: previous,
        headStart: headStart)
      _ = consume lock
      return manifest
    } catch var error as RenderError where error.code == .engineCrashed {
      // Only a whole render can go on past a crash (a preview of the part cannot).
      error.message += " (use --keep-going to render with silence there)"
      throw error
    }
  }

  /// ``render(_:source:into:settings:previous:)`` once this process owns `root/NAME`: it
  /// holds the folder's lock, or is the one shard of a batch that renders this document.
  /// `headStart` is the whole file's meter fed ahead (``MeterHeadStart``), if any.
  private func renderOwned(
    _ plan: RenderPlan, source: String, into root: String, settings: Settings,
    previous: Manifest?, headStart: MeterHeadStart?
  ) throws -> Manifest {
    // Checked before any work, and again when the new folder replaces it.
    try RenderFolder.requireReplaceable("\(root)/\(plan.document)", document: plan.document)
    let output = try StagedOutput(destination: "\(root)/\(plan.document)")
    let job = RenderJob(
      plan: plan, settings: settings, engineRate: sampleRate, engine: engine, casting: casting)
    let synthesizedBefore = synthesizedParts
    progress.started(document: plan.document, parts: plan.parts.count)
    // Mastered samples wait between the part file and the whole file in spool files (or in
    // the memory of a watch), with each part's record for the texts written at the end.
    let spool = output.path(".spool")
    try FileSystem.makeDirectories(spool)
    let whole = output.path("\(plan.document).\(settings.format.fileExtension)")
    let meter = try WholeMeter(job: job, path: output.published(whole), headStart: headStart)
    firstMastered = plan.parts.count
    let done = try writeParts(
      plan, job: job, spool: spool, previous: previous, staged: output, meter: meter)
    try Interruption.check()

    // The last parts are measured on another thread (see ``WholeMeter``) while the whole
    // file and every text that does not state its loudness are written.
    let layout = job.layout(done)
    var head = job.manifestHead(source: source, layout: layout)
    let texts = RenderTexts(job: job, layout: layout, spool: spool, output: output)
    try WholeFile(output: job.audio, tone: job.mastering.chain.roomTone).write(
      done, gaps: layout.gaps, to: whole, labels: job.wholeLabels(done, layout), staged: output)
    head.renderKey = try renderKey(plan, source: source, settings: settings)
    let parts = try texts.writeParts(head: head)
    let figures = try meter.finish()
    tookHeadStart = meter.tookHeadStart
    head.loudness = job.loudness(figures)
    let manifest = try texts.writeManifest(head: head, parts)
    let failing = parts.failing
    if settings.page { try texts.writePage(head: head) }
    FileSystem.removeTree(output.path(".synth"))
    FileSystem.removeTree(spool)
    try Interruption.check()
    try output.commit(document: plan.document)
    memory?.forgetUnused()
    memory?.headStart = self.headStart(
      after: done, layout: layout, job: job, path: output.published(whole))
    // A shared cache is pruned only by `lectern cache prune`, never while shards read it.
    if !settings.shared { settings.cache?.prune() }
    progress.measured(job.summary(manifest, failing: failing))
    progress.completed(
      document: plan.document, directory: output.destination,
      files: plan.parts.count + (settings.page ? 6 : 5),
      audioSeconds: Double(layout.total) / Double(job.outputRate),
      synthesized: synthesizedParts - synthesizedBefore)
    return manifest
  }

  /// Synthesizes (or takes from the cache) every part, masters it and writes its file as it
  /// comes; returns the parts in plan order. Only each part's summary stays in memory; its
  /// samples and its record wait in the spool folder.
  private func writeParts(
    _ plan: RenderPlan, job: RenderJob, spool: String, previous known: Manifest?,
    staged output: StagedOutput, meter: WholeMeter
  ) throws -> [PartSummary] {
    var done: [PartSummary?] = Array(repeating: nil, count: plan.parts.count)
    // The workers' archives of clause pieces live in the staging folder until they are read.
    let work = output.path(".synth")
    try FileSystem.makeDirectories(work)
    let previous = PreviousRender(
      folder: output.destination, format: job.settings.format, known: known)
    let numbers = Dictionary(
      plan.parts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    var remaining = plan.parts.count
    synthesizedParts += try partSynthesis(job.settings, workDirectory: work).run(plan.parts) {
      ready in
      guard let number = numbers[ready.part.id] else { return }
      var ready = ready
      try remember(&ready)
      remaining -= 1
      let part = try finishPart(
        ready, number: number, job: job, previous: previous, spool: spool, output: output,
        meter: meter, completing: remaining == 0)
      done[number] = part
      progress.finished(
        part: ready.part.id, audioSeconds: Double(part.frames) / Double(job.outputRate))
    }
    return try plan.parts.indices.map { number in
      guard let entry = done[number] else {
        throw RenderError(.engineFailed, "part \(plan.parts[number].id) was not synthesized")
      }
      return entry
    }
  }

  /// Masters part `number` as it comes out of synthesis, writes (or links) its file, spools
  /// its record (and its samples, unless the memory holds them) and feeds it to the whole
  /// file's meter (the part that `completes` the render, and those that waited for it, on
  /// another thread, before it is measured: see
  /// ``WholeMeter/startRest(completing:key:samples:padding:)``); returns its summary.
  private func finishPart(
    _ ready: SynthesizedPart, number: Int, job: RenderJob, previous: PreviousRender,
    spool: String, output: StagedOutput, meter: WholeMeter, completing: Bool
  ) throws -> PartSummary {
    let relative = job.files.file(number)
    let path = output.path(relative)
    // The last part goes to the whole file's meter before it is measured itself: the meter is
    // the longest step left (once every part is synthesized, the synthesis process is not
    // forked again in this render, so a thread may run).
    var (entry, isNew) = try mastered(ready, job: job, path: output.published(path)) {
      samples, padding in
      guard completing else { return }
      try meter.startRest(
        completing: number, key: job.mastering.key(of: ready), samples: samples, padding: padding)
    }
    if isNew { firstMastered = min(firstMastered, number) }
    let (part, samples) = (entry.part, entry.samples)
    let labels = job.partLabels(number, key: part.key)
    // A part whose file would come out the same as last time is that file: link it.
    var check = previous.link(relative, fileKey: labels.key, to: path)
    if check == nil {
      try job.audio.write(to: path, labels, staged: output, frames: samples.count) {
        try $0.write(samples)
      }
    }
    progress.wrote(part: part.part.id, key: part.key, file: path)
    if job.settings.page && entry.levels == nil {
      var levels = LevelMeter(step: LevelEnvelope.step(sampleRate: job.outputRate))
      levels.add(samples)
      entry.levels = levels.finish()
    }
    try keep(entry, isNew: isNew, job: job)
    // Samples the memory holds wait there; the others on disk, so memory stays flat.
    var source = PartSamples.held(samples)
    if memory?.holdsMastered(part.key) != true {
      try PartSpool.save(samples, to: PartSpool.path(number, in: spool))
      source = .spooled(spool: spool, number: number)
    }
    let summary = PartSummary(part, samples: source)
    try meter.add(summary, number: number, samples: samples, completing: completing)
    do throws(SystemError) {
      if check == nil { check = try PartFileCheck.of(path) }
      let record = PartRecord(
        key: part.key, frames: part.frames, figures: part.figures, check: check,
        timings: part.timings, levels: job.settings.page ? entry.levels ?? [] : [])
      try record.save(to: PartRecord.path(number, in: spool))
    } catch {
      throw error.reporting(output.staging, as: output.destination)
    }
    return summary
  }

  /// Synthesis of parts through this renderer's pool, cache and memory.
  func partSynthesis(_ settings: Settings, workDirectory: String) -> PartSynthesis {
    PartSynthesis(
      pool: pool, casting: casting, engine: engine, sampleRate: sampleRate, cache: settings.cache,
      workDirectory: workDirectory, keepGoing: settings.keepGoing, memory: memory)
  }
}
