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
}
