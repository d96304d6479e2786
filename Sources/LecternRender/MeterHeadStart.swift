import LecternAudio
import LecternSystem

/// The whole file's loudness meter and level scan, and the one way samples enter them: a
/// part's samples, after the pause that follows the part before it.
///
/// `@unchecked Sendable`: one thread at a time feeds it — a ``MeterHeadStart``'s thread
/// until it is joined, then the renderer's (libebur128's state has no lock of its own).
final class WholeFeed: @unchecked Sendable {
  let meter: LoudnessMeter
  private(set) var levels: LevelScan

  /// An empty feed at `sampleRate`, measuring for `modes`; `path` names the whole file in
  /// errors.
  init(sampleRate: Int, modes: LoudnessMeter.Modes, path: String) throws {
    meter = try LoudnessMeter(sampleRate: sampleRate, modes: modes, path: path)
    levels = LevelScan(sampleRate: sampleRate)
  }

  /// Feeds a part's `samples`, after `pause` frames of pause that follow the part of audio key
  /// `key` (``WholeFile/pause(_:after:tone:)``: exactly what the whole file holds there).
  func add(
    _ samples: [Int16], after previous: (key: String, pause: Int)?, tone: RoomTone?
  )
    throws
  {
    if let previous, previous.pause > 0 {
      try emit(WholeFile.pause(previous.pause, after: previous.key, tone: tone))
    }
    try emit(samples)
  }

  private func emit(_ samples: [Int16]) throws {
    try samples.withUnsafeBufferPointer { buffer in
      try meter.add(buffer)
      levels.add(buffer)
    }
  }
}

/// The whole file's meter fed ahead of time, for a `watch`: after a render, while the writer
/// edits, a thread feeds a new meter the parts before the first part that render changed
/// (the writer's loop edits the same paragraph again and again). The next render takes it if
/// its own first parts are those, with the same pauses between them, and feeds only the rest.
///
/// Why by hand: libebur128 cannot copy or resume a meter's state at a part boundary, and its
/// K-weighting filter carries every earlier sample into the figures, so the unchanged
/// beginning of the whole must pass through the meter again on every save — about 60 % of
/// the whole's measurement for an edit in the middle. Here it passes while nobody waits.
/// Exact by construction: the meter is libebur128's, fed the same samples in the same calls
/// and the same order as ``WholeMeter`` would feed them; only the time and the thread differ.
final class MeterHeadStart {
  /// The audio keys of the parts fed, in order.
  let keys: [String]
  /// The frames of pause fed after each part but the last.
  let pauses: [Int]
  /// The output rate and room tone level the samples were made at, and the meter's modes.
  let sampleRate: Int
  let toneLevel: Double?
  let modes: LoudnessMeter.Modes
  private let feed: Result
  private let thread: BackgroundThread

  /// Starts feeding a new meter for `modes`, named `path`, `parts` (audio key, samples) with
  /// `pauses[i]` frames of `tone` (or silence) after part `i`.
  init(
    parts: [(key: String, samples: [Int16])], pauses: [Int], sampleRate: Int, tone: RoomTone?,
    modes: LoudnessMeter.Modes, path: String
  ) {
    keys = parts.map(\.key)
    self.pauses = Array(pauses.prefix(max(0, parts.count - 1)))
    self.sampleRate = sampleRate
    toneLevel = tone?.level
    self.modes = modes
    let feed = Result()
    let pauses = self.pauses
    thread = BackgroundThread {
      feed.whole = try? Self.fed(
        parts, pauses: pauses, sampleRate: sampleRate, tone: tone, modes: modes, path)
    }
    self.feed = feed
  }

  /// Whether it fed part `number` with audio key `key`, after `pause` frames of pause (for a
  /// render at `sampleRate` with room tone `tone`).
  func covers(_ number: Int, key: String, after pause: Int) -> Bool {
    number < keys.count && keys[number] == key && (number == 0 || pauses[number - 1] == pause)
  }

  /// Whether it was fed at this rate, with this room tone, to measure for these modes.
  func suits(sampleRate: Int, modes: LoudnessMeter.Modes, tone: RoomTone?) -> Bool {
    self.sampleRate == sampleRate && self.modes == modes && toneLevel == tone?.level
  }

  /// Waits for the thread; the meter and levels fed, or `nil` when feeding failed.
  func take() -> WholeFeed? {
    thread.join()
    return feed.whole
  }

  /// Waits for the thread to end (before a fork: see ``BackgroundThread``).
  func join() { thread.join() }

  private static func fed(
    _ parts: [(key: String, samples: [Int16])], pauses: [Int], sampleRate: Int, tone: RoomTone?,
    modes: LoudnessMeter.Modes, _ path: String
  ) throws -> WholeFeed {
    let whole = try WholeFeed(sampleRate: sampleRate, modes: modes, path: path)
    for (number, part) in parts.enumerated() {
      let previous = number == 0 ? nil : (parts[number - 1].key, pauses[number - 1])
      try whole.add(part.samples, after: previous, tone: tone)
    }
    return whole
  }

  /// What the thread leaves: written by it only, read only after it is joined.
  private final class Result: @unchecked Sendable {
    var whole: WholeFeed?
  }
}
