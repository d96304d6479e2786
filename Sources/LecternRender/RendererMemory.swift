import LecternSpeech

/// What a renderer with a ``SpeechMemory`` (`watch`) takes from it and leaves in it.
extension Renderer {
  /// `ready` mastered: from the memory when it holds the part's audio key (a part is a pure
  /// function of that key), else from the cache, else mastered now (`isNew`, when
  /// `beforeMeasuring` is called: see ``PartMastering/master(_:path:beforeMeasuring:)``).
  func mastered(
    _ ready: SynthesizedPart, job: RenderJob, path: String,
    beforeMeasuring: ([Int16], (head: Int, tail: Int)) throws -> Void
  ) throws -> (entry: MasteredEntry, isNew: Bool) {
    let cache = job.settings.cache
    // The key is worked out only when there is a memory or a cache to look it up in.
    let key = memory == nil && cache == nil ? nil : job.mastering.key(of: ready)
    if let key, let memory, var known = memory.mastered(forKey: key),
      // The same audio may now be another part (renumbered, or repeated text).
      let moved = known.part.with(ready.part)
    {
      known.part = moved
      return (known, false)
    }
    if let key, let cache,
      let kept = cache.mastered(
        forKey: key, part: ready.part, laidOut: { job.mastering.laidOut(ready) })
    {
      return (kept, false)
    }
    let (part, samples) = try job.mastering.master(
      ready, path: path, beforeMeasuring: beforeMeasuring)
    masteredParts += 1
    return (MasteredEntry(part: part, samples: samples), true)
  }

  /// Keeps a part mastered now for later renders: in the memory, else in the cache (a `watch`
  /// has its memory, and a save does not wait for the disk).
  func keep(_ entry: MasteredEntry, isNew: Bool, job: RenderJob) throws {
    if let memory {
      memory.keep(entry)
    } else if isNew, let cache = job.settings.cache {
      // Samples the chain did not change are the speech's, which the cache holds already.
      try cache.keep(entry, withSamples: !job.mastering.chain.changesNothing)
    }
  }

  /// With a memory, loads the part's speech (when only its archive was known) and keeps it
  /// there for the next render.
  func remember(_ ready: inout SynthesizedPart) throws {
    guard let memory else { return }
    let speech = try ready.loaded ?? SpeechArchive.read(ready.archive, verifyingChecksum: false)
    ready.loaded = speech
    memory.keep(speech, key: ready.key)
  }

  /// With a memory, starts feeding the next render's whole-file meter (``MeterHeadStart``)
  /// the parts of this render before the first it mastered, those the memory holds: the
  /// next save most likely changes the same part again.
  func headStart(
    after parts: [PartSummary], layout: RenderJob.Layout, job: RenderJob, path: String
  ) -> MeterHeadStart? {
    guard memory != nil else { return nil }
    var held: [(key: String, samples: [Int16])] = []
    for part in parts.prefix(firstMastered) {
      guard case .held(let samples) = part.samples else { break }
      held.append((part.key, samples))
    }
    guard !held.isEmpty else { return nil }
    return MeterHeadStart(
      parts: held, pauses: layout.gaps, sampleRate: job.outputRate,
      tone: job.mastering.chain.roomTone, modes: WholeMeter.modes(job), path: path)
  }
}
