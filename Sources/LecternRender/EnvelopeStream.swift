import LecternSystem

/// The whole file's ``LevelEnvelope``, built part by part as the whole file is written and
/// kept as its hexadecimal text in a file of the staging folder, for the listening page.
///
/// It places each part's levels exactly as ``LevelEnvelope/init(parts:starts:frames:step:)``
/// does (on the file's grid from `start / step`, the larger value where two parts share a
/// window), but holds only the windows a later part can still reach: parts come in order,
/// so every window before a part's first is final.
struct EnvelopeStream {
  /// The file the values go to, as two lowercase hexadecimal digits each.
  static let name = ".envelope"

  /// Frames per value.
  let step: Int
  /// How many values the whole file has.
  let count: Int
  private let output: TextFileOutput
  /// Values from window `base` on, not yet written.
  private var pending: [UInt8] = []
  private var base = 0

  /// A stream for a whole file of `frames` frames at `sampleRate`, into `path`.
  init(frames: Int, sampleRate: Int, path: String, published: String) throws(SystemError) {
    step = LevelEnvelope.step(sampleRate: sampleRate)
    count = (frames + step - 1) / step
    output = try TextFileOutput(path: path, published: published)
  }

  /// Adds a part of `samples` that starts at frame `start` of the whole file.
  mutating func add(_ samples: [Int16], start: Int) throws(SystemError) {
    var meter = LevelMeter(step: step)
    meter.add(samples)
    let levels = meter.finish()
    let first = start / step
    try write(upTo: min(first, count))
    for (index, level) in levels.enumerated() where first + index < count {
      let at = first + index - base
      if pending.count <= at { pending += repeatElement(0, count: at + 1 - pending.count) }
      pending[at] = max(pending[at], level)
    }
  }

  /// Writes the rest (pauses after the last part are silence) and closes the file.
  mutating func finish() throws(SystemError) {
    try write(upTo: count)
    try output.close()
  }

  /// Writes every value before window `end`.
  private mutating func write(upTo end: Int) throws(SystemError) {
    guard end > base else { return }
    let digits = Array("0123456789abcdef".utf8)
    var hex: [UInt8] = []
    hex.reserveCapacity((end - base) * 2)
    for index in 0..<(end - base) {
      let value = index < pending.count ? pending[index] : 0
      hex.append(digits[Int(value >> 4)])
      hex.append(digits[Int(value & 15)])
    }
    try output.write(hex)
    pending.removeFirst(min(pending.count, end - base))
    base = end
  }
}
