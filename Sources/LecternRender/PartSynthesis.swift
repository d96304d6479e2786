import Foundation
import LecternSpeech
import LecternSupport
import LecternText

/// A part whose speech is on disk, ready to be laid out and written.
struct SynthesizedPart {
  /// The part.
  let part: Part
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
/// Each part is one job of the ``ForkingSynthesisPool``, so its audio is a pure function of
/// its calls whatever ran before it or beside it.
struct PartSynthesis {
  let pool: ForkingSynthesisPool
  let casting: VoiceCasting
  let engine: String
  let sampleRate: Int
  let cache: SynthesisCache?
  /// Where archives go when there is no cache.
  let workDirectory: String
  /// Replace what the engine crashes on with silence instead of failing.
  let keepGoing: Bool

  /// Synthesizes `parts`, calling `ready` for each as soon as its archive exists (in
  /// completion order). Returns how many parts were synthesized rather than cached.
  func run(
    _ parts: [Part], ready: (SynthesizedPart) throws -> Void
  ) throws -> Int {
    /// A part still to be made, with the calls that speak it.
    struct Pending {
      var part: Part
      var calls: [SynthesisCall]
      var skipped: Set<Int>
      var key: String = ""
    }
    var pending = try parts.map {
      Pending(part: $0, calls: try casting.calls(for: $0), skipped: [])
    }
    var synthesized = 0
    var crashes: [String] = []
    var failure: Error?
    while !pending.isEmpty {
      var jobs: [SynthesisJob] = []
      var byID: [String: Pending] = [:]
      var hits: [Pending] = []
      for var item in pending {
        let key = SynthesisCache.key(
          for: item.calls, skipping: item.skipped, engine: engine, sampleRate: sampleRate)
        item.key = key
        if let cache, FileManager.default.fileExists(atPath: cache.path(forKey: key)) {
          hits.append(item)
          continue
        }
        let destination: String
        if let cache {
          try cache.prepare(key: key)
          destination = cache.path(forKey: key)
        } else {
          destination = "\(workDirectory)/\(key).lspeech"
        }
        jobs.append(
          SynthesisJob(
            id: item.part.id, calls: item.calls, skipping: item.skipped, destination: destination))
        byID[item.part.id] = item
      }
      pending = []
      synthesized += jobs.count
      // Cached parts are written while the others synthesize. An entry found corrupt when it
      // is verified here is synthesized in the next round.
      let useHits = {
        guard let cache else { return }
        for item in hits where failure == nil {
          guard let speeches = cache.entry(forKey: item.key) else {
            pending.append(item)
            continue
          }
          do {
            try ready(
              SynthesizedPart(
                part: item.part, archive: cache.path(forKey: item.key), skipped: item.skipped,
                key: item.key, loaded: speeches))
          } catch {
            failure = error
          }
        }
      }
      do {
        try pool.run(jobs, meanwhile: useHits) { job, outcome in
          guard failure == nil, let item = byID[job.id] else { return }
          switch outcome {
          case .finished:
            do {
              try ready(
                SynthesizedPart(
                  part: item.part, archive: job.destination, skipped: item.skipped, key: item.key))
            } catch {
              failure = error
            }
          case .crashed(let callIndex, let reason):
            if keepGoing {
              pending.append(
                Pending(
                  part: item.part, calls: item.calls, skipped: item.skipped.union([callIndex])))
            } else {
              crashes.append(Self.describeCrash(of: item.part, call: callIndex, reason: reason))
            }
          case .failed(let error):
            // A child that could not write its archive (disk full, file-size limit) is a
            // write failure; anything else is the engine's.
            let code: RenderError.Code = error.exitStatus == .ioError ? .writeFailed : .engineFailed
            failure = RenderError(code, "part \(item.part.id): \(error)")
          }
        }
      } catch {
        // Ctrl-C reaches the synthesis processes too (one process group): their end is then
        // the interruption's doing, and is reported as such.
        try Interruption.check()
        throw error
      }
      try Interruption.check()
      if let failure { throw failure }
    }
    if let first = crashes.first {
      let more = crashes.count > 1 ? " (and \(crashes.count - 1) more)" : ""
      // No advice here: what the user can do depends on the command (see Renderer.render).
      throw RenderError(.engineCrashed, "\(first)\(more); no output replaced")
    }
    return synthesized
  }

  /// "part 7, utterance 7.2: the speech engine crashed (killed by SIGABRT) on “a . a . …”"
  static func describeCrash(of part: Part, call: Int, reason: String) -> String {
    var index = 0
    for utterance in part.utterances {
      for span in utterance.spans {
        if index == call {
          return "part \(part.id), utterance \(utterance.id): the speech engine crashed "
            + "(\(reason)) on “\(excerpt(span.spoken))”"
        }
        index += 1
      }
    }
    return "part \(part.id): the speech engine crashed (\(reason))"
  }

  /// The first 40 characters of `text` on one line.
  static func excerpt(_ text: String) -> String {
    let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
    return flat.count > 40 ? flat.prefix(40) + "…" : flat
  }
}
