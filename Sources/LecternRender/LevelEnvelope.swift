import Foundation

/// The loudness envelope of a whole address, for the listening page's overview picture.
///
/// Levels are measured from the samples of each part as the part is laid out (no file is
/// read back), one value per ``step`` frames: the RMS level in dBFS, mapped linearly from
/// ``floor`` (0) to full scale (100), so a small integer list draws the picture.
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
    var index = 0
    while index < samples.count {
      let take = min(step - count, samples.count - index)
      var sum = 0
      for sample in samples[index..<index + take] { sum += Int(sample) * Int(sample) }
      self.sum += sum
      count += take
      index += take
      if count == step { flush() }
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
