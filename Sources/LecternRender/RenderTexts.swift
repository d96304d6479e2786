import LecternSystem

/// Writes a render's text files — the manifest, `chapters.json`, the WebVTT and SubRip
/// captions, then the listening page — part by part into the staging folder.
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

  /// Writes the files of a render whose manifest, without its parts, is `head`; returns
  /// that manifest with each part's entry but for its utterances (they are in the file).
  func write(head: Manifest) throws -> Manifest {
    let plan = job.plan
    let pretty = JSONArraySplice.encoder(pretty: true)
    let headText = try JSONArraySplice.encode(head, with: pretty, what: "the manifest")
    let chaptersHead = ChaptersFile(plan: plan, fileName: head.file)
    let chaptersText = try JSONArraySplice.encode(
      chaptersHead, with: pretty, what: ChaptersFile.name)
    guard var entries = JSONArraySplice(headText, key: "parts", pretty: true),
      var chapters = JSONArraySplice(chaptersText, key: "chapters", pretty: true)
    else { throw RenderError(.writeFailed, "cannot split the manifest at its parts") }
    let manifestFile = try TextFileOutput("manifest.json", in: output)
    let chaptersFile = try TextFileOutput(ChaptersFile.name, in: output)
    var captions = try CaptionStream(
      vtt: try TextFileOutput("\(plan.document).vtt", in: output),
      srt: try TextFileOutput("\(plan.document).srt", in: output), language: plan.language,
      sampleRate: job.outputRate)
    try manifestFile.write(entries.head)
    try chaptersFile.write(chapters.head)
    var written = head
    for index in plan.parts.indices {
      let record = try PartRecord.load(
        PartRecord.path(index, in: spool), part: plan.parts[index])
      var entry = job.manifestEntry(index, record: record, layout: layout)
      try manifestFile.write(
        entries.element(try JSONArraySplice.encode(entry, with: pretty, what: "the manifest")))
      let next =
        index + 1 < plan.parts.count
        ? Manifest.seconds(layout.starts[index + 1], job.outputRate) : head.duration
      try chaptersFile.write(
        chapters.element(
          try JSONArraySplice.encode(
            ChaptersFile.entry(entry, next: next), with: pretty, what: ChaptersFile.name)))
      try captions.add(part: index, start: layout.starts[index], timings: record.timings)
      entry.utterances = []
      written.parts.append(entry)
    }
    try manifestFile.write(entries.tail + "\n")
    try manifestFile.close()
    try chaptersFile.write(chapters.tail + "\n")
    try chaptersFile.close()
    try captions.finish()
    return written
  }

  /// Writes `index.html` from the files ``write(head:)`` wrote and the envelope's file.
  func writePage(head: Manifest, envelope: String) throws {
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
        envelope: (envelope, output.published(envelope)),
        step: LevelEnvelope.step(sampleRate: job.outputRate)),
      into: page)
    try page.close()
  }
}
