import LecternSpeech
import LecternSystem

/// The clause pieces (``ClausePiece``) of the parts one round of ``PartSynthesis`` makes: one
/// job per distinct piece, and what each part still waits for.
///
/// A piece's job runs in a worker of its own voice's process, so its speech is a pure function
/// of the piece: the same piece in two parts, or in two renders, is synthesized once.
struct PartPieces {
  /// A part being made from pieces.
  struct Assembly {
    var item: PartSynthesis.Pending
    /// Per call, its pieces' keys and offsets; empty for a skipped call.
    var calls: [[(key: String, offset: Int)]]
    /// Pieces not yet at hand.
    var missing: Set<String>
    /// Whether one of its pieces crashed: it is not assembled.
    var crashed = false
  }

  let engine: String
  let sampleRate: Int
  let workDirectory: String
  let memory: SpeechMemory?
  private(set) var jobs: [SynthesisJob] = []
  private(set) var assemblies: [Assembly] = []
  /// The assemblies waiting for each piece, by piece key.
  private var waiting: [String: [Int]] = [:]
  /// The speech of pieces at hand, until no assembly needs them.
  private var speeches: [String: Speech] = [:]
  /// How many assemblies not yet assembled hold each piece (so that a round of many parts
  /// keeps in memory only the pieces of parts still to be assembled).
  private var holders: [String: Int] = [:]
  /// The piece key of each job, by job id.
  private var keys: [String: String] = [:]

  init(engine: String, sampleRate: Int, workDirectory: String, memory: SpeechMemory?) {
    self.engine = engine
    self.sampleRate = sampleRate
    self.workDirectory = workDirectory
    self.memory = memory
  }

  /// Adds `item`, with a job for each of its pieces neither in memory nor already asked for.
  mutating func add(_ item: PartSynthesis.Pending) {
    let number = assemblies.count
    var calls: [[(key: String, offset: Int)]] = []
    var missing: Set<String> = []
    var partJobs: [SynthesisJob] = []
    for (index, call) in item.script.calls.enumerated() {
      guard !item.skipped.contains(index) else {
        calls.append([])
        continue
      }
      var pieces: [(key: String, offset: Int)] = []
      for piece in call.pieces {
        let key = SynthesisCache.key(
          for: [piece.call], skipping: [], engine: engine, sampleRate: sampleRate)
        pieces.append((key, piece.offset))
        holders[key, default: 0] += 1
        if speeches[key] == nil, let known = memory?.speech(forKey: key)?.first {
          speeches[key] = known
        }
        guard speeches[key] == nil else { continue }
        if waiting[key] == nil, !missing.contains(key) {
          let id = "\(item.part.id) piece \(jobs.count + partJobs.count + 1)"
          keys[id] = key
          partJobs.append(
            SynthesisJob(
              id: id, calls: [piece.call], destination: "\(workDirectory)/\(key).lspeech", key: key
            ))
        }
        missing.insert(key)
      }
      calls.append(pieces)
    }
    // The part's longest pieces first: a part alone (a preview, a watch's edit) is done when
    // its last piece is, and the longest started last would leave a core idle meanwhile.
    func length(_ job: SynthesisJob) -> Int { job.calls.first?.text.utf8.count ?? 0 }
    jobs += partJobs.sorted { length($0) > length($1) }
    for key in missing { waiting[key, default: []].append(number) }
    memory?.link(part: item.key, pieces: calls.flatMap { $0.map(\.key) })
    assemblies.append(Assembly(item: item, calls: calls, missing: missing))
  }

  /// The assemblies that wait for nothing (every piece was in memory).
  var complete: [Int] { assemblies.indices.filter { assemblies[$0].missing.isEmpty } }

  /// Every assembly that waits for `job`'s piece, with the call that holds it.
  func owners(of job: SynthesisJob) -> [(assembly: Int, call: Int)] {
    guard let key = keys[job.id] else { return [] }
    return (waiting[key] ?? []).map { number in
      (number, assemblies[number].calls.firstIndex { $0.contains { $0.key == key } } ?? 0)
    }
  }

  /// Marks assembly `number` as crashed: it will not be assembled.
  mutating func markCrashed(_ number: Int) { assemblies[number].crashed = true }

  /// Takes in the speech of `job`'s finished piece (read from its archive, which is removed)
  /// and returns the assemblies it completed.
  mutating func finished(_ job: SynthesisJob) throws(SpeechError) -> [Int] {
    guard let key = keys[job.id] else { return [] }
    defer { FileSystem.removeTree(job.destination) }
    let speech =
      try SpeechArchive.read(job.destination, key: key, verifyingChecksum: false).first
      ?? Speech(samples: [], sampleRate: sampleRate, events: [])
    memory?.keep([speech], key: key)
    speeches[key] = speech
    var completed: [Int] = []
    for number in waiting[key] ?? [] {
      assemblies[number].missing.remove(key)
      if assemblies[number].missing.isEmpty, !assemblies[number].crashed {
        completed.append(number)
      }
    }
    return completed
  }

  /// The speech of each call of assembly `number`: its pieces joined, or empty when skipped.
  /// Pieces no other assembly waits for are let go.
  mutating func speech(of number: Int) -> [Speech] {
    let assembly = assemblies[number]
    let result = assembly.calls.map { pieces in
      guard !pieces.isEmpty else {
        return Speech(samples: [], sampleRate: sampleRate, events: [])
      }
      return Speech.joining(pieces.compactMap { speeches[$0.key] }, offsets: pieces.map(\.offset))
    }
    for pieces in assembly.calls {
      for piece in pieces {
        holders[piece.key, default: 1] -= 1
        if holders[piece.key] == 0 {
          speeches[piece.key] = nil
          holders[piece.key] = nil
        }
      }
    }
    return result
  }
}
