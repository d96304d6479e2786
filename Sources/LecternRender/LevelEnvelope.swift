import Foundation
import LecternSystem

/// The loudness envelope of a whole address, for the listening page's overview picture.
///
/// Levels are measured from the samples of each part as the part is laid out (no file is
/// read back), one value per ``step`` frames: the RMS level in dBFS, mapped linearly from
/// ``floor`` (0) to full scale (100), so a small integer list draws the picture. Encoded, the
/// values are one hexadecimal string, two digits a value (`"00323c…"`): a JSON array of
/// numbers costs the encoder twenty times more for the same information.
public struct LevelEnvelope: Sendable, Hashable, Codable {
  /// dBFS drawn as zero; quieter windows are silence in the picture.
  public static let floor = -50.0
  /// Windows per second: 50 ms windows resolve words, not just sentences.
  public static let windowsPerSecond = 20

  /// Frames per value.
  public var step: Int
  /// Levels 0…100, value `i` for frames `i * step ..< (i + 1) * step` of the whole file.
  public var values: [UInt8]

  /// The frames per value at `sampleRate`.
  public static func step(sampleRate: Int) -> Int { max(1, sampleRate / windowsPerSecond) }

  /// The envelope of a file of `frames` frames whose parts, with levels `parts` measured
  /// from their own first frame, start at `starts`; the pauses between are silence.
  public init(parts: [[UInt8]], starts: [Int], frames: Int, step: Int) {
    self.step = step
    var values = [UInt8](repeating: 0, count: (frames + step - 1) / step)
    for (levels, start) in zip(parts, starts) {
      // A part starts inside window `start / step`; its windows are placed on the file's
      // grid, at most one step early, which the picture cannot show.
      let first = start / step
      for (index, level) in levels.enumerated() where first + index < values.count {
        values[first + index] = max(values[first + index], level)
      }
    }
    self.values = values
  }

  private enum CodingKeys: String, CodingKey { case step, values }

  /// Decodes an envelope encoded by ``encode(to:)``.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    step = try container.decode(Int.self, forKey: .step)
    let hex = Array(try container.decode(String.self, forKey: .values).utf8)
    var values: [UInt8] = []
    values.reserveCapacity(hex.count / 2)
    for index in stride(from: 0, to: hex.count - 1, by: 2) {
      guard let high = Self.digit(hex[index]), let low = Self.digit(hex[index + 1]) else {
        throw DecodingError.dataCorruptedError(
          forKey: .values, in: container, debugDescription: "not a hexadecimal digit")
      }
      values.append(high << 4 | low)
    }
    self.values = values
  }

  /// Encodes the step and the values as two hexadecimal digits each.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(step, forKey: .step)
    let digits = Array("0123456789abcdef".utf8)
    var hex: [UInt8] = []
    hex.reserveCapacity(values.count * 2)
    for value in values {
      hex.append(digits[Int(value >> 4)])
      hex.append(digits[Int(value & 15)])
    }
    try container.encode(String(decoding: hex, as: UTF8.self), forKey: .values)
  }

  private static func digit(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    default: nil
    }
  }

  /// Level of a window from its sum of squared 16-bit samples.
  static func level(sumOfSquares: Int, frames: Int) -> UInt8 {
    guard frames > 0, sumOfSquares > 0 else { return 0 }
    let meanSquare = Double(sumOfSquares) / Double(frames) / (32768.0 * 32768.0)
    let decibels = 10 * log10(meanSquare)
    let scaled = (decibels - floor) / -floor * 100
    return UInt8(min(100, max(0, scaled.rounded())))
  }
}

/// Sums squared samples window by window as audio streams through.
struct LevelMeter {
  let step: Int
  private(set) var levels: [UInt8] = []
  private var sum = 0
  private var count = 0

  init(step: Int) { self.step = step }

  mutating func add(_ samples: [Int16]) {
    samples.withUnsafeBufferPointer { buffer in
      var index = 0
      while index < buffer.count {
        let take = min(step - count, buffer.count - index)
        // 32-bit squares summed in 64 bits: a plain loop the compiler vectorizes.
        var sum: Int64 = 0
        for offset in index..<index + take {
          let sample = Int32(buffer[offset])
          sum &+= Int64(sample &* sample)
        }
        self.sum += Int(sum)
        count += take
        index += take
        if count == step { flush() }
      }
    }
  }

  mutating func addSilence(_ frames: Int) {
    var left = frames
    while left > 0 {
      let take = min(step - count, left)
      count += take
      left -= take
      if count == step { flush() }
    }
  }

  /// The levels, the last window possibly shorter.
  mutating func finish() -> [UInt8] {
    if count > 0 { flush() }
    return levels
  }

  private mutating func flush() {
    levels.append(LevelEnvelope.level(sumOfSquares: sum, frames: count))
    sum = 0
    count = 0
  }
}

extension PartAudio {
  /// The part's levels, one per `step` frames from its first frame, from the same segment
  /// list that ``write(to:)`` writes.
  func levels(step: Int) -> [UInt8] {
    var meter = LevelMeter(step: step)
    for segment in segments {
      switch segment {
      case .speech(let index): meter.add(speeches[index].samples)
      case .silence(let frames): meter.addSilence(frames)
      }
    }
    return meter.finish()
  }
}

/// The whole file's ``LevelEnvelope``, built part by part from the parts' levels and kept
/// as its hexadecimal text in a file of the staging folder, for the listening page.
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

  /// Adds a part whose `levels` (``LevelMeter``, from its own first frame) start at frame
  /// `start` of the whole file.
  mutating func add(levels: [UInt8], start: Int) throws(SystemError) {
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
