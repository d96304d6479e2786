import LecternSpeech

/// What a renderer with a ``SpeechMemory`` (`watch`) takes from it and leaves in it.
extension Renderer {
  /// `ready` mastered: from the memory when it holds the part's audio key (a part is a pure
  /// function of that key), else mastered now.
  func mastered(
    _ ready: SynthesizedPart, job: RenderJob, path: String
  ) throws -> MasteredEntry {
    // The key is worked out here only when there is a memory to look it up in.
    if let memory,
      var known = memory.mastered(
        forKey: job.mastering.key(
          layout: PartKey.of(ready.part, synthesis: ready.key, casting: casting))),
      // The same audio may now be another part (renumbered, or repeated text).
      let moved = known.part.with(ready.part)
    {
      known.part = moved
      known.remembered = true
      return known
    }
    let (part, samples) = try job.mastering.master(ready, path: path)
    return MasteredEntry(part: part, samples: samples)
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
      tone: job.mastering.chain.roomTone, path: path)
  }
}
