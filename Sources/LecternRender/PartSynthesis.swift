import LecternSpeech
import LecternSupport
import LecternSystem
import LecternText

/// A part whose speech is on disk, ready to be laid out and written.
struct SynthesizedPart {
  /// How the part is spoken.
  let script: PartScript
  /// The part.
  var part: Part { script.part }
  /// Its ``SpeechArchive``: in the cache, or in the render's own work folder.
  let archive: String
  /// Calls the engine crashed on, replaced by silence (only with `--keep-going`).
  let skipped: Set<Int>
  /// The content key of its synthesis (see ``SynthesisCache/key(for:skipping:engine:sampleRate:)``).
  let key: String
  /// Its speech when already in memory (a cache entry just verified), to spare a read.
  var loaded: [Speech]? = nil
}

/// Turns parts into speech archives: from the cache where it can, else in forked children.
///
/// Each clause piece of a part's calls (``ClausePiece``) is one job of the
/// ``ForkingSynthesisPool``, so a part's audio is a pure function of its calls whatever ran
/// before it or beside it, and the pieces of one part run on every core. The first failure (a
/// write that failed, an engine error, a crash without `--keep-going` aside) stops the
/// remaining jobs.
struct PartSynthesis {
  let pool: any SynthesisRunner
  let casting: VoiceCasting
  let engine: String
  let sampleRate: Int
  let cache: SynthesisCache?
  /// Where archives go when there is no cache.
  let workDirectory: String
  /// Replace what the engine crashes on with silence instead of failing.
  let keepGoing: Bool
  /// Speech kept in memory from earlier renders, looked up before the cache.
  var memory: SpeechMemory? = nil

  /// A part still to be made, with the calls that speak it.
  struct Pending {
    var script: PartScript
    var skipped: Set<Int> = []
    var key: String = ""
    var part: Part { script.part }
  }

  /// What one round of synthesis left to do.
  private struct Round {
    var retry: [Pending] = []
    var crashes: [String] = []
    var failure: Error?
    var synthesized = 0
  }

  /// Parts whose synthesis is prepared and requested together.
  static let window = 256

  /// Synthesizes `parts`, calling `ready` for each as soon as its archive exists (in
  /// completion order). Returns how many parts were synthesized rather than cached.
  func run(_ parts: [Part], ready: (SynthesizedPart) throws -> Void) throws -> Int {
    var synthesized = 0
    var crashes: [String] = []
    // A window of parts at a time: the scripts, keys and requests of every part of a long
    // document would otherwise stay in memory (≈ 1.5 KB a part) until the last is done.
    // The workers wait for the window's last part only: a few parts' time in hundreds.
    for start in stride(from: 0, to: parts.count, by: Self.window) {
      var pending = try parts[start..<min(start + Self.window, parts.count)].map {
        Pending(script: try casting.script(for: $0))
      }
      while !pending.isEmpty {
        let round = try runRound(pending, ready: ready)
        try Interruption.check()
        if let failure = round.failure { throw failure }
        synthesized += round.synthesized
        crashes += round.crashes
        pending = round.retry
      }
    }
    if let first = crashes.first {
      let more = crashes.count > 1 ? " (and \(crashes.count - 1) more)" : ""
      // No advice here: what the user can do depends on the command (see Renderer.render).
      throw RenderError(.engineCrashed, "\(first)\(more); no output replaced")
    }
    return synthesized
  }

