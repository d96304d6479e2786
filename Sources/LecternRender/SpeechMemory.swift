import LecternSpeech

/// The speech of the parts a renderer last rendered, kept in memory by content key, for a
/// process that renders the same document again and again (`lectern watch`): a part whose
/// key did not change is taken from here, neither synthesized nor read from the cache, which
/// `--no-cache` may have turned off.
///
/// Bounded two ways: ``forgetUnused()`` (after each render) drops every entry the render did
/// not use, so it holds one document's parts at most, whatever the number of renders; and it
/// keeps at most ``limit`` bytes of samples (a part beyond that is synthesized or read from
/// the cache again next time). The same key is the same audio (see ``SynthesisCache``), so
/// what comes from here is what synthesis would give.
///
/// It also keeps each part as mastered, by its audio key (``MasteredPart/key``: synthesis,
/// pauses and mastering): an unchanged part is then neither mastered nor measured again,
/// which is most of what a render that reuses its speech would cost.
public final class SpeechMemory {
  /// The most bytes of samples kept.
  public let limit: Int
  private var entries: [String: [Speech]] = [:]
  /// The clause pieces (their keys) each part's speech was joined from: a part taken whole
  /// from here keeps its pieces too, for the edit that will change one of its clauses.
  private var piecesOfParts: [String: [String]] = [:]
  private var masteredEntries: [String: MasteredEntry] = [:]
  /// Keys used or kept since the last ``forgetUnused()``.
  private var used: Set<String> = []
  /// Bytes of samples held.
  public private(set) var bytes = 0
  /// The next render's whole-file meter, being fed the parts before the first part the last
  /// render changed (see ``MeterHeadStart``).
  var headStart: MeterHeadStart?

  /// The default bound: 256 MiB, about 100 minutes of 22,050 Hz audio.
  public static let defaultLimit = 256 << 20

  /// Creates an empty memory of at most `limit` bytes of samples.
  public init(limit: Int = SpeechMemory.defaultLimit) {
    self.limit = limit
  }

  /// How many parts' speech it holds.
  public var count: Int { entries.count }

  /// How many mastered parts it holds.
  public var masteredCount: Int { masteredEntries.count }

  /// The part mastered to audio key `key`, if held (and marks it used).
  func mastered(forKey key: String) -> MasteredEntry? {
    guard let entry = masteredEntries[key] else { return nil }
    used.insert(key)
    return entry
  }

  /// Whether it holds a part mastered to audio key `key`.
  func holdsMastered(_ key: String) -> Bool { masteredEntries[key] != nil }

  /// Keeps `entry` as the part mastered to its audio key (replacing one without levels), if
  /// it fits within ``limit``.
  func keep(_ entry: MasteredEntry) {
    let key = entry.part.key
    used.insert(key)
    let held = masteredEntries[key]?.bytes ?? 0
    guard bytes - held + entry.bytes <= limit else { return }
    masteredEntries[key] = entry
    bytes += entry.bytes - held
  }

  /// The speech of `key`, if held (and marks it used).
  func speech(forKey key: String) -> [Speech]? {
    guard let speech = entries[key] else { return nil }
    used.insert(key)
    used.formUnion(piecesOfParts[key] ?? [])
    return speech
  }

  /// Records that the speech of part `key` is joined from the pieces `pieces`.
  func link(part key: String, pieces: [String]) {
    piecesOfParts[key] = pieces
  }

  /// Keeps `speech` as the speech of `key`, if it fits within ``limit``.
  func keep(_ speech: [Speech], key: String) {
    used.insert(key)
    guard entries[key] == nil else { return }
    let size = speech.reduce(0) { $0 + $1.samples.count * MemoryLayout<Int16>.size }
    guard bytes + size <= limit else { return }
    entries[key] = speech
    bytes += size
  }

  /// Drops every entry not used or kept since the last call.
  public func forgetUnused() {
    for key in entries.keys where !used.contains(key) {
      bytes -=
        entries.removeValue(forKey: key)?.reduce(0) {
          $0 + $1.samples.count * MemoryLayout<Int16>.size
        } ?? 0
    }
    for key in piecesOfParts.keys where !used.contains(key) {
      piecesOfParts[key] = nil
    }
    for key in masteredEntries.keys where !used.contains(key) {
      bytes -= masteredEntries.removeValue(forKey: key)?.bytes ?? 0
    }
    used = []
  }
}

/// A part as mastered: what ``Renderer`` keeps of it, its samples, and its levels for the
/// listening page when a render drew them.
struct MasteredEntry {
  /// The part, its timings and figures.
  var part: MasteredPart
  /// Its mastered samples.
  let samples: [Int16]
  /// Its level envelope, or `nil` when no render has needed it yet.
  var levels: [UInt8]?

  /// Bytes of samples it holds.
  var bytes: Int { samples.count * MemoryLayout<Int16>.size }
}
