import LecternSystem
import LecternText

extension Renderer {
  /// Renders part `id` of `plan` alone into `path` (atomically), exactly as a full render
  /// would; returns its utterance timings.
  @discardableResult
  public func preview(
    _ plan: RenderPlan, part id: String, to path: String, settings: Settings
  ) throws -> [UtteranceTiming] {
    guard plan.hasWords else { throw DocumentError.nothingToSpeak(path: plan.document) }
    guard let number = plan.parts.firstIndex(where: { $0.id == id }) else {
      throw RenderError(
        .unknownPart,
        "no part \"\(id)\" in \(plan.document) (valid: \(plan.parts.map(\.id).joined(separator: ", ")))"
      )
    }
    let job = RenderJob(
      plan: plan, settings: settings, engineRate: sampleRate, engine: engine, casting: casting)
    // A private folder (mode 0700, unpredictable name), removed on every path.
    let work = try ScratchDirectory(purpose: "lectern-preview")
    var timings: [UtteranceTiming] = []
    synthesizedParts += try partSynthesis(settings, workDirectory: work.path).run([
      plan.parts[number]
    ]) { ready in
      let (partTimings, samples) = try job.mastering.preview(ready, path: path)
      let labels = job.partLabels(number, key: job.mastering.key(of: ready))
      try job.audio.write(to: path, labels, staged: nil, frames: samples.count) {
        try $0.write(samples)
      }
      timings = partTimings
    }
    return timings
  }
}