  /// Uses the cache's entries and synthesizes the rest of `pending`, once.
  private func runRound(
    _ pending: [Pending], ready: (SynthesizedPart) throws -> Void
  ) throws -> Round {
    var round = Round()
    var pieces = PartPieces(
      engine: engine, sampleRate: sampleRate, workDirectory: workDirectory, memory: memory)
    var hits: [Pending] = []
    var remembered: [(Pending, [Speech])] = []
    for var item in pending {
      item.key = SynthesisCache.key(
        for: item.script.calls, skipping: item.skipped, engine: engine, sampleRate: sampleRate)
      if let speech = memory?.speech(forKey: item.key) {
        remembered.append((item, speech))
      } else if let cache, cache.contains(key: item.key) {
        hits.append(item)
      } else {
        pieces.add(item)
      }
    }
    // A part joined from pieces all held in memory was not synthesized.
    round.synthesized = pieces.assemblies.filter { !$0.missing.isEmpty }.count
    // Cached parts are written while the others synthesize. An entry found invalid when it
    // is verified here is synthesized in the next round.
    let useHits = {
      useRemembered(remembered, into: &round, ready: ready)
      useCached(hits, into: &round, ready: ready)
      for number in pieces.complete where round.failure == nil {
        assemble(number, of: &pieces, into: &round, ready: ready)
      }
    }
    do {
      try pool.run(pieces.jobs, meanwhile: useHits) { job, outcome in
        guard round.failure == nil else { return .stop }
        handle(outcome, of: job, &pieces, into: &round, ready: ready)
        return round.failure == nil ? .proceed : .stop
      }
    } catch {
      // Ctrl-C reaches the synthesis processes too (one process group): their end is then
      // the interruption's doing, and is reported as such.
      try Interruption.check()
      throw error
    }
    return round
  }

  /// Joins the pieces of assembly `number` into its part's speech, keeps it in the cache, and
  /// hands the part on.
  private func assemble(
    _ number: Int, of pieces: inout PartPieces, into round: inout Round,
    ready: (SynthesizedPart) throws -> Void
  ) {
    let item = pieces.assemblies[number].item
    let speeches = pieces.speech(of: number)
    do {
      var archive = ""
      if let cache {
        try cache.prepare(key: item.key)
        archive = cache.path(forKey: item.key)
        try SpeechArchive.write(speeches, to: archive, key: item.key)
      }
      try ready(
        SynthesizedPart(
          script: item.script, archive: archive, skipped: item.skipped, key: item.key,
          loaded: speeches))
    } catch {
      round.failure = error
    }
  }

  /// Parts whose speech is in memory: no archive to read (``SynthesizedPart/loaded`` is set).
  private func useRemembered(
    _ remembered: [(Pending, [Speech])], into round: inout Round,
    ready: (SynthesizedPart) throws -> Void
  ) {
    for (item, speech) in remembered where round.failure == nil {
      do {
        try ready(
          SynthesizedPart(
            script: item.script, archive: "", skipped: item.skipped, key: item.key,
            loaded: speech))
      } catch {
        round.failure = error
      }
    }
  }

  private func useCached(
    _ hits: [Pending], into round: inout Round, ready: (SynthesizedPart) throws -> Void
  ) {
    guard let cache else { return }
    for item in hits where round.failure == nil {
      guard let speeches = cache.entry(forKey: item.key) else {
        round.retry.append(item)
        continue
      }
      do {
        try ready(
          SynthesizedPart(
            script: item.script, archive: cache.path(forKey: item.key), skipped: item.skipped,
            key: item.key, loaded: speeches))
      } catch {
        round.failure = error
      }
    }
  }

  private func handle(
    _ outcome: SynthesisOutcome, of job: SynthesisJob, _ pieces: inout PartPieces,
    into round: inout Round, ready: (SynthesizedPart) throws -> Void
  ) {
    switch outcome {
    case .finished:
      do {
        for number in try pieces.finished(job) {
          assemble(number, of: &pieces, into: &round, ready: ready)
        }
      } catch {
        round.failure = RenderError(passing: error, context: "part \(job.id)")
      }
    case .crashed(_, let reason):
      for (number, call) in pieces.owners(of: job) where !pieces.assemblies[number].crashed {
        pieces.markCrashed(number)
        let item = pieces.assemblies[number].item
        if keepGoing {
          var retry = item
          retry.skipped.insert(call)
          round.retry.append(retry)
        } else {
          round.crashes.append(item.script.crashMessage(call: call, reason: reason))
        }
      }
    case .failed(let error):
      // The child's error travels unchanged: its kind and its exit status (a voice the
      // engine lacks stays 69, a full disk 74, memory 71).
      let part = pieces.owners(of: job).first.map { pieces.assemblies[$0.assembly].item.part.id }
      round.failure = RenderError(passing: error, context: "part \(part ?? job.id)")
    }
  }
}
