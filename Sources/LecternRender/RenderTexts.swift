import LecternSystem

/// Writes a render's text files — the manifest, `chapters.json`, the WebVTT and SubRip
/// captions, the page's envelope, then the listening page — part by part into the staging
/// folder.
///
/// Each part's entry is made from its spooled ``PartRecord`` and the plan, written to all
/// four files, and dropped: memory holds one part's entry at a time, however many parts
/// the document has, and the files are byte for byte what encoding the whole ``Manifest``,
/// ``ChaptersFile`` and ``Captions`` at once gives.
struct RenderTexts {
  let job: RenderJob
  let layout: RenderJob.Layout
  /// The spool folder that holds the parts' records.
  let spool: String
  let output: StagedOutput

  /// The texts of a render written before the whole file's figures are known: all but the
  /// manifest's own file, whose part entries wait in a side file (``writeManifest(head:_:)``).
  struct PartTexts {
    fileprivate var manifest: DeferredJSONArrayFile
    /// The manifest's part entries but for their utterances, when the settings ask for them.
    fileprivate var entries: [Manifest.PartEntry] = []
    /// The parts that fail the profile.
    fileprivate(set) var failing = FailingParts()
  }

  /// Writes the files of a render whose manifest, without its parts and its loudness, is
  /// `head`: the chapters, captions and envelope, and the manifest's part entries to the
  /// spool. Needs nothing of the whole file's meter, so it runs while the meter ends.
  func writeParts(head: Manifest) throws -> PartTexts {
    let plan = job.plan
    var texts = PartTexts(
      manifest: try DeferredJSONArrayFile(
        try TextFileOutput("manifest.json", in: output),
        elements: try TextFileOutput(
          path: "\(spool)/.manifest-parts",
          published: output.published(output.path("manifest.json"))),
        draft: head, key: "parts", what: "the manifest"))
    var chapters = try JSONArrayFile(
      try TextFileOutput(ChaptersFile.name, in: output),
      document: ChaptersFile(plan: plan, fileName: head.file), key: "chapters",
      what: ChaptersFile.name)
    var captions = try CaptionStream(
      vtt: try TextFileOutput("\(plan.document).vtt", in: output),
      srt: try TextFileOutput("\(plan.document).srt", in: output), language: plan.language,
      sampleRate: job.outputRate)
    var envelope =
      job.settings.page
      ? try EnvelopeStream(
        frames: layout.total, sampleRate: job.outputRate, path: envelopePath,
        published: output.published(envelopePath)) : nil
    for index in plan.parts.indices {
      let record = try PartRecord.load(
        PartRecord.path(index, in: spool), part: plan.parts[index])
      var entry = job.manifestEntry(index, record: record, layout: layout)
      try texts.manifest.append(entry)
      let next =
        index + 1 < plan.parts.count
        ? Manifest.seconds(layout.starts[index + 1], job.outputRate) : head.duration
      try chapters.append(ChaptersFile.entry(entry, next: next))
      try captions.add(part: index, start: layout.starts[index], timings: record.timings)
      try envelope?.add(levels: record.levels, start: layout.starts[index])
      texts.failing.add(entry)
      guard job.settings.returnsPartEntries else { continue }
      entry.utterances = []
      texts.entries.append(entry)
    }
    try chapters.finish()
    try captions.finish()
    try envelope?.finish()
    return texts
  }

  /// Writes the manifest, whose head (with the whole file's loudness) is `head`, around the
  /// part entries ``writeParts(head:)`` wrote; returns it with those entries.
  func writeManifest(head: Manifest, _ texts: PartTexts) throws -> Manifest {
    try texts.manifest.finish(document: head)
    var written = head
    written.parts = texts.entries
    return written
  }

  /// Where ``writeParts(head:)`` leaves the envelope's values for the page.
  private var envelopePath: String { "\(spool)/\(EnvelopeStream.name)" }

  /// Writes `index.html` from the files ``writeParts(head:)`` and ``writeManifest(head:_:)`` wrote.
  func writePage(head: Manifest) throws {
    let plan = job.plan
    let files = (vtt: "\(plan.document).vtt", srt: "\(plan.document).srt")
    func source(_ relative: String) -> (path: String, published: String) {
      (output.path(relative), output.published(output.path(relative)))
    }
    let page = try TextFileOutput("index.html", in: output)
    try ListeningPage.stream(
      plan: plan, head: head, captionFiles: files,
      sources: PageSources(
        manifest: source("manifest.json"), webVTT: source(files.vtt),
        envelope: (envelopePath, output.published(envelopePath)),
        step: LevelEnvelope.step(sampleRate: job.outputRate)),
      into: page)
    try page.close()
  }
}

/// The parts of a render that fail its mastering profile, for the summary line: the first
/// two problems and how many there are, in fixed memory whatever the number of parts.
struct FailingParts {
  /// The first problems, "part ID: what".
  private(set) var first: [String] = []
  /// How many parts fail.
  private(set) var count = 0

  /// Counts `entry` when it fails its profile.
  mutating func add(_ entry: Manifest.PartEntry) {
    guard entry.loudness?.meets == false else { return }
    count += 1
    if first.count < 2 { first.append("part \(entry.id): \(entry.loudness?.problems.first ?? "")") }
  }
}
